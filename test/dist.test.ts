import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

/**
 * The built bundle as a publisher loads it: `dist/trust-widgets.js` on a plain HTML page, plus a
 * second, separately located copy of the whole build (a page that includes the script twice).
 * Needs `npm run build` first (npm test does it).
 */
describe('dist/trust-widgets.js on a plain page, loaded twice', () => {
  it('renders every banner, throws nothing and warns once', async () => {
    const probe = await fetch('/dist/.copy/trust-widgets.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/ and dist/.copy/ must be built first: run `npm test` or `npm run build`').to.equal(true);

    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/fixtures/dist-twice.html" title="Sample page" width="800" height="600"></iframe>`,
    );
    await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & { __warnings: string[]; __errors: string[] };
    const doc = frame.contentDocument!;
    const banners = [...doc.querySelectorAll('trust-hotline-banner')];
    await waitUntil(
      () => banners.every((el) => el.shadowRoot?.querySelector('[part~="emergency"] a')),
      'banners did not render from dist',
      { timeout: 8000 },
    );
    const emergency = banners.map((el) => el.shadowRoot!.querySelector('[part~="emergency"] a')!.getAttribute('href'));
    expect(emergency).to.deep.equal(['tel:999', 'tel:000']);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.filter((w) => w.includes('already defined'))).to.have.length(1);
    expect(win.__warnings).to.have.length(1);
  });
});
