import { chai, fixture } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { TrustElement } from '../src/internal/trust-element.js';

/** Renders a fixture and waits until its content has loaded (or failed) and it has rendered. */
export async function render<T extends TrustElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

/** Waits until the element has rendered its content (or its error panel). */
export async function settled(el: TrustElement): Promise<void> {
  await el.contentReady;
  await el.updateComplete;
}

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in <${el.localName}>`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Visible text of the element's shadow root, whitespace collapsed. */
export function textOf(el: Element | ShadowRoot): string {
  const root = el instanceof Element && el.shadowRoot ? el.shadowRoot : el;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export type Rgb = [number, number, number];

/** A computed CSS colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–255 channels, with its alpha. */
export function rgb(color: string): Rgb & { alpha?: number } {
  const [r, g, b, a] = color.match(/[\d.]+/g)!.map(Number);
  const scale = color.startsWith('color(') ? 255 : 1;
  return Object.assign([r! * scale, g! * scale, b! * scale] as Rgb, { alpha: a ?? 1 });
}

function luminance([r, g, b]: Rgb): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

/** The WCAG contrast ratio of two colours. */
export function ratio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Everything a test may need to know about storage: a snapshot to compare before and after. */
export async function storageSnapshot(): Promise<{ local: string; session: string; cookies: string; idb: string[] }> {
  const idb = 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name ?? '') : [];
  return {
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    cookies: document.cookie,
    idb,
  };
}

/**
 * A failed assertion about a DOM node (`expect(node).to.equal(null)`) would otherwise hand the
 * node itself to the test runner, whose serialiser walks the whole document graph and takes the
 * browser down ("browser disconnected"), hiding which test failed. Failures carry a short
 * description of the node instead.
 */
chai.use((lib) => {
  const describeNode = (value: unknown) =>
    value instanceof Element
      ? `<${value.localName}${value.id ? `#${value.id}` : ''}${value.className && typeof value.className === 'string' ? `.${value.className.trim().split(/\s+/).join('.')}` : ''}> "${(value.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}"`
      : value instanceof Node
        ? `[${value.nodeName}]`
        : value;
  const assert = lib.Assertion.prototype.assert;
  lib.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      const failure = error as { actual?: unknown; expected?: unknown; message: string };
      if (failure.actual instanceof Node || failure.expected instanceof Node) {
        failure.message = `${failure.message} (actual: ${String(describeNode(failure.actual))}, expected: ${String(describeNode(failure.expected))})`;
        failure.actual = describeNode(failure.actual);
        failure.expected = describeNode(failure.expected);
      }
      throw error;
    }
  };
});

/** A node of the page's accessibility tree, as `a11ySnapshot` gives it. */
export interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  level?: number;
  focused?: boolean;
  children?: AxNode[];
}

/** Every node of the page's accessibility tree, depth first. */
export async function axNodes(): Promise<AxNode[]> {
  const nodes: AxNode[] = [];
  const walk = (node: AxNode) => (nodes.push(node), node.children?.forEach(walk));
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return nodes;
}

/** Links a theme preset from src/themes/ as a publisher would; returns a function that removes it. */
export async function linkPreset(name: string): Promise<() => void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/src/themes/${name}.css` });
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

/**
 * Publish-time rendering by the built renderer (dist/ssr.js), through the test server's
 * `/__test/render`: `{ tag, attributes, options }` gives one widget's HTML, `{ html, options }` a page.
 */
export async function prerender(body: unknown): Promise<string> {
  const response = await fetch('/__test/render', { method: 'POST', body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}
