import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TrustElement } from '../../src/internal/trust-element.js';
import { defineElements, builtIn, deepText } from './elements.js';

/**
 * Strict CSP: the built bundle on a page served with
 * `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';
 *  require-trusted-types-for 'script'; trusted-types lit-html`
 * (test/fixtures/csp/page.html, header set by test/server/routes.mjs). Every element renders and
 * works through its states, and the page sees no CSP violation, error or console.error.
 */
const elements = await defineElements();

type ProbeWindow = Window & { __violations: string[]; __errors: string[]; __warnings: string[] };

describe('hardening: strict Content-Security-Policy', function () {
  this.timeout(60_000);

  it('the page really has the strict policy (an inline style attribute is refused and reported)', async () => {
    const response = await fetch('/test/fixtures/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
        "require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });

  it('every element renders and works from dist/ with zero violations', async () => {
    const probe = await fetch('/dist/trust-widgets.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/ must be built first: `npm run build`').to.equal(true);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/fixtures/csp/page.html" title="Strict CSP page" width="900" height="700"></iframe>`,
    );
    await oneEvent(frame, 'load');
    const win = frame.contentWindow as ProbeWindow;
    const doc = frame.contentDocument!;
    await waitUntil(() => elements.every((spec) => win.customElements.get(spec.tag)), 'elements not defined', {
      timeout: 8000,
    });
    const Banner = win.customElements.get('trust-hotline-banner') as unknown as { leave: (url: string) => void };
    const left: string[] = [];
    Banner.leave = (url) => left.push(url);

    for (const spec of elements) {
      for (const el of doc.querySelectorAll<TrustElement>(spec.tag)) {
        await el.contentReady;
        expect(el.shadowRoot!.querySelector('[part~="error"]'), `${spec.tag} error panel`).to.equal(null);
        const states: string[] = [];
        let text = '';
        await spec.drive(el, builtIn, async (state) => {
          states.push(state);
          text += deepText(el);
        });
        expect(states.length, `${spec.tag} states`).to.be.greaterThan(1);
        // It rendered its content, styled by its adopted stylesheets (no inline style needed).
        for (const shown of spec.shows(builtIn).slice(0, 3)) expect(text, spec.tag).to.contain(shown);
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).display).to.not.equal('inline');
      }
    }
    expect(left, 'the quick exit worked').to.deep.equal(['https://www.bbc.co.uk/weather']);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
