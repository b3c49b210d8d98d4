import { expect, fixture, oneEvent, aTimeout } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import pack from '../../content/trust-issues.en.json' with { type: 'json' };
import type { ContentPack } from '../../src/schema/index.js';
import type { TrustElement } from '../../src/internal/trust-element.js';
import { resetContentCache } from '../../src/internal/content.js';
import { format } from '../../src/internal/format.js';
import { $$, render, settled, textOf } from '../helpers.js';
import { create, elementSpec, type ElementTag } from '../hardening/elements.js';

export interface ContentSuiteOptions {
  /** Changes the pack so that the element shows `marker` somewhere in its first view. */
  mark(pack: ContentPack, marker: string): void;
}

const clone = (): ContentPack => structuredClone(pack) as ContentPack;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * What every element must do with content: the four sources, sharing, and every kind of failure.
 * The element gets the attributes it needs from the one registry (../hardening/elements.ts).
 */
export function contentSuite(tagName: ElementTag, options: ContentSuiteOptions): void {
  const spec = elementSpec(tagName);
  const tag = unsafeStatic(tagName);
  const attrs = unsafeStatic(
    Object.entries(spec.attributes)
      .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
      .join(' '),
  );
  const marked = (marker: string): ContentPack => {
    const copy = clone();
    options.mark(copy, marker);
    return copy;
  };
  const errorText = (el: Element) =>
    $$(el, '[part~="error"]')
      .map((node) => textOf(node))
      .join(' ') + textOf(el);

  describe(`<${tagName}> content loading`, () => {
    afterEach(() => resetContentCache());

    it('renders the built-in pack when given no content, with its language and direction', async () => {
      const el = await render<TrustElement>(html`<${tag} ${attrs}></${tag}>`);
      expect($$(el, '[part~="error"]')).to.have.length(0);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.getAttribute('lang')).to.equal('en');
      expect(base.getAttribute('dir')).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('uses the content property first', async () => {
      const marker = unique('from-property');
      const inline = JSON.stringify(marked('from-inline'));
      const el = await render<TrustElement>(
        html`<${tag} ${attrs} .content=${marked(marker)} src="/__test/pack/${unique('unused')}.json"
          ><script type="application/json">${inline}</script></${tag}>`,
      );
      expect(textOf(el)).to.contain(marker);
      expect(textOf(el)).not.to.contain('from-inline');
    });

    it('uses an inline JSON script child before src', async () => {
      const marker = unique('from-inline');
      const name = unique('not-fetched');
      const el = await render<TrustElement>(
        html`<${tag} ${attrs} src="/__test/pack/${name}.json"><script type="application/json">${JSON.stringify(marked(marker))}</script></${tag}>`,
      );
      expect(textOf(el)).to.contain(marker);
      const stats = await (await fetch(`/__test/stats/${name}.json`)).json();
      expect(stats.count).to.equal(0);
    });

    it('fetches src once for every widget naming it, without cookies or referrer', async () => {
      const name = unique('shared');
      document.cookie = 'trust-test=1; path=/';
      try {
        const wrapper = await fixture(html`<div>
          <${tag} ${attrs} src="/__test/pack/${name}.json"></${tag}>
          <${tag} ${attrs} src="/__test/pack/${name}.json"></${tag}>
          <${tag} ${attrs} src="/__test/pack/${name}.json"></${tag}>
        </div>`);
        const elements = [...wrapper.children] as TrustElement[];
        await Promise.all(elements.map((el) => settled(el)));
        for (const el of elements) expect($$(el, '[part~="error"]')).to.have.length(0);
        const stats = await (await fetch(`/__test/stats/${name}.json`)).json();
        expect(stats.count).to.equal(1);
        expect(stats.cookies).to.deep.equal(['']);
        expect(stats.referers).to.deep.equal(['']);
      } finally {
        document.cookie = 'trust-test=; path=/; max-age=0';
      }
    });

    it('shows an error panel naming the path and problem of invalid content, fires an event and warns once', async () => {
      const bad = clone();
      (bad.meta as { version: unknown }).version = 7;
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = create(spec, bad);
        const event = oneEvent(el, 'trust-content-error');
        document.body.append(el);
        const { detail } = await event;
        await settled(el);
        expect(detail.origin).to.equal('property');
        expect(detail.problems).to.deep.include({ path: 'meta.version', message: 'Expected string, but got a number' });
        expect($$(el, '[part~="error"]')).to.have.length.greaterThan(0);
        expect(errorText(el)).to.contain('meta.version');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('meta.version');
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        console.warn = original;
      }
    });

    it('reports an inline script that is not JSON', async () => {
      const el = await render<TrustElement>(
        html`<${tag} ${attrs}><script type="application/json">{ not json</script></${tag}>`,
      );
      expect(errorText(el)).to.contain(strings.inlineNotJson.split('{detail}')[0]!);
    });

    const strings = (pack as ContentPack).ui.common;
    for (const [route, expected] of [
      [
        '/__test/status/500',
        (url: string) => format(strings.fetchFailed, { url, reason: format(strings.reasonHttp, { status: 500 }) }),
      ],
      ['/__test/not-json', (url: string) => format(strings.notJson, { url })],
      ['/__test/huge', (url: string) => format(strings.tooLarge, { url, kilobytes: 1000 })],
      ['/__test/invalid', () => 'meta.id'],
    ] as const) {
      it(`reports a failed fetch: ${route}`, async () => {
        const el = create(spec);
        el.src = `${route}?${unique('q')}`;
        const url = new URL(el.src, location.href).href;
        const event = oneEvent(el, 'trust-content-error');
        document.body.append(el);
        const { detail } = await event;
        await settled(el);
        expect(detail.origin).to.equal('src');
        expect(errorText(el)).to.contain(expected(url));
        el.remove();
      });
    }

    it('gives up on a slow fetch after fetch-timeout and says so', async () => {
      const src = `/__test/slow?${unique('t')}`;
      const el = await fixture<TrustElement>(html`<${tag} ${attrs} fetch-timeout="300" src=${src}></${tag}>`);
      await aTimeout(600);
      await settled(el);
      const url = new URL(src, location.href).href;
      expect(errorText(el)).to.contain(format(strings.fetchTimeout, { url, seconds: 0.3 }));
    });
  });

  describe(`<${tagName}> theming`, () => {
    const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('takes --trust-* tokens and the font from the page around it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div class="themed"><${tag} ${attrs}></${tag}></div>`);
      wrapper.style.setProperty('--trust-color-surface', 'rgb(1, 2, 3)');
      wrapper.style.setProperty('--trust-color-text', 'rgb(250, 250, 250)');
      wrapper.style.fontFamily = 'Georgia, serif';
      const el = wrapper.firstElementChild as TrustElement;
      await settled(el);
      const style = getComputedStyle(base(el));
      expect(style.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(style.color).to.equal('rgb(250, 250, 250)');
      expect(style.fontFamily).to.equal('Georgia, serif');
    });

    it('is dark with theme="dark", and follows prefers-color-scheme unless theme="light"', async () => {
      const dark = await render<TrustElement>(html`<${tag} ${attrs} theme="dark"></${tag}>`);
      expect(getComputedStyle(base(dark)).backgroundColor).to.equal('rgb(22, 27, 34)');
      await expect(dark).to.be.accessible();

      await emulateMedia({ colorScheme: 'dark' });
      const auto = await render<TrustElement>(html`<${tag} ${attrs}></${tag}>`);
      const light = await render<TrustElement>(html`<${tag} ${attrs} theme="light"></${tag}>`);
      expect(getComputedStyle(base(auto)).backgroundColor).to.equal('rgb(22, 27, 34)');
      expect(getComputedStyle(base(light)).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });
}
