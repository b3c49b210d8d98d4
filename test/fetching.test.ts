import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/hotline-banner.js';
import type { TrustHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { resetContentCache } from '../src/internal/content.js';
import { $, render, textOf } from './helpers.js';

/**
 * How `src` is fetched when several widgets, or a bad server, are involved: each widget keeps its
 * own `fetch-timeout`, a failure is not remembered for the page's life, the `#fragment` does not
 * make a second request, and the size cap holds while the body streams.
 */
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
const stats = async (name: string) => (await fetch(`/__test/stats/${name}`)).json();
const failed = (el: TrustHotlineBanner) => el.shadowRoot!.querySelector('[part~="error"]') !== null;
const problemsText = (el: TrustHotlineBanner) => textOf($(el, 'details'));

describe('fetching src', () => {
  afterEach(() => resetContentCache());

  it("keeps each widget's own fetch-timeout on a shared URL", async () => {
    const src = `/__test/slow/${unique('timeouts')}.json`; // answers after 3 s
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <trust-hotline-banner fetch-timeout="100" src=${src}></trust-hotline-banner>
        <trust-hotline-banner fetch-timeout="8000" src=${src}></trust-hotline-banner>
      </div>`,
    );
    const [quick, patient] = [...wrapper.children] as TrustHotlineBanner[];
    await quick!.contentReady;
    expect(failed(quick!), 'the 100 ms widget gives up').to.equal(true);
    expect(problemsText(quick!)).to.contain('0.1');
    await patient!.contentReady;
    expect(failed(patient!), 'the 8 s widget waits for the pack').to.equal(false);
  });

  it('tries again after a failed download instead of keeping the failure', async () => {
    const name = unique('retry');
    const first = await render<TrustHotlineBanner>(
      html`<trust-hotline-banner src="/__test/flaky/${name}"></trust-hotline-banner>`,
    );
    expect(failed(first), 'the first request got a 503').to.equal(true);
    const second = await render<TrustHotlineBanner>(
      html`<trust-hotline-banner src="/__test/flaky/${name}"></trust-hotline-banner>`,
    );
    expect(failed(second), 'the second widget asks again and gets the pack').to.equal(false);
    expect((await stats(`flaky:${name}`)).count).to.equal(2);
  });

  // URLs without an extension: the test server gives those no cache-control, so the browser's HTTP
  // cache cannot hide a second request.
  it('makes one request for URLs that differ only in their #fragment', async () => {
    const name = unique('fragment');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <trust-hotline-banner src="/__test/pack/${name}#one"></trust-hotline-banner>
        <trust-hotline-banner src="/__test/pack/${name}#two"></trust-hotline-banner>
      </div>`,
    );
    const banners = [...wrapper.children] as TrustHotlineBanner[];
    await Promise.all(banners.map((el) => el.contentReady));
    expect(banners.map(failed)).to.deep.equal([false, false]);
    expect((await stats(name)).count).to.equal(1);
  });

  it('stops reading a body with no length once it passes 1 MB, and says the pack is too large', async () => {
    const name = unique('endless');
    const el = await render<TrustHotlineBanner>(
      html`<trust-hotline-banner src="/__test/endless/${name}"></trust-hotline-banner>`,
    );
    expect(failed(el)).to.equal(true);
    expect(problemsText(el)).to.contain('1000');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { sent } = await stats(`endless:${name}`);
    expect(sent, 'bytes the server was asked for').to.be.below(3_000_000);
  });
});
