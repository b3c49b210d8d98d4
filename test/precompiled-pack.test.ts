import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define/signs-checklist.js';
import '../src/define/quiz.js';
import type { TrustSignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import type { TrustElement } from '../src/internal/trust-element.js';
import { $, render, textOf } from './helpers.js';

/**
 * Precompiled packs (issue 17): a module written by `trust-widgets build-pack` (served by the test
 * server from the CLI itself) registers a pack by its meta.id; `pack="<id>"` uses it with no
 * validator and no fetch. An edited module, an unknown id and a `src` naming a script each give
 * the error panel with the built-in hotlines; two modules with one id: the first wins, one warning.
 */
/**
 * Imports the test server's build-pack module `name` registering `id` instead of "own-pack" (the
 * id is only the key the module pushes under: its hash covers the pack), and returns its code.
 */
async function importAs(name: string, id: string): Promise<string> {
  const code = (await (await fetch(`/__test/pack-module/${name}`)).text()).replace('id: "own-pack"', `id: "${id}"`);
  await import(/* @vite-ignore */ URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  return code;
}
const heading = (el: TrustSignsChecklist) => textOf($(el, '[part~="heading"]'));
const requested = (part: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes(part))
    .map((entry) => entry.name);

describe('precompiled packs: pack="<meta.id>"', () => {
  it('uses the registered pack at once: no validator, no content request', async () => {
    await import(/* @vite-ignore */ `${location.origin}/__test/pack-module/own`);
    const before = performance.getEntriesByType('resource').length;
    const el = await render<TrustSignsChecklist>(html`<trust-signs-checklist pack="own-pack"></trust-signs-checklist>`);
    expect(heading(el)).to.equal('Our own signs');
    const after = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => entry.name);
    expect(after, 'nothing downloaded for it').to.deep.equal([]);
    expect(requested('/src/schema/'), 'the validator was never loaded').to.deep.equal([]);
  });

  it('two modules with the same id: the first one wins, with one warning', async () => {
    // Both modules as build-pack wrote them, under a fresh id that nothing has looked up yet.
    for (const name of ['own', 'duplicate']) await importAs(name, 'twice-pack');
    const warnings: string[] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const first = await render<TrustSignsChecklist>(
        html`<trust-signs-checklist pack="twice-pack"></trust-signs-checklist>`,
      );
      const second = await render<TrustSignsChecklist>(
        html`<trust-signs-checklist pack="twice-pack"></trust-signs-checklist>`,
      );
      expect([heading(first), heading(second)]).to.deep.equal(['Our own signs', 'Our own signs']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('"twice-pack"'))).to.have.length(1);
  });

  it('an unknown id: the error panel, the built-in hotlines and trust-content-error', async () => {
    const el = document.createElement('trust-signs-checklist');
    el.setAttribute('pack', 'nope');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const error = oneEvent(el, 'trust-content-error');
    wrapper.append(el);
    const detail = (await error).detail;
    expect(detail.origin).to.equal('pack');
    await el.contentReady;
    expect(textOf($(el, '[part~="error"]'))).to.contain('No content pack called “nope” is on this page');
    expect(el.shadowRoot!.querySelector('trust-hotline-banner'), 'the built-in hotlines').to.not.equal(null);
  });

  it('a module edited by hand after build-pack wrote it is refused', async () => {
    expect(await importAs('tampered', 'edited-pack')).to.contain('Edited by hand');
    const el = await render<TrustSignsChecklist>(
      html`<trust-signs-checklist pack="edited-pack"></trust-signs-checklist>`,
    );
    expect(textOf($(el, '[part~="error"]'))).to.contain('“edited-pack” was changed after it was built');
    expect(textOf(el), 'none of its words').to.not.contain('Edited by hand');
  });

  it('a src that names a script is refused and never requested', async () => {
    const el = await render<TrustSignsChecklist>(
      html`<trust-signs-checklist src="/__test/pack-module/own.js"></trust-signs-checklist>`,
    );
    expect(textOf($(el, '[part~="error"]'))).to.contain('is a script, and content is never loaded from a script');
    expect(requested('/__test/pack-module/own.js')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('trust-hotline-banner'), 'the built-in hotlines').to.not.equal(null);
  });

  describe('split by section (build-pack --sections)', () => {
    it('a page with the core and signs modules: the checklist and the banner use them, nothing downloaded', async () => {
      await importAs('section-core', 'split-pack');
      await importAs('section-signs', 'split-pack');
      const before = performance.getEntriesByType('resource').length;
      const checklist = await render<TrustSignsChecklist>(
        html`<trust-signs-checklist pack="split-pack"></trust-signs-checklist>`,
      );
      expect(heading(checklist)).to.equal('Our own signs');
      const banner = await render<TrustElement>(
        html`<trust-hotline-banner pack="split-pack" region="US"></trust-hotline-banner>`,
      );
      expect(banner.shadowRoot!.querySelector('a[href="tel:988"]'), 'its hotlines').to.not.equal(null);
      expect(banner.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      const after = performance.getEntriesByType('resource').slice(before);
      expect(
        after.map((entry) => entry.name),
        'nothing downloaded for them',
      ).to.deep.equal([]);
    });

    it("an element whose section's module is not on the page: the error panel names the module to include", async () => {
      const quiz = await render<TrustElement>(html`<trust-quiz pack="split-pack"></trust-quiz>`);
      expect(textOf($(quiz, '[part~="error"]'))).to.contain(
        'No content pack called “split-pack.quizzes” is on this page',
      );
      expect(quiz.shadowRoot!.querySelector('trust-hotline-banner'), 'the built-in hotlines').to.not.equal(null);
    });

    it('a section module edited by hand is refused', async () => {
      await importAs('section-core', 'split-edited');
      await importAs('section-signs-tampered', 'split-edited');
      const el = await render<TrustSignsChecklist>(
        html`<trust-signs-checklist pack="split-edited"></trust-signs-checklist>`,
      );
      expect(textOf($(el, '[part~="error"]'))).to.contain('“split-edited.signs” was changed after it was built');
      expect(textOf(el), 'none of its words').to.not.contain('Edited by hand');
    });
  });
});
