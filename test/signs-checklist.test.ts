import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/signs-checklist.js';
import '../src/define/coping-steps.js';
import type { TrustSignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import { feedbackFor, restoreChecked } from '../src/components/signs-checklist/signs-checklist.state.js';
import { format } from '../src/internal/format.js';
import type { ContentPack } from '../src/schema/index.js';
import { contentSuite } from './suites/content-suite.js';
import { $, $$, render, settled, storageSnapshot, textOf } from './helpers.js';

const builtIn = pack as ContentPack;
const signs = builtIn.signs!;
const ui = builtIn.ui.checklist;
const [none, few, several, many] = signs.feedback.map((range) => range.message) as [string, string, string, string];
const STORE_ALL = `trust-widgets:${builtIn.meta.id}:checklist:all`;

contentSuite('trust-signs-checklist', {
  mark: (p, marker) => {
    p.signs!.groups[0]!.signs[0]!.text = marker;
  },
});

const checklist = (template = html`<trust-signs-checklist></trust-signs-checklist>`) =>
  render<TrustSignsChecklist>(template);
const boxes = (el: Element) => $$(el, 'input[type="checkbox"]') as HTMLInputElement[];
const countText = (el: Element) => textOf($(el, '[part~="count"]'));
const feedbackText = (el: Element) => textOf($(el, '[part~="feedback"]'));
const live = (el: Element) => textOf($(el, '[role="status"]'));
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
async function waitForAnnouncement(el: Element, text: string): Promise<void> {
  await waitUntil(() => live(el) === text, `expected announcement "${text}", got "${live(el)}"`, { timeout: 2000 });
}
async function tick(el: TrustSignsChecklist, n: number): Promise<void> {
  for (const box of boxes(el).slice(0, n)) if (!box.checked) box.click();
  await el.updateComplete;
}

describe('feedbackFor / restoreChecked', () => {
  it('picks the pack range for the whole list, and scales a single group to the whole list', () => {
    expect(feedbackFor(signs.feedback, 0, 18, 18)!.message).to.equal(none);
    expect(feedbackFor(signs.feedback, 4, 18, 18)!.message).to.equal(few);
    expect(feedbackFor(signs.feedback, 5, 18, 18)!.message).to.equal(several);
    // 1 of 7 → 3 of 18; 2 of 7 → 5 of 18; 7 of 7 → 18 of 18.
    expect(feedbackFor(signs.feedback, 1, 7, 18)!.message).to.equal(few);
    expect(feedbackFor(signs.feedback, 2, 7, 18)!.message).to.equal(several);
    expect(feedbackFor(signs.feedback, 7, 7, 18)!.message).to.equal(many);
    expect(feedbackFor(signs.feedback, 0, 7, 18)!.message).to.equal(none);
  });

  it('keeps only stored ids that are still on screen, in pack order', () => {
    expect(restoreChecked(['c', 'x', 'a', 3], ['a', 'b', 'c'])).to.deep.equal(['a', 'c']);
    expect(restoreChecked('a', ['a'])).to.deep.equal([]);
  });
});

describe('<trust-signs-checklist>', () => {
  afterEach(() => localStorage.clear());

  it('shows every group as a fieldset with its title as legend, native checkboxes and the zero count', async () => {
    const el = await checklist();
    expect($$(el, 'fieldset legend').map(textOf)).to.deep.equal(signs.groups.map((g) => g.title));
    expect(boxes(el)).to.have.length(18);
    expect($$(el, 'fieldset')[1]!.querySelectorAll('input[type="checkbox"]')).to.have.length(7);
    expect(textOf($(el, 'label'))).to.equal(signs.groups[0]!.signs[0]!.text);
    expect(countText(el)).to.equal('0 of 18 feel familiar');
    expect(feedbackText(el)).to.equal(none);
    expect(textOf(el)).to.contain(ui.privacy);
    expect($$(el, '[part~="clear"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('gives the pack feedback for 0, 1, 4, 5, 10, 11 and 18 ticked', async () => {
    const el = await checklist();
    const expected: [number, string][] = [
      [0, none],
      [1, few],
      [4, few],
      [5, several],
      [10, several],
      [11, many],
      [18, many],
    ];
    for (const [n, message] of expected) {
      await tick(el, n);
      expect(countText(el), `count at ${n}`).to.equal(`${n} of 18 ${n === 1 ? 'feels' : 'feel'} familiar`);
      expect(feedbackText(el), `feedback at ${n}`).to.equal(message);
    }
    await expect(el).to.be.accessible();
  });

  it('ticks with Space, announces the count and the new feedback, and fires the change event', async () => {
    const el = await checklist(html`<trust-signs-checklist share-answers></trust-signs-checklist>`); // the event details need share-answers
    boxes(el)[0]!.focus();
    const event = oneEvent(el, 'trust-checklist-change');
    await sendKeys({ press: 'Space' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ checkedIds: ['expect-hurt'], count: 1, total: 18 });
    expect(boxes(el)[0]!.checked).to.equal(true);
    await waitForAnnouncement(el, `1 of 18 feels familiar. ${few}`);
    // Moving on within the same range announces only the count.
    await sendKeys({ press: 'Tab' }); // the "Tell me more" button
    await sendKeys({ press: 'Tab' }); // the next checkbox
    expect(focused(el)).to.equal(boxes(el)[1]);
    const second = oneEvent(el, 'trust-checklist-change');
    await sendKeys({ press: 'Space' });
    expect((await second).detail).to.deep.equal({
      checkedIds: ['expect-hurt', 'expect-ending'],
      count: 2,
      total: 18,
    });
    await waitForAnnouncement(el, '2 of 18 feel familiar');
    const third = oneEvent(el, 'trust-checklist-change');
    await sendKeys({ press: 'Space' });
    expect((await third).detail).to.deep.equal({ checkedIds: ['expect-hurt'], count: 1, total: 18 });
  });

  it('opens and closes a sign explanation with its sources by Enter and Space', async () => {
    const el = await checklist();
    const sign = signs.groups[0]!.signs[0]!;
    const button = $$(el, '[part~="explain"]')[0]!;
    const panel = $(el, `#${button.getAttribute('aria-controls')}`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    boxes(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.checkVisibility()).to.equal(true);
    expect(textOf(panel)).to.contain(sign.explanation!);
    expect(textOf(panel.querySelector('[part~="sources"]')!)).to.contain('Well+Good');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.checkVisibility()).to.equal(false);
  });

  it('unticks everything on reset, announces it, focuses the first sign and fires the event', async () => {
    const el = await checklist(html`<trust-signs-checklist share-answers></trust-signs-checklist>`); // the event details need share-answers
    await tick(el, 3);
    const event = oneEvent(el, 'trust-checklist-change');
    $(el, '[part~="reset"]').click();
    expect((await event).detail).to.deep.equal({ checkedIds: [], count: 0, total: 18 });
    await el.updateComplete;
    expect(boxes(el).filter((box) => box.checked)).to.have.length(0);
    expect(countText(el)).to.equal('0 of 18 feel familiar');
    expect(feedbackText(el)).to.equal(none);
    expect(focused(el)).to.equal(boxes(el)[0]);
    await waitForAnnouncement(el, format(ui.resetDone, { total: 18 }));
  });

  it('shows one group with group="…": count and total are that group’s, feedback scaled to the list', async () => {
    const el = await checklist(html`<trust-signs-checklist share-answers group="behavioural"></trust-signs-checklist>`);
    expect($$(el, 'fieldset legend').map(textOf)).to.deep.equal([signs.groups[1]!.title]);
    expect(countText(el)).to.equal('0 of 7 feel familiar');
    const event = oneEvent(el, 'trust-checklist-change');
    await tick(el, 1);
    expect((await event).detail).to.deep.equal({ checkedIds: ['hard-to-open-up'], count: 1, total: 7 });
    expect(feedbackText(el)).to.equal(few);
    await tick(el, 2);
    expect(feedbackText(el)).to.equal(several);
    await tick(el, 7);
    expect(countText(el)).to.equal('7 of 7 feel familiar');
    expect(feedbackText(el)).to.equal(many);
    await expect(el).to.be.accessible();
  });

  it('shows an error panel for an unknown group and for a pack without signs', async () => {
    const unknown = await checklist(html`<trust-signs-checklist group="nope"></trust-signs-checklist>`);
    expect(textOf($(unknown, '[part~="error"]'))).to.contain(format(ui.unknownGroup, { group: 'nope' }));
    await expect(unknown).to.be.accessible();
    const bare = structuredClone(builtIn);
    delete bare.signs;
    delete bare.quizzes; // their questions refer to signs
    const empty = await checklist(html`<trust-signs-checklist .content=${bare}></trust-signs-checklist>`);
    expect(textOf($(empty, '[part~="error"]'))).to.contain(ui.missingSigns);
    expect(boxes(empty)).to.have.length(0);
    await expect(empty).to.be.accessible();
  });

  it('stores nothing without persist', async () => {
    localStorage.clear();
    const before = await storageSnapshot();
    const el = await checklist();
    await tick(el, 5);
    $(el, '[part~="reset"]').click();
    await el.updateComplete;
    expect(await storageSnapshot()).to.deep.equal(before);
  });

  it('with persist, keeps ticks in localStorage, restores them, and Clear removes them', async () => {
    const el = await checklist(html`<trust-signs-checklist persist share-answers></trust-signs-checklist>`);
    expect(textOf(el)).to.contain(ui.privacySharedPersist);
    await tick(el, 2);
    expect(JSON.parse(localStorage.getItem(STORE_ALL)!)).to.deep.equal(['expect-hurt', 'expect-ending']);
    el.remove();
    const again = await checklist(html`<trust-signs-checklist persist share-answers></trust-signs-checklist>`);
    expect(
      boxes(again)
        .map((box) => box.checked)
        .slice(0, 3),
    ).to.deep.equal([true, true, false]);
    expect(countText(again)).to.equal('2 of 18 feel familiar');
    const clear = $(again, '[part~="clear"]');
    expect(textOf(clear)).to.equal(ui.clear);
    const event = oneEvent(again, 'trust-checklist-change');
    clear.click();
    expect((await event).detail).to.deep.equal({ checkedIds: [], count: 0, total: 18 });
    expect(localStorage.getItem(STORE_ALL)).to.equal(null);
    await again.updateComplete;
    expect(countText(again)).to.equal('0 of 18 feel familiar');
    await waitForAnnouncement(again, ui.cleared);
    await expect(again).to.be.accessible();
  });

  it('with persist and group, stores under that group’s key', async () => {
    const el = await checklist(html`<trust-signs-checklist persist group="in-relationships"></trust-signs-checklist>`);
    await tick(el, 1);
    expect(localStorage.getItem(STORE_ALL)).to.equal(null);
    expect(
      JSON.parse(localStorage.getItem(`trust-widgets:${builtIn.meta.id}:checklist:in-relationships`)!),
    ).to.deep.equal(['question-motives']);
  });

  it('points on to the quiz and coping steps on the same page and moves focus there', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <trust-signs-checklist></trust-signs-checklist>
        <trust-coping-steps id="steps"></trust-coping-steps>
      </div>`,
    );
    const el = wrapper.querySelector('trust-signs-checklist')!;
    await settled(el);
    const jumps = $$(el, 'a.jump');
    expect(jumps.map(textOf)).to.deep.equal([ui.toSteps]);
    expect(jumps[0]!.getAttribute('href'), 'a link to the steps, for a new tab too').to.equal('#steps');
    jumps[0]!.click();
    // Focus lands on the steps' view heading (the step shown), not their host (issue 16).
    const steps = wrapper.querySelector('#steps')!;
    await waitUntil(() => steps.shadowRoot?.activeElement?.id === 'step-heading', 'the step heading not focused');
    expect(document.activeElement).to.equal(steps);
    expect(steps.hasAttribute('tabindex'), 'no tabindex left on the host').to.equal(false);
  });

  it('passes axe in dark theme with ticks and in a right-to-left pack', async () => {
    const dark = await checklist(html`<trust-signs-checklist theme="dark"></trust-signs-checklist>`);
    await tick(dark, 6);
    await expect(dark).to.be.accessible();
    const rtl = structuredClone(builtIn);
    rtl.meta = { ...rtl.meta, direction: 'rtl', locale: 'ar' };
    const mirrored = await checklist(html`<trust-signs-checklist .content=${rtl}></trust-signs-checklist>`);
    expect($(mirrored, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    await expect(mirrored).to.be.accessible();
  });

  it('names each "Tell me more" button with its sign, visible words first (voice control, issue 16)', async () => {
    await checklist();
    type AxNode = { role: string; name: string; description?: string; children?: AxNode[] };
    const buttons: AxNode[] = [];
    const walk = (node: AxNode) => {
      if (node.role === 'button' && node.name.startsWith(ui.explain)) buttons.push(node);
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as AxNode);
    const expected = signs.groups.flatMap((group) => group.signs).map((sign) => `${ui.explain}: ${sign.text}`);
    expect(buttons.map((button) => button.name)).to.deep.equal(expected);
    expect(new Set(expected).size, 'eighteen different names').to.equal(18);
    expect(
      buttons.filter((button) => button.description),
      'the sign is said once, in the name',
    ).to.deep.equal([]);
  });
});
