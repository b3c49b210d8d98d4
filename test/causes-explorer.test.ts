import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/causes-explorer.js';
import '../src/define/coping-steps.js';
import { filterCauses, stepTitles, tabKeyTarget } from '../src/components/causes-explorer/causes-explorer.state.js';
import type { TrustElement } from '../src/internal/trust-element.js';
import type { ContentPack } from '../src/schema/index.js';
import { contentSuite } from './suites/content-suite.js';
import { $, $$, settled, storageSnapshot, textOf } from './helpers.js';

const builtIn = pack as ContentPack;
const causes = builtIn.causes!.items;
const ui = builtIn.ui.explorer;
const titles = (ids: string[]) => ids.map((id) => causes.find((cause) => cause.id === id)!.title);

contentSuite('trust-causes-explorer', {
  mark: (p, marker) => {
    p.causes!.items[0]!.title = marker;
  },
});

/** The explorer inside a wrapper of `width` px, so its container query sees that width. */
async function explorer(
  width: number,
  attributes: Partial<Record<'selected' | 'region', string>> = {},
  content?: unknown,
) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <trust-causes-explorer
        selected=${attributes.selected ?? ''}
        region=${attributes.region ?? 'US'}
        .content=${content}
      ></trust-causes-explorer>
    </div>`,
  );
  const el = wrapper.querySelector('trust-causes-explorer')!;
  if (!attributes.selected) el.removeAttribute('selected');
  await settled(el);
  return { wrapper, el };
}

const tabs = (el: Element) => $$(el, '[role="tab"]');
const toggles = (el: Element) => $$(el, 'button.disclosure-toggle');
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const selectedTab = (el: Element) => textOf($(el, '[role="tab"][aria-selected="true"]'));
const visiblePanel = (el: Element) => $$(el, '[role="tabpanel"]').filter((panel) => panel.checkVisibility());
const live = (el: Element) => textOf($(el, '[role="status"]'));
async function announced(el: Element, text: string): Promise<void> {
  await waitUntil(() => live(el) === text, `expected announcement "${text}", got "${live(el)}"`, { timeout: 2000 });
}
async function press(el: TrustElement, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('explorer state', () => {
  it('moves between tabs with wrapping arrows, flipped in RTL, and Home/End', () => {
    expect(tabKeyTarget('ArrowRight', 0, 10, false)).to.equal(1);
    expect(tabKeyTarget('ArrowLeft', 0, 10, false)).to.equal(9);
    expect(tabKeyTarget('ArrowRight', 9, 10, false)).to.equal(0);
    expect(tabKeyTarget('ArrowLeft', 0, 10, true)).to.equal(1);
    expect(tabKeyTarget('ArrowRight', 0, 10, true)).to.equal(9);
    expect(tabKeyTarget('Home', 5, 10, false)).to.equal(0);
    expect(tabKeyTarget('End', 5, 10, false)).to.equal(9);
    expect(tabKeyTarget('ArrowDown', 5, 10, false)).to.equal(undefined);
  });

  it('filters by tag in pack order and looks step titles up in every track', () => {
    expect(filterCauses(causes, 'work').map((cause) => cause.id)).to.deep.equal([
      'betrayal',
      'social-rejection',
      'traumatic-events',
      'anxiety',
    ]);
    expect(filterCauses(causes, 'all')).to.have.length(10);
    expect(stepTitles(builtIn, ['get-help', 'nope', 'support-patience'])).to.deep.equal([
      { id: 'get-help', title: 'Know when to get help' },
      { id: 'support-patience', title: 'Be patient' },
    ]);
  });
});

describe('<trust-causes-explorer>', () => {
  it('is a tab list in a wide container and a stack of disclosures in a narrow one, switching on resize', async () => {
    const { wrapper, el } = await explorer(900);
    expect($(el, '[part~="tabs"]').checkVisibility()).to.equal(true);
    expect($(el, '[part~="stack"]').checkVisibility()).to.equal(false);
    expect(tabs(el).map(textOf)).to.deep.equal(causes.map((cause) => cause.title));
    expect(selectedTab(el)).to.equal(causes[0]!.title);
    expect(visiblePanel(el)).to.have.length(1);
    expect(textOf(visiblePanel(el)[0]!)).to.contain(causes[0]!.summary);
    await expect(el).to.be.accessible();

    wrapper.style.width = '320px';
    await waitUntil(() => $(el, '[part~="stack"]').checkVisibility(), 'stack did not appear at 320px');
    expect($(el, '[part~="tabs"]').checkVisibility()).to.equal(false);
    expect(toggles(el).map(textOf)).to.deep.equal(causes.map((cause) => cause.title));
    expect(toggles(el).every((button) => button.getAttribute('aria-expanded') === 'false')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('operates the tabs by keyboard: arrows (wrapping), Home, End, and Tab into the panel', async () => {
    const { el } = await explorer(900);
    tabs(el)[0]!.focus();
    const event = oneEvent(el, 'trust-cause-select');
    await press(el, 'ArrowRight');
    expect((await event).detail, 'no cause id without share-answers').to.deep.equal({});
    expect(focused(el)).to.equal(tabs(el)[1]);
    expect(selectedTab(el)).to.equal(causes[1]!.title);
    expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1, -1, -1, -1, -1, -1]);
    expect(textOf(visiblePanel(el)[0]!)).to.contain(causes[1]!.summary);
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(selectedTab(el)).to.equal(causes[9]!.title);
    expect(focused(el)).to.equal(tabs(el)[9]);
    await press(el, 'Home');
    expect(selectedTab(el)).to.equal(causes[0]!.title);
    expect(focused(el)).to.equal(tabs(el)[0]);
    await press(el, 'End');
    expect(selectedTab(el)).to.equal(causes[9]!.title);
    await press(el, 'Tab');
    expect(focused(el)).to.equal($(el, '#tabpanel-anxiety'));
    expect(el.selected).to.equal('anxiety');
  });

  it('flips Left and Right in a right-to-left pack', async () => {
    const rtl = structuredClone(builtIn);
    rtl.meta = { ...rtl.meta, direction: 'rtl', locale: 'ar' };
    const { el } = await explorer(900, {}, rtl);
    expect($(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    tabs(el)[0]!.focus();
    await press(el, 'ArrowLeft');
    expect(selectedTab(el)).to.equal(causes[1]!.title);
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(selectedTab(el)).to.equal(causes[9]!.title);
    await expect(el).to.be.accessible();
  });

  it('opens and closes disclosures with Enter and Space in a narrow container', async () => {
    const { el } = await explorer(320);
    const button = toggles(el)[1]!;
    const panel = $(el, `#${button.getAttribute('aria-controls')}`);
    button.focus();
    const event = oneEvent(el, 'trust-cause-select');
    await press(el, 'Enter');
    expect((await event).detail, 'no cause id without share-answers').to.deep.equal({});
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.checkVisibility()).to.equal(true);
    expect(textOf(panel)).to.contain(causes[1]!.details);
    expect(textOf(panel)).to.contain(causes[1]!.reflection);
    expect(textOf(panel)).to.contain(causes[1]!.showsUpAs[0]!);
    expect(textOf(panel)).to.contain('Question harmful thoughts');
    expect(textOf(panel.querySelector('[part~="sources"]')!)).to.contain('Talkspace');
    await expect(el).to.be.accessible();
    await press(el, 'Space');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.checkVisibility()).to.equal(false);
  });

  it('filters by relationship in both views and announces how many are shown', async () => {
    const { el } = await explorer(900);
    expect(textOf($(el, '[part~="filter"] legend'))).to.equal(ui.filterLabel);
    expect($$(el, '[part~="filter"] label').map(textOf)).to.deep.equal([
      ui.all,
      ui.tagRomantic,
      ui.tagFamily,
      ui.tagFriends,
      ui.tagWork,
    ]);
    const work = $(el, 'input[value="work"]') as HTMLInputElement;
    work.focus();
    work.click();
    await el.updateComplete;
    const expected = titles(['betrayal', 'social-rejection', 'traumatic-events', 'anxiety']);
    expect(tabs(el).map(textOf)).to.deep.equal(expected);
    expect(toggles(el).map(textOf)).to.deep.equal(expected);
    expect(selectedTab(el)).to.equal(expected[0]);
    await announced(el, '4 of 10 causes shown');
    await expect(el).to.be.accessible();
    // Arrow keys move within the native radio group back to "All".
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(tabs(el)).to.have.length(10);
    await announced(el, '10 of 10 causes shown');
  });

  it('says when nothing matches the filter', async () => {
    const untagged = structuredClone(builtIn);
    for (const cause of untagged.causes!.items) cause.relationships = cause.relationships?.filter((t) => t !== 'work');
    const { el } = await explorer(900, {}, untagged);
    ($(el, 'input[value="work"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(textOf($(el, '[part~="no-matches"]'))).to.equal(ui.noMatches);
    expect(tabs(el)).to.have.length(0);
    expect(toggles(el)).to.have.length(0);
    await announced(el, ui.noMatches);
    await expect(el).to.be.accessible();
  });

  it('opens the cause named by selected, and follows later changes of it', async () => {
    const wide = await explorer(900, { selected: 'abandonment' });
    expect(selectedTab(wide.el)).to.equal(titles(['abandonment'])[0]);
    wide.el.selected = 'anxiety';
    await wide.el.updateComplete;
    expect(selectedTab(wide.el)).to.equal(titles(['anxiety'])[0]);

    const narrow = await explorer(320, { selected: 'abandonment' });
    const open = () =>
      toggles(narrow.el)
        .filter((b) => b.getAttribute('aria-expanded') === 'true')
        .map(textOf);
    expect(open()).to.deep.equal(titles(['abandonment']));
    // A filter that hides the newly selected cause is cleared, so the cause is shown.
    ($(narrow.el, 'input[value="work"]') as HTMLInputElement).click();
    await narrow.el.updateComplete;
    narrow.el.selected = 'abuse';
    await narrow.el.updateComplete;
    expect(($(narrow.el, 'input[value="all"]') as HTMLInputElement).checked).to.equal(true);
    expect(open()).to.include(titles(['abuse'])[0]);
    expect($(narrow.el, '#disclosure-abuse').checkVisibility()).to.equal(true);
  });

  it('shows the safety message and the matching hotlines with a safety-flagged cause', async () => {
    const { el } = await explorer(900, { selected: 'abuse', region: 'US' });
    const panel = visiblePanel(el)[0]!;
    const safety = panel.querySelector<HTMLElement>('[part~="safety"]')!;
    expect(textOf(safety)).to.contain(causes.find((cause) => cause.id === 'abuse')!.safety!.message);
    const banner = safety.querySelector('trust-hotline-banner')! as TrustElement;
    expect(banner.getAttribute('variant')).to.equal('compact');
    expect(banner.getAttribute('topics')).to.equal('domestic-violence sexual-violence crisis');
    await settled(banner);
    const hrefs = [...banner.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:+18007997233');
    await expect(el).to.be.accessible();
    el.selected = 'betrayal';
    await el.updateComplete;
    expect(visiblePanel(el)[0]!.querySelector('trust-hotline-banner')).to.equal(null);
  });

  it('lists related steps as text alone, and as buttons to the coping steps when they are on the page', async () => {
    const alone = await explorer(900);
    const steps = visiblePanel(alone.el)[0]!.querySelector('ul.steps')!;
    expect([...steps.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Look for where it started',
      'Make room to feel the pain',
      'Be kind to yourself along the way',
      'Know when to get help',
    ]);
    expect(steps.querySelectorAll('a, button')).to.have.length(0);

    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px">
        <trust-causes-explorer></trust-causes-explorer>
        <trust-coping-steps></trust-coping-steps>
      </div>`,
    );
    const el = wrapper.querySelector('trust-causes-explorer')!;
    const coping = wrapper.querySelector('trust-coping-steps')! as TrustElement & { step?: string };
    await settled(el);
    await settled(coping);
    const link = [...visiblePanel(el)[0]!.querySelectorAll<HTMLAnchorElement>('ul.steps a')].find(
      (a) => textOf(a) === 'Know when to get help',
    )!;
    link.click();
    await waitUntil(() => coping.step === 'get-help', 'the coping steps did not move to the step');
  });

  it('stores nothing and passes axe in dark theme', async () => {
    localStorage.clear();
    const before = await storageSnapshot();
    const { el } = await explorer(900);
    el.setAttribute('theme', 'dark');
    tabs(el)[0]!.focus();
    await press(el, 'ArrowRight');
    ($(el, 'input[value="family"]') as HTMLInputElement).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(await storageSnapshot()).to.deep.equal(before);
  });

  it('shows an error panel when the pack has no causes', async () => {
    const bare = structuredClone(builtIn);
    delete bare.causes;
    delete bare.quizzes; // their result bands refer to causes
    const { el } = await explorer(900, {}, bare);
    expect(textOf($(el, '[part~="error"]'))).to.contain(ui.missingCauses);
    expect(tabs(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
