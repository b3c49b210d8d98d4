import { expect } from '@open-wc/testing';
import esPack from '../content/trust-issues.es.json' with { type: 'json' };
import arPack from './fixtures/trust-issues.ar-test.json' with { type: 'json' };
import type { TrustElement } from '../src/internal/trust-element.js';
import type { ContentPack } from '../src/schema/index.js';
import { wcagViolations } from './hardening/a11y.js';
import { ELEMENTS, builtIn, deepText, idle, stubLeave, type ElementSpec } from './hardening/elements.js';
import { prerender } from './helpers.js';

/**
 * Publish-time rendering (issue 13) for every element of the registry (test/hardening/elements.ts)
 * and four kinds of content: the built-in pack, a publisher's pack written inline, the built-in
 * Spanish pack (from the page's lang) and a right-to-left pack. Each is prerendered by the built
 * renderer, passes axe before any script, is hydrated in place by the built bundle, and is then
 * driven through its states by the registry's own drivers (the ones every other suite uses), with
 * axe in each state and the pack's words on screen.
 */
const publisher = structuredClone(builtIn);
publisher.meta.id = 'publisher-own';
publisher.signs!.title = 'Signs you might spot';
publisher.quizzes![0]!.title = 'A check-in of our own';
publisher.causes!.title = 'Where it can start';
publisher.coping!.title = 'Ways through';
publisher.hotlines.elsewhere.message = 'Somewhere else? Find a line near you.';

/** `audit`: axe in every state too (the slow part: the others are driven and read). */
const variants: { name: string; pack: ContentPack; lang?: string; inline?: ContentPack; audit?: boolean }[] = [
  { name: 'built-in', pack: builtIn, audit: true },
  { name: 'publisher', pack: publisher, inline: publisher },
  { name: 'spanish', pack: esPack as ContentPack, lang: 'es' },
  { name: 'rtl', pack: arPack as ContentPack, inline: arPack as ContentPack, audit: true },
];

const page = document.createElement('div');
const id = (spec: ElementSpec, variant: string) => `${spec.tag}-${variant}`;
const el = (spec: ElementSpec, variant: string) => page.querySelector<TrustElement>(`#${id(spec, variant)}`)!;
/** axe on each prerendered element before any script, and the node each one's shadow root starts with. */
const beforeScript = new Map<string, string[]>();
const held = new Map<string, Element>();

before(async function () {
  this.timeout(60_000);
  // The page's widgets as a page build passes them: the first of each tag, which links point to.
  const widgets = Object.fromEntries(ELEMENTS.map((spec) => [spec.tag, id(spec, 'built-in')]));
  const sections = await Promise.all(
    variants.map(async (variant) => {
      const parts = await Promise.all(
        ELEMENTS.map((spec) =>
          prerender({
            tag: spec.tag,
            attributes: { ...spec.attributes, id: id(spec, variant.name) },
            options: { base: '/dist/', widgets, lang: variant.lang, pack: variant.inline },
          }),
        ),
      );
      return `<section lang="${variant.lang ?? 'en'}">${parts.join('')}</section>`;
    }),
  );
  page.setHTMLUnsafe(sections.join(''));
  document.body.append(page);
  // The stylesheets the shadow roots link, loaded (axe measures what a reader sees once styled).
  const links = [...page.querySelectorAll('*')].flatMap((node) => [
    ...(node.shadowRoot?.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]') ?? []),
  ]);
  await Promise.all(
    links.map((link) => link.sheet ?? new Promise((resolve) => link.addEventListener('load', resolve, { once: true }))),
  );
  for (const spec of ELEMENTS) {
    for (const variant of variants) {
      const host = el(spec, variant.name);
      held.set(id(spec, variant.name), host.shadowRoot!.querySelector('[part~="base"]')!);
      beforeScript.set(id(spec, variant.name), await wcagViolations(host));
    }
  }
  await import(/* @vite-ignore */ `${location.origin}/dist/trust-widgets.js`);
  stubLeave();
  await Promise.all(ELEMENTS.flatMap((spec) => variants.map((variant) => idle(el(spec, variant.name)))));
});

describe('publish-time rendering: every element, every kind of pack', function () {
  this.timeout(120_000);

  for (const spec of ELEMENTS) {
    for (const variant of variants) {
      it(`<${spec.tag}>, ${variant.name}: axe before the script, hydrated in place, then every state`, async () => {
        const key = id(spec, variant.name);
        expect(beforeScript.get(key), 'axe on the prerendered element, before any script').to.deep.equal([]);
        const host = el(spec, variant.name);
        expect(held.get(key)!.isConnected, 'the prerendered nodes are adopted').to.equal(true);
        expect(host.shadowRoot!.querySelector('[part~="base"]')).to.equal(held.get(key));
        expect(host.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
        expect(host.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(
          variant.pack.meta.locale,
        );

        const found: string[] = [];
        let seen = '';
        await spec.drive(host, variant.pack, async (state) => {
          seen += deepText(host);
          if (variant.audit) for (const violation of await wcagViolations(host)) found.push(`${state}: ${violation}`);
        });
        expect(found, found.join('\n')).to.deep.equal([]);
        const norm = (text: string) => text.replace(/\s+/g, ' ');
        for (const text of spec.shows(variant.pack)) expect(norm(seen), `shows "${text}"`).to.include(norm(text));
      });
    }
  }
});
