import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/hotline-banner.js';
import '../src/define/coping-steps.js';
import { TrustHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { resolveRegion, selectHotlines } from '../src/components/hotline-banner/hotline-banner.state.js';
import { DEFAULT_EXIT_URL, leavePage } from '../src/components/hotline-banner/hotline-banner.quick-exit.js';
import { format } from '../src/internal/format.js';
import type { ContentPack } from '../src/schema/index.js';
import { contentSuite } from './suites/content-suite.js';
import { $, $$, render, settled, textOf } from './helpers.js';

const builtIn = pack as ContentPack;
const banner = (template: ReturnType<typeof html>) => render<TrustHotlineBanner>(template);
const links = (el: Element) => $$(el, 'a').map((a) => ({ href: a.getAttribute('href'), text: textOf(a) }));
type AxNode = { role: string; name: string; description?: string; children: AxNode[] };
const tree = async () => (await a11ySnapshot({})) as unknown as AxNode;
const hrefs = (el: Element) => $$(el, 'a').map((a) => a.getAttribute('href'));

contentSuite('trust-hotline-banner', {
  mark: (p, marker) => {
    p.hotlines.regions[p.hotlines.defaultRegion]!.lines[0]!.name = marker;
  },
});

describe('<trust-hotline-banner> hotline details (numbers: test/hotlines-pinned.test.ts)', () => {
  it('names the 24/7 hours, the 988 Spanish option and the TTY line in the US', async () => {
    const el = await banner(html`<trust-hotline-banner region="US"></trust-hotline-banner>`);
    const text = textOf(el);
    expect(text).to.contain('24/7');
    expect(text).to.contain('In Spanish: press 2 when you call, or text AYUDA to 988.');
    expect(links(el).find((l) => l.href === 'tel:+18007873224')!.text).to.contain('TTY');
  });

  it('says plainly that Canada has no single national domestic-violence line, and still shows crisis lines', async () => {
    const el = await banner(html`<trust-hotline-banner region="CA" topics="domestic-violence"></trust-hotline-banner>`);
    const gap = builtIn.hotlines.regions.CA!.gaps!.find((g) => g.topic === 'domestic-violence')!.message;
    expect(textOf(el)).to.contain(gap);
    expect(hrefs(el)).to.include('tel:988');
    expect($(el, '[part~="emergency"] a').getAttribute('href')).to.equal('tel:911');
  });
});

describe('<trust-hotline-banner> region choice', () => {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).languages;
    Object.defineProperty(Navigator.prototype, 'languages', original);
  });
  const setLanguages = (languages: string[]) =>
    Object.defineProperty(navigator, 'languages', { get: () => languages, configurable: true });

  it('picks the region attribute first, in any case', async () => {
    setLanguages(['en-AU']);
    const el = await banner(html`<trust-hotline-banner region="gb"></trust-hotline-banner>`);
    expect($(el, '[part~="emergency"] a').getAttribute('href')).to.equal('tel:999');
  });

  it("falls back to the browser language's region (en-GB → GB)", async () => {
    setLanguages(['fr-FR', 'en-GB', 'en']);
    const el = await banner(html`<trust-hotline-banner></trust-hotline-banner>`);
    expect($(el, '[part~="emergency"] a').getAttribute('href')).to.equal('tel:999');
  });

  it("falls back to the pack's default region when neither is listed", async () => {
    setLanguages(['fr-FR']);
    const el = await banner(html`<trust-hotline-banner region="FR"></trust-hotline-banner>`);
    expect($(el, '[part~="emergency"] a').getAttribute('href')).to.equal('tel:911');
    expect(resolveRegion(builtIn, 'FR', ['de-DE'])).to.deep.equal({ code: 'US', missing: 'FR' });
    expect(resolveRegion(builtIn, undefined, ['de-DE', 'en'])).to.deep.equal({ code: 'US', missing: 'DE' });
    expect(resolveRegion(builtIn, undefined, ['en'])).to.deep.equal({ code: 'US' });
    expect(resolveRegion(builtIn, undefined, ['en-IE'])).to.deep.equal({ code: 'IE' });
    expect(resolveRegion(builtIn, undefined, ['not a tag', 'en-AU'])).to.deep.equal({ code: 'AU' });
  });

  it('keeps a long region name inside a 320px column (no sideways scrolling)', async () => {
    const long = structuredClone(builtIn);
    long.hotlines.regions.GB!.name = 'The United Kingdom of Great Britain and Northern Ireland, '.repeat(4).trim();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><trust-hotline-banner .content=${long} region="GB"></trust-hotline-banner></div>`,
    );
    const el = wrapper.querySelector('trust-hotline-banner') as TrustHotlineBanner;
    await waitUntil(() => el.shadowRoot?.querySelector('select'), 'banner rendered');
    expect($(el, 'select').getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('lets the reader pick another region', async () => {
    const el = await banner(html`<trust-hotline-banner region="US"></trust-hotline-banner>`);
    const select = $(el, 'select') as HTMLSelectElement;
    select.focus();
    select.value = 'AU';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '[part~="emergency"] a').getAttribute('href')).to.equal('tel:000');
    await expect(el).to.be.accessible();
  });

  it('puts the picker above the lines it changes and says which region they are now for (issue 16)', async () => {
    const el = await banner(html`<trust-hotline-banner region="US"></trust-hotline-banner>`);
    const order: string[] = [];
    const walk = (node: AxNode) => {
      if (node.role === 'combobox') order.push('picker');
      if (node.role === 'link' && node.name.includes(builtIn.hotlines.regions.US!.emergency.display))
        order.push('emergency');
      if (node.role === 'StaticText' && node.name === builtIn.hotlines.regions.US!.lines[0]!.name)
        order.push('first line');
      node.children?.forEach(walk);
    };
    walk(await tree());
    expect([...new Set(order)].join(' > '), 'reading order').to.equal('picker > first line > emergency');
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = 'CA';
    select.dispatchEvent(new Event('change'));
    const polite = $(el, '[role="status"][aria-live="polite"]');
    const said = format(builtIn.ui.banner.regionFor, { region: builtIn.hotlines.regions.CA!.name });
    await waitUntil(() => textOf(polite) === said, `expected "${said}", got "${textOf(polite)}"`, { timeout: 2000 });
    const region = findAccessibilityNode<AxNode>(await tree(), (node) => node.name === said);
    expect(region, 'the announcement is in the accessibility tree').to.not.equal(null);
  });
});

describe('<trust-hotline-banner> topics and variants', () => {
  it('shows only lines for the given topics', async () => {
    const el = await banner(html`<trust-hotline-banner region="US" topics="domestic-violence"></trust-hotline-banner>`);
    const names = $$(el, '[part~="line"] .name').map((n) => textOf(n));
    expect(names).to.deep.equal(['National Domestic Violence Hotline'].map((n) => names.find((x) => x.includes(n))));
    expect(hrefs(el)).to.include('tel:+18007997233');
    expect(hrefs(el)).not.to.include('tel:988');
  });

  it('never shows the emergency number alone: topics no line serves show every line of the region', async () => {
    const pack = structuredClone(builtIn);
    const us = pack.hotlines.regions.US!;
    for (const line of us.lines) line.topics = ['domestic-violence'];
    us.gaps = (['crisis', 'suicide', 'sexual-violence'] as const).map((topic) => ({
      topic,
      message: `No ${topic} line is listed here.`,
    }));
    const el = await banner(
      html`<trust-hotline-banner region="US" topics="crisis" .content=${pack}></trust-hotline-banner>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(textOf(el)).to.contain('No crisis line is listed here.');
    expect($$(el, '[part~="line"]')).to.have.length(us.lines.length);
  });

  it('shows every line without topics', () => {
    expect(selectHotlines(builtIn, 'US').lines).to.have.length(builtIn.hotlines.regions.US!.lines.length);
  });

  it('compact variant keeps call and text links, the emergency number and the region picker, without details', async () => {
    const el = await banner(html`<trust-hotline-banner region="US" variant="compact"></trust-hotline-banner>`);
    expect(hrefs(el)).to.include.members(['tel:988', 'tel:+18007997233', 'tel:911']);
    expect(($(el, 'select') as HTMLSelectElement).value, 'the region is named and can be changed').to.equal('US');
    expect(textOf(el)).not.to.contain(builtIn.hotlines.regions.US!.lines[0]!.purpose);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await banner(
      html`<trust-hotline-banner theme="dark" quick-exit="https://www.bbc.co.uk/weather"></trust-hotline-banner>`,
    );
    expect(getComputedStyle($(el, '[part~="base"]')).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expect(el).to.be.accessible();
  });
});

describe('<trust-hotline-banner> when content fails', () => {
  for (const value of ['10s', 'abc', '-5', 'Infinity', '0', '']) {
    it(`loads the pack with the default timeout, and warns, when fetch-timeout is "${value}"`, async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const src = `/__test/pack/timeout-${encodeURIComponent(value || 'empty')}.json`;
        const el = await banner(
          html`<trust-hotline-banner region="GB" fetch-timeout=${value} src=${src}></trust-hotline-banner>`,
        );
        expect(el.shadowRoot!.querySelector('[part~="error"]') === null, 'no error panel').to.equal(true);
        expect(hrefs(el)).to.include('tel:116123');
        expect(warnings.join('\n')).to.contain(`fetch-timeout="${value}"`);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('still shows the built-in hotlines for the region and says the content failed', async () => {
    const el = await banner(
      html`<trust-hotline-banner region="GB" .content=${{ meta: 'broken' }}></trust-hotline-banner>`,
    );
    expect(textOf($(el, '[part~="error"]'))).to.equal(builtIn.ui.banner.contentFailed);
    expect(hrefs(el)).to.include.members(['tel:116123', 'tel:08082000247', 'tel:999']);
    await expect(el).to.be.accessible();
  });

  it('shows the built-in hotlines while a slow pack is on its way, and the pack once it arrives', async () => {
    await banner(html`<trust-hotline-banner region="GB"></trust-hotline-banner>`); // built-in pack on the page
    const el = await fixture<TrustHotlineBanner>(
      html`<trust-hotline-banner region="GB" src="/__test/slow/banner.json"></trust-hotline-banner>`,
    );
    let arrived = false;
    void el.contentReady.then(() => (arrived = true));
    await el.updateComplete;
    expect(arrived, 'the pack has not arrived yet').to.equal(false);
    expect(hrefs(el)).to.include.members(['tel:116123', 'tel:999']);
    await expect(el).to.be.accessible();
    await el.contentReady;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(hrefs(el)).to.include.members(['tel:116123', 'tel:999']);
  });

  it("keeps the publisher's own hotlines when something else in the pack is invalid", async () => {
    const faulty = structuredClone(builtIn);
    faulty.quizzes![0]!.bands[0]!.min = -1; // a typo far from the hotlines
    faulty.hotlines.regions.GB!.lines[0]!.name = 'Our own helpline';
    const el = await banner(html`<trust-hotline-banner region="GB" .content=${faulty}></trust-hotline-banner>`);
    expect(textOf($(el, '[part~="error"]'))).to.equal(builtIn.ui.banner.contentFailed);
    expect(textOf(el)).to.contain('Our own helpline');
    expect(hrefs(el)).to.include.members(['tel:999']);
    const broken = structuredClone(faulty) as unknown as { hotlines: { defaultRegion: string } };
    broken.hotlines.defaultRegion = 'nowhere'; // the hotlines themselves invalid: the built-in ones
    const fallback = await banner(html`<trust-hotline-banner region="GB" .content=${broken}></trust-hotline-banner>`);
    expect(textOf(fallback)).not.to.contain('Our own helpline');
    expect(hrefs(fallback)).to.include.members(['tel:116123', 'tel:999']);
  });

  it('still shows them when the fetch fails', async () => {
    const el = await banner(html`<trust-hotline-banner region="AU" src="/__test/status/404"></trust-hotline-banner>`);
    expect(textOf($(el, '[part~="error"]'))).to.equal(builtIn.ui.banner.contentFailed);
    expect(hrefs(el)).to.include.members(['tel:131114', 'tel:1800737732', 'tel:000']);
  });
});

describe('<trust-hotline-banner> quick exit', () => {
  const target = 'https://www.bbc.co.uk/weather';
  let left: string[];
  const leave = TrustHotlineBanner.leave;
  beforeEach(() => {
    left = [];
    TrustHotlineBanner.leave = (url) => left.push(url);
  });
  afterEach(() => {
    TrustHotlineBanner.leave = leave;
  });

  it('is off unless asked for; asked for, it always leaves for an https: URL', async () => {
    const off = await banner(html`<trust-hotline-banner></trust-hotline-banner>`);
    expect(off.shadowRoot!.querySelector('[part~="quick-exit"]')).to.equal(null);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      for (const [asked, leaves] of [
        ['www.bbc.co.uk/weather', 'https://www.bbc.co.uk/weather'],
        ['http://example.org/news', 'https://example.org/news'],
        ['  https://example.org/  ', 'https://example.org/'],
        ['javascript:alert(1)', DEFAULT_EXIT_URL],
        ['not a url', DEFAULT_EXIT_URL],
      ] as const) {
        const el = await banner(html`<trust-hotline-banner quick-exit=${asked}></trust-hotline-banner>`);
        expect($(el, 'a[part~="quick-exit"]').getAttribute('href'), asked).to.equal(leaves);
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((message) => message.includes(DEFAULT_EXIT_URL))).to.have.length(2);
  });

  it('forgets what the widgets stored when the reader leaves, and nothing else', async () => {
    localStorage.setItem('trust-widgets:trust-issues-en:quiz:trust-check', '{"answers":{}}');
    localStorage.setItem('trust-widgets:trust-issues-en:steps:progress', '{"notes":{"a":"He checks my phone"}}');
    localStorage.setItem('the-page-own-key', 'kept');
    try {
      const el = await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
      $(el, 'a[part~="quick-exit"]').click();
      expect(left).to.deep.equal([target]);
      expect(Object.keys(localStorage).filter((key) => key.startsWith('trust-widgets:'))).to.deep.equal([]);
      expect(localStorage.getItem('the-page-own-key')).to.equal('kept');
    } finally {
      localStorage.removeItem('the-page-own-key');
    }
  });

  it('with two banners on the page, Shift ×3 leaves once, with one event, one cover and each press said once', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <trust-hotline-banner quick-exit=${target}></trust-hotline-banner>
        <trust-hotline-banner quick-exit=${target} variant="compact"></trust-hotline-banner>
      </div>`,
    );
    const banners = [...page.querySelectorAll('trust-hotline-banner')] as TrustHotlineBanner[];
    await Promise.all(banners.map((el) => settled(el)));
    let events = 0;
    page.addEventListener('trust-quick-exit', () => (events += 1));
    await sendKeys({ press: 'Shift' });
    await Promise.all(banners.map((el) => el.updateComplete));
    const said = banners.map((el) => textOf($(el, '.exit-status'))).filter(Boolean);
    expect(said, 'announcements after one press').to.have.length(1);
    for (let i = 0; i < 2; i += 1) await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal([target]);
    expect(events).to.equal(1);
    expect(banners.filter((el) => ($(el, '[part~="cover"]') as HTMLDialogElement).open)).to.have.length(1);
  });

  it('is a real link that works without JavaScript', async () => {
    const el = await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
    const link = $(el, 'a[part~="quick-exit"]');
    expect(link.getAttribute('href')).to.equal(target);
    expect(textOf(link)).to.equal(builtIn.ui.banner.quickExit);
  });

  it('covers the page at once and leaves on click', async () => {
    const el = await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
    const event = oneEvent(el, 'trust-quick-exit');
    $(el, 'a[part~="quick-exit"]').click();
    const cover = $(el, '[part~="cover"]') as HTMLDialogElement;
    expect(cover.open, 'cover shown synchronously').to.equal(true);
    expect(left).to.deep.equal([target]);
    expect((await event).detail.url).to.equal(target);
    expect(cover.getAttribute('aria-label')).to.equal(builtIn.ui.banner.leaving);
    await expect(el).to.be.accessible();
  });

  it('leaves after three Shift presses, announcing the presses left', async () => {
    const el = await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
    const status = $(el, '.exit-status');
    expect(textOf(status)).to.equal('');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(textOf(status)).to.equal('Press Shift 2 more times to leave');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    // Issue 16: one press left is said in the singular, the `one` form of the pack's plural.
    expect(textOf(status)).to.equal('Press Shift 1 more time to leave');
    expect(left).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal([target]);
    expect(($(el, '[part~="cover"]') as HTMLDialogElement).open).to.equal(true);
  });

  it("says the presses left in the pack language's plural forms (Spanish: 2 veces, 1 vez)", async () => {
    const el = await banner(html`<trust-hotline-banner lang="es" quick-exit=${target}></trust-hotline-banner>`);
    const said: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
      said.push(textOf($(el, '.exit-status')));
    }
    expect(said).to.deep.equal(['Presiona Shift 2 veces más para salir', 'Presiona Shift 1 vez más para salir']);
    el.remove();
  });

  it('names each chat link with its line, "Chat: <line>" with no stray space, starting with what it shows', async () => {
    const el = await banner(html`<trust-hotline-banner region="US"></trust-hotline-banner>`);
    const lines = builtIn.hotlines.regions.US!.lines.filter((line) => line.chat);
    expect(lines.length).to.be.greaterThan(0);
    const links: string[] = [];
    const walk = (node: AxNode) => {
      if (node.role === 'link' && node.name.startsWith(builtIn.ui.banner.chat)) links.push(node.name);
      node.children?.forEach(walk);
    };
    walk(await tree());
    expect(links).to.deep.equal(lines.map((line) => `${builtIn.ui.banner.chat}: ${line.name}`));
    expect($$(el, 'a[href^="https"]').filter((a) => textOf(a) === builtIn.ui.banner.chat)).to.have.length(lines.length);
  });

  it('ties the visible Shift hint to the link as its accessible description', async () => {
    await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
    const link = findAccessibilityNode<AxNode>(
      await tree(),
      (node) => node.role === 'link' && node.name === builtIn.ui.banner.quickExit,
    );
    expect(link, 'the quick-exit link in the accessibility tree').to.not.equal(null);
    expect(link!.description).to.equal(builtIn.ui.banner.quickExitHint);
  });

  it('keeps the cover open on Escape while the page is leaving', async () => {
    const el = await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
    $(el, 'a[part~="quick-exit"]').click();
    const cover = $(el, '[part~="cover"]') as HTMLDialogElement;
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Escape' });
    expect(cover.open, 'cover still open after Escape').to.equal(true);
    const named = findAccessibilityNode<AxNode>(
      await tree(),
      (node) => node.role === 'dialog' && node.name === builtIn.ui.banner.leaving,
    );
    expect(named, 'the cover is still the dialog assistive technology sees').to.not.equal(null);
  });

  it('shortcut="off" keeps only the link: no Shift count, no hint, nothing said (NVDA uses Shift)', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <trust-hotline-banner quick-exit=${target} shortcut="off"></trust-hotline-banner>
        <trust-hotline-banner quick-exit="https://example.org/" variant="compact"></trust-hotline-banner>
      </div>`,
    );
    const [off, on] = [...page.querySelectorAll('trust-hotline-banner')] as TrustHotlineBanner[];
    await Promise.all([settled(off!), settled(on!)]);
    expect(textOf(off!)).to.not.contain(builtIn.ui.banner.quickExitHint);
    expect(off!.shadowRoot!.querySelector('.exit-status, [aria-describedby]')).to.equal(null);
    on!.remove();
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    expect(left, 'Shift ×3 with the shortcut off').to.deep.equal([]);
    const flat = JSON.stringify(await tree());
    expect(flat).to.contain(builtIn.ui.banner.quickExit);
    expect(flat).to.not.contain(builtIn.ui.banner.quickExitHint);
    $(off!, 'a[part~="quick-exit"]').click();
    expect(left, 'the link still leaves').to.deep.equal([target]);
  });

  it('shortcut="off" on the first banner lets the next banner count Shift', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <trust-hotline-banner quick-exit=${target} shortcut="off"></trust-hotline-banner>
        <trust-hotline-banner quick-exit="https://example.org/" variant="compact"></trust-hotline-banner>
      </div>`,
    );
    const banners = [...page.querySelectorAll('trust-hotline-banner')] as TrustHotlineBanner[];
    await Promise.all(banners.map((el) => settled(el)));
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal(['https://example.org/']);
  });

  it('ignores other keys and Shift presses spread over more than five seconds', async () => {
    const el = await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
    const press = (timeStamp: number) => {
      document.dispatchEvent(new KeyboardEventWithTime('keydown', timeStamp));
      document.dispatchEvent(new KeyboardEventWithTime('keyup', timeStamp));
    };
    press(1000);
    press(3000);
    await sendKeys({ press: 'a' });
    press(6100);
    expect(left).to.deep.equal([]);
    press(6200);
    expect(left).to.deep.equal([target]);
    el.remove();
  });

  it('never counts Shift pressed in a text field (page input, textarea, a widget note), so typing is not lost', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <input type="text" aria-label="name" /><textarea aria-label="message"></textarea>
        <div contenteditable="true" aria-label="editor"></div>
        <trust-hotline-banner quick-exit=${target}></trust-hotline-banner>
        <trust-coping-steps step="find-roots"></trust-coping-steps>
      </div>`,
    );
    const steps = page.querySelector('trust-coping-steps') as HTMLElement & { updateComplete: Promise<unknown> };
    await settled(page.querySelector('trust-hotline-banner') as TrustHotlineBanner);
    await settled(steps as unknown as TrustHotlineBanner);
    const note = steps.shadowRoot!.querySelector('textarea')!;
    for (const field of [...page.querySelectorAll<HTMLElement>('input, textarea, [contenteditable]'), note]) {
      field.focus();
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
      expect(left, field.localName).to.deep.equal([]);
    }
    (document.activeElement as HTMLElement).blur();
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    expect(left, 'outside a text field it still works').to.deep.equal([target]);
  });

  it('removes the cover when the page comes back from the back/forward cache', async () => {
    const el = await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
    $(el, 'a[part~="quick-exit"]').click();
    const cover = $(el, '[part~="cover"]') as HTMLDialogElement;
    expect(cover.open).to.equal(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(cover.open).to.equal(false);
  });

  it('removes its key listener with the element', async () => {
    const el = await banner(html`<trust-hotline-banner quick-exit=${target}></trust-hotline-banner>`);
    el.remove();
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal([]);
    document.body.append(el);
    await el.updateComplete;
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal([target]);
    el.remove();
  });

  it('leaves with location.replace, so Back does not return to the page', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/fixtures/page-a.html" title="test"></iframe>`,
    );
    if (!frame.contentDocument?.body?.textContent?.includes('A')) await oneEvent(frame, 'load');
    const before = frame.contentWindow!.history.length;
    const loaded = oneEvent(frame, 'load');
    // The frame as a page of its own (no `top` to leave): in the test runner, its top is this page.
    const page = { top: null, location: frame.contentWindow!.location } as unknown as Window;
    leavePage(new URL('/test/fixtures/page-b.html', location.href).href, page);
    await loaded;
    expect(frame.contentDocument!.body.textContent).to.contain('Page B');
    expect(frame.contentWindow!.history.length).to.equal(before);
    await aTimeout(0);
  });
});

/** A Shift keydown or keyup with a chosen timestamp, to test the five-second window without waiting. */
class KeyboardEventWithTime extends KeyboardEvent {
  constructor(
    type: 'keydown' | 'keyup',
    private readonly at: number,
  ) {
    super(type, { key: 'Shift' });
  }
  override get timeStamp(): number {
    return this.at;
  }
}
