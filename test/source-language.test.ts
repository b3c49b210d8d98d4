import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import enPack from '../content/trust-issues.en.json' with { type: 'json' };
import esPack from '../content/trust-issues.es.json' with { type: 'json' };
import '../src/define/signs-checklist.js';
import type { TrustSignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import { parseContentPack, type ContentPack } from '../src/schema/index.js';
import { $, $$, render } from './helpers.js';

const en = enPack as ContentPack;
const es = esPack as ContentPack;
type AxNode = { role: string; name: string; children?: AxNode[] };
const flat = (node: AxNode): string[] => [node.name, ...(node.children ?? []).flatMap(flat)];

/** A checklist on `pack` with every sign's explanation open, and the titles of its sources. */
async function openSources(pack: ContentPack): Promise<HTMLElement[]> {
  const el = await render<TrustSignsChecklist>(html`<trust-signs-checklist .content=${pack}></trust-signs-checklist>`);
  for (const button of $$(el, '[part~="explain"]')) button.click();
  await el.updateComplete;
  expect($(el, '[part~="base"]').getAttribute('lang')).to.equal(pack.meta.locale);
  return $$(el, '[part~="sources"] cite');
}

describe('source titles in their own language (WCAG 3.1.2, issue 16)', () => {
  it('reads the English titles of the Spanish pack as English, inside the Spanish page', async () => {
    const english = es.meta.sources.filter((source) => source.title !== undefined);
    expect(english.map((source) => source.lang)).to.deep.equal(english.map(() => 'en'));
    const titles = await openSources(es);
    expect(titles.length).to.be.above(0);
    for (const cite of titles) {
      const source = english.find((s) => s.title === cite.textContent);
      expect(source, cite.textContent ?? '').to.not.equal(undefined);
      expect(cite.matches(':lang(en)'), `${cite.textContent} is English`).to.equal(true);
      expect(cite.matches(':lang(es)'), `${cite.textContent} is not Spanish`).to.equal(false);
    }
    const spoken = flat((await a11ySnapshot({})) as unknown as AxNode).join(' ');
    expect(spoken, 'the titles are in the accessibility tree').to.contain(english[0]!.title);
  });

  it('adds no lang where the title is in the pack language (any case)', async () => {
    const pack = structuredClone(en);
    pack.meta.sources = pack.meta.sources.map((source) => ({ ...source, lang: 'EN' }));
    expect(parseContentPack(pack).ok, 'lang is part of the schema').to.equal(true);
    const titles = await openSources(pack);
    expect(titles.length).to.be.above(0);
    expect(titles.filter((cite) => cite.hasAttribute('lang')).map((cite) => cite.textContent)).to.deep.equal([]);
  });

  it('rejects a lang that is not a BCP 47 tag', () => {
    const pack = structuredClone(en);
    pack.meta.sources[0]!.lang = 'not a language';
    expect(parseContentPack(pack).ok).to.equal(false);
  });
});
