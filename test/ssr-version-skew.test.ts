// Lit's hydration support before anything loads Lit (as the define modules do).
import '../src/internal/hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { TrustElement } from '../src/internal/trust-element.js';
import { $$, prerender } from './helpers.js';

/**
 * Publish-time rendering (issue 13), when the page's prerendered markup and its script come from
 * different builds (pages rendered by one version, the script upgraded since; here: the built
 * renderer's minified templates, and the unminified source modules). Lit cannot adopt markup of
 * other templates: every element is rendered again, once, with a warning, and never throws.
 */

describe('publish-time rendering: markup from another build', () => {
  it('every element renders afresh with a warning, and nothing is thrown', async () => {
    const tags = [
      'trust-quiz',
      'trust-signs-checklist',
      'trust-causes-explorer',
      'trust-coping-steps',
      'trust-hotline-banner',
    ];
    const page = document.createElement('div');
    // The page's widgets passed on, so that only the templates differ (not the links between them).
    const widgets = Object.fromEntries(tags.map((tag) => [tag, '']));
    const options = { base: '/dist/', widgets };
    page.setHTMLUnsafe((await Promise.all(tags.map((tag) => prerender({ tag, options })))).join(''));
    document.body.append(page);
    const held = tags.map((tag) => page.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!);
    const warnings: string[] = [];
    const errors: string[] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => (warnings.push(String(args[0])), warn(...args));
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    // The source modules: their templates are not minified like the built renderer's.
    await import('../src/index.js');
    const elements = tags.map((tag) => page.querySelector<TrustElement>(tag)!);
    await Promise.all(elements.map((el) => el.updateComplete));
    console.warn = warn;
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const [i, el] of elements.entries()) {
      expect(held[i]!.isConnected, `<${el.localName}>'s old nodes are gone`).to.equal(false);
      expect($$(el, '[part~="base"]'), `<${el.localName}> drawn once`).to.have.length(1);
      expect(el.shadowRoot!.adoptedStyleSheets.length, `<${el.localName}> has its styles`).to.be.greaterThan(0);
    }
    const skew = warnings.filter((w) => w.includes('does not match this version'));
    for (const tag of tags)
      expect(
        skew.filter((w) => w.startsWith(`<${tag}>`)),
        tag,
      ).to.not.have.length(0);
  });
});
