import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode } from '@web/test-runner-commands';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/causes-explorer.js';
import type { TrustElement } from '../src/internal/trust-element.js';
import type { ContentPack } from '../src/schema/index.js';
import { $, settled } from './helpers.js';

/** The explorer across its two layouts (tabs at 40rem and wider, disclosures below): issue 16. */

const cause = (pack as ContentPack).causes!.items[2]!;

async function explorer(width: number) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><trust-causes-explorer region="US"></trust-causes-explorer></div>`,
  );
  const el = wrapper.querySelector('trust-causes-explorer')! as TrustElement;
  await settled(el);
  return { wrapper, el };
}

type AxNode = { role: string; name: string; focused?: boolean; selected?: boolean; children: AxNode[] };
const focusedNode = async () =>
  findAccessibilityNode<AxNode>((await a11ySnapshot({})) as unknown as AxNode, (node) => !!node.focused);
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id;

describe('<trust-causes-explorer> layout switch keeps focus (WCAG 2.4.3)', () => {
  it('a focused tab hands focus to its cause’s disclosure toggle when the container narrows', async () => {
    const { wrapper, el } = await explorer(800);
    $(el, `#tab-${cause.id}`).focus();
    expect(focusedId(el)).to.equal(`tab-${cause.id}`);
    wrapper.style.width = '300px';
    await waitUntil(() => focusedId(el) === `toggle-${cause.id}`, `focus on ${focusedId(el)}`, { timeout: 2000 });
    const node = await focusedNode();
    expect(node?.role).to.equal('button');
    expect(node?.name).to.equal(cause.title);
  });

  it('a focused disclosure toggle hands focus to its cause’s tab, selected, when the container widens', async () => {
    const { wrapper, el } = await explorer(300);
    $(el, `#toggle-${cause.id}`).focus();
    wrapper.style.width = '800px';
    await waitUntil(() => focusedId(el) === `tab-${cause.id}`, `focus on ${focusedId(el)}`, { timeout: 2000 });
    expect($(el, `#tab-${cause.id}`).getAttribute('aria-selected')).to.equal('true');
    expect($(el, `#tab-${cause.id}`).getAttribute('tabindex')).to.equal('0');
    const node = await focusedNode();
    expect(node?.role).to.equal('tab');
    expect(node?.name).to.equal(cause.title);
    expect(node?.selected).to.equal(true);
  });

  it('does not take focus back after the reader moved it elsewhere', async () => {
    const { wrapper, el } = await explorer(800);
    const outside = document.createElement('button');
    outside.textContent = 'elsewhere';
    wrapper.after(outside);
    try {
      $(el, `#tab-${cause.id}`).focus();
      outside.focus();
      wrapper.style.width = '300px';
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
    }
  });
});

describe('<trust-causes-explorer> forced colours', () => {
  afterEach(() => executeServerCommand('emulate-media-features', { features: [] }));

  it('the selected tab looks different from the others', async () => {
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const { el } = await explorer(800);
    /** The fill a reader sees: the first background that is not transparent, at or above the tab. */
    const fill = (node: Element | null): string => {
      for (; node; node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null) {
        const color = getComputedStyle(node).backgroundColor;
        if (!/^rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent') return color;
      }
      return 'Canvas';
    };
    const look = (selector: string) => ({
      background: fill($(el, selector)),
      color: getComputedStyle($(el, selector)).color,
    });
    const selected = look('[role="tab"][aria-selected="true"]');
    const other = look('[role="tab"][aria-selected="false"]');
    expect(selected.background, 'fill').to.not.equal(other.background);
    expect(selected.color, 'text').to.not.equal(other.color);
  });
});
