import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/coping-steps.js';
import type { TrustCopingSteps } from '../src/components/coping-steps/coping-steps.js';
import type { TrustHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { restoreProgress } from '../src/components/coping-steps/coping-steps.state.js';
import { format } from '../src/internal/format.js';
import type { ContentPack, Track } from '../src/schema/index.js';
import { contentSuite } from './suites/content-suite.js';
import { $, $$, render, settled, storageSnapshot, textOf } from './helpers.js';

contentSuite('trust-coping-steps', {
  mark: (p, m) => {
    p.coping!.tracks[0]!.steps[0]!.title = m;
  },
});

const builtIn = pack as ContentPack;
const ui = builtIn.ui.steps;
const [forYou, supporting] = builtIn.coping!.tracks as [Track, Track];
const KEY = `trust-widgets:${builtIn.meta.id}:steps:progress`;

const steps = (template: ReturnType<typeof html>) => render<TrustCopingSteps>(template);
const heading = (el: Element) => textOf($(el, '#step-heading'));
const stepOf = (el: Element) => textOf($(el, '[part~="step-of"]'));
const focused = (el: Element) => el.shadowRoot!.activeElement;
const status = (el: Element) => $(el, '[role="status"]');
/** Waits until the live region says exactly `text`. */
/** The one voice of a step change with focus: the step heading, named with the position (no announcement). */
const focusedOn = async (el: Element, name: string) => {
  await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('aria-label') === name, `focus never on "${name}"`);
  expect(textOf(status(el))).to.equal('');
};
const announced = async (el: Element, text: string) => {
  await waitUntil(
    () => textOf(status(el)) === text,
    `expected the announcement "${text}", got "${textOf(status(el))}"`,
  );
};
const press = async (el: Element, selector: string, key = 'Enter') => {
  $(el, selector).focus();
  await sendKeys({ press: key });
  await (el as TrustCopingSteps).updateComplete;
};
const typeNote = async (el: TrustCopingSteps, text: string) => {
  $(el, 'textarea').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
};

describe('<trust-coping-steps> tracks', () => {
  it('shows the first step of the first track, numbered, with tips, reflection and sources', async () => {
    const el = await steps(html`<trust-coping-steps></trust-coping-steps>`);
    const first = forYou.steps[0]!;
    expect(textOf($(el, '[part~="heading"]'))).to.equal(builtIn.coping!.title);
    expect(heading(el)).to.equal(first.title);
    expect(stepOf(el)).to.equal('Step 1 of 9');
    expect($$(el, '[part~="tips"] li').map(textOf)).to.deep.equal(first.tips);
    expect(textOf($(el, '[part~="reflection"]'))).to.contain(first.reflection!.prompt);
    expect(textOf($(el, 'label[for="note"]'))).to.equal(ui.noteLabel);
    expect(textOf($(el, '#note-hint'))).to.equal(ui.noteMemory);
    expect(textOf($(el, '[part~="sources"]'))).to.contain('Well+Good');
    expect(textOf($(el, '[part~="progress"]'))).to.equal('0 of 9 done');
    expect(el.shadowRoot!.querySelector('[part~="back"]')).to.equal(null);
    expect($$(el, '[part~="overview"] li button')).to.have.length(9);
    expect($(el, '[part~="overview"] li button').getAttribute('aria-current')).to.equal('step');
    await expect(el).to.be.accessible();
  });

  it('switches track with the arrow keys in a native radio group, and announces it', async () => {
    const el = await steps(html`<trust-coping-steps></trust-coping-steps>`);
    const radios = $$(el, 'fieldset[part~="tracks"] input[type="radio"]') as HTMLInputElement[];
    expect(textOf($(el, 'fieldset legend'))).to.equal(ui.trackLabel);
    expect(radios.map((r) => r.checked)).to.deep.equal([true, false]);
    radios[0]!.focus();
    const change = oneEvent(el, 'trust-step-change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await change).detail).to.deep.equal({ trackId: 'supporting', stepId: 'support-validate', index: 0 });
    await el.updateComplete;
    expect(radios.map((r) => r.checked)).to.deep.equal([false, true]);
    expect(heading(el)).to.equal(supporting.steps[0]!.title);
    expect(stepOf(el)).to.equal('Step 1 of 7');
    expect(focused(el)).to.equal(radios[1], 'focus stays in the radio group');
    await announced(el, `${supporting.title}. Step 1 of 7: ${supporting.steps[0]!.title}`);
    expect(el.track).to.equal('supporting');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(heading(el)).to.equal(forYou.steps[0]!.title);
  });

  it('remembers the step of each track when switching back', async () => {
    const el = await steps(html`<trust-coping-steps></trust-coping-steps>`);
    await press(el, '[part~="next"]');
    await press(el, '[part~="next"]');
    const radios = $$(el, 'input[type="radio"]');
    radios[1]!.click();
    await el.updateComplete;
    expect(stepOf(el)).to.equal('Step 1 of 7');
    radios[0]!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal(forYou.steps[2]!.title);
  });

  it('picks the track from the attribute, and follows it when it changes', async () => {
    const el = await steps(html`<trust-coping-steps track="supporting"></trust-coping-steps>`);
    expect(heading(el)).to.equal(supporting.steps[0]!.title);
    expect(($$(el, 'input[type="radio"]')[1] as HTMLInputElement).checked).to.equal(true);
    el.track = 'for-you';
    await el.updateComplete;
    expect(heading(el)).to.equal(forYou.steps[0]!.title);
    expect(($$(el, 'input[type="radio"]')[0] as HTMLInputElement).checked).to.equal(true);
  });
});

describe('<trust-coping-steps> moving between steps', () => {
  it('goes next, back and jumps from the overview, focusing the heading and announcing each step', async () => {
    const el = await steps(html`<trust-coping-steps></trust-coping-steps>`);
    const events: unknown[] = [];
    el.addEventListener('trust-step-change', (e) => events.push(e.detail));

    await press(el, '[part~="next"]');
    expect(heading(el)).to.equal(forYou.steps[1]!.title);
    expect(stepOf(el)).to.equal('Step 2 of 9');
    expect(focused(el)).to.equal($(el, '#step-heading'));
    expect($(el, '#step-heading').getAttribute('tabindex')).to.equal('-1');
    await focusedOn(el, `Step 2 of 9: ${forYou.steps[1]!.title}`);
    await expect(el).to.be.accessible();

    await press(el, '[part~="back"]', 'Space');
    expect(heading(el)).to.equal(forYou.steps[0]!.title);
    expect(focused(el)).to.equal($(el, '#step-heading'));
    await focusedOn(el, `Step 1 of 9: ${forYou.steps[0]!.title}`);

    await press(el, '[part~="overview"] li:nth-child(5) button');
    expect(heading(el)).to.equal(forYou.steps[4]!.title);
    expect(stepOf(el)).to.equal('Step 5 of 9');
    expect(focused(el)).to.equal($(el, '#step-heading'));
    await focusedOn(el, `Step 5 of 9: ${forYou.steps[4]!.title}`);
    const current = $$(el, '[part~="overview"] button').map((b) => b.getAttribute('aria-current'));
    expect(current).to.deep.equal([null, null, null, null, 'step', null, null, null, null]);
    expect(events).to.deep.equal([
      { trackId: 'for-you', stepId: 'notice-patterns', index: 1 },
      { trackId: 'for-you', stepId: 'find-roots', index: 0 },
      { trackId: 'for-you', stepId: 'speak-openly', index: 4 },
    ]);
    expect(el.step).to.equal('speak-openly');
  });

  it('mirrors the Back/Next arrows and flips the radio arrow keys in a right-to-left pack', async () => {
    const rtl = structuredClone(builtIn);
    rtl.meta.direction = 'rtl';
    rtl.meta.locale = 'ar';
    const el = await steps(html`<trust-coping-steps .content=${rtl} step="notice-patterns"></trust-coping-steps>`);
    expect($(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    for (const part of ['back', 'next']) {
      expect(getComputedStyle($(el, `[part~="${part}"] .arrow`)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    }
    const next = $(el, '[part~="next"]').getBoundingClientRect();
    const back = $(el, '[part~="back"]').getBoundingClientRect();
    expect(next.left).to.be.lessThan(back.left, 'Next sits on the left in RTL');
    $$(el, 'input[type="radio"]')[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.track).to.equal('supporting');
    await expect(el).to.be.accessible();
  });

  it('fits 280px without sideways scrolling', async () => {
    const el = await steps(html`<trust-coping-steps style="inline-size: 280px" step="get-help"></trust-coping-steps>`);
    const base = $(el, '[part~="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });
});

describe('<trust-coping-steps> done and progress', () => {
  it('marks a step done with a toggle button and shows the count', async () => {
    const el = await steps(html`<trust-coping-steps></trust-coping-steps>`);
    const toggle = $(el, '[part~="done-toggle"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(textOf(toggle)).to.equal(ui.markDone);
    await press(el, '[part~="done-toggle"]', 'Space');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(textOf($(el, '[part~="progress"]'))).to.equal('1 of 9 done');
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(1);
    expect(($(el, 'progress') as HTMLProgressElement).max).to.equal(9);
    expect(textOf($(el, '[part~="overview"] li:first-child button'))).to.equal(`${forYou.steps[0]!.title}✓${ui.done}`);
    await announced(el, '1 of 9 done');
    await expect(el).to.be.accessible();
    await press(el, '[part~="done-toggle"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(textOf($(el, '[part~="progress"]'))).to.equal('0 of 9 done');
  });

  it('fires trust-steps-complete once when every step of a track is done', async () => {
    const el = await steps(html`<trust-coping-steps track="supporting"></trust-coping-steps>`);
    const completions: unknown[] = [];
    el.addEventListener('trust-steps-complete', (e) => completions.push(e.detail));
    for (let i = 0; i < supporting.steps.length; i += 1) {
      await press(el, '[part~="done-toggle"]');
      if (i < supporting.steps.length - 1) await press(el, '[part~="next"]');
    }
    expect(completions).to.deep.equal([{ trackId: 'supporting' }]);
    expect(textOf($(el, '[part~="progress"]'))).to.equal('7 of 7 done');
    await announced(el, format(ui.allDone, { track: supporting.title }));
    expect(textOf($(el, 'fieldset'))).to.contain(forYou.title);
    $$(el, 'input[type="radio"]')[0]!.click();
    await el.updateComplete;
    expect(textOf($(el, '[part~="progress"]'))).to.equal('0 of 9 done');
  });
});

describe('<trust-coping-steps> the last step', () => {
  const bannerIn = async (el: Element) => {
    const banner = $(el, '[part~="help"] trust-hotline-banner') as TrustHotlineBanner;
    await settled(banner);
    return banner;
  };
  const hrefs = (banner: Element) => $$(banner, 'a').map((a) => a.getAttribute('href'));

  it('shows the hotline banner for the region on the last step of each track', async () => {
    const el = await steps(html`<trust-coping-steps region="GB" step="get-help"></trust-coping-steps>`);
    expect(stepOf(el)).to.equal('Step 9 of 9');
    expect(el.shadowRoot!.querySelector('[part~="next"]')).to.equal(null);
    expect(textOf($(el, '[part~="help"] [role="heading"]'))).to.equal(ui.helpTitle);
    const banner = await bannerIn(el);
    expect(hrefs(banner)).to.include.members(['tel:116123', 'tel:08082000247', 'tel:999']);
    expect(hrefs(banner)).not.to.include('tel:988');
    await expect(el).to.be.accessible();

    el.step = 'support-professional-help';
    await el.updateComplete;
    expect(stepOf(el)).to.equal('Step 7 of 7');
    el.region = 'US';
    await el.updateComplete;
    const us = await bannerIn(el);
    await us.updateComplete;
    expect(hrefs(us)).to.include.members(['tel:988', 'tel:+18007997233', 'tel:911']);
  });

  it('shows no open banner before the last step, only "Need help now?"', async () => {
    const el = await steps(html`<trust-coping-steps step="self-compassion"></trust-coping-steps>`);
    expect(el.shadowRoot!.querySelector('[part~="help"]')).to.equal(null);
    expect((el.shadowRoot!.querySelector('details[part~="help-now"]') as HTMLDetailsElement).open).to.equal(false);
  });
});

describe('<trust-coping-steps> deep link', () => {
  it('opens the named step in its track, and moves when the property changes', async () => {
    const el = await steps(html`<trust-coping-steps step="support-patience"></trust-coping-steps>`);
    expect(heading(el)).to.equal('Be patient');
    expect(stepOf(el)).to.equal('Step 4 of 7');
    expect(($$(el, 'input[type="radio"]')[1] as HTMLInputElement).checked).to.equal(true);
    expect(el.track).to.equal('supporting');

    const change = oneEvent(el, 'trust-step-change');
    el.step = 'feel-the-pain';
    expect((await change).detail).to.deep.equal({ trackId: 'for-you', stepId: 'feel-the-pain', index: 2 });
    await el.updateComplete;
    expect(heading(el)).to.equal(forYou.steps[2]!.title);
    expect(stepOf(el)).to.equal('Step 3 of 9');
    expect(($$(el, 'input[type="radio"]')[0] as HTMLInputElement).checked).to.equal(true);
    await announced(el, `${forYou.title}. Step 3 of 9: ${forYou.steps[2]!.title}`);
    expect(document.activeElement).not.to.equal(el, 'a property change does not take focus from the page');

    // After the reader moves on, setting the same step again still goes there.
    await press(el, '[part~="next"]');
    el.step = 'feel-the-pain';
    await el.updateComplete;
    expect(heading(el)).to.equal(forYou.steps[2]!.title);
  });

  it('ignores an unknown step and shows the first', async () => {
    const el = await steps(html`<trust-coping-steps step="no-such-step"></trust-coping-steps>`);
    expect(heading(el)).to.equal(forYou.steps[0]!.title);
  });
});

describe('<trust-coping-steps> private notes', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('without persist keeps the note in memory only and says so', async () => {
    const before = await storageSnapshot();
    const el = await steps(html`<trust-coping-steps></trust-coping-steps>`);
    await typeNote(el, 'my private words');
    await press(el, '[part~="done-toggle"]');
    await press(el, '[part~="next"]');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('');
    await press(el, '[part~="back"]');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('my private words');
    expect(textOf($(el, '#note-hint'))).to.equal(ui.noteMemory);
    expect(el.shadowRoot!.querySelector('[part~="clear"]')).to.equal(null);
    expect(await storageSnapshot()).to.deep.equal(before);
    await expect(el).to.be.accessible();
    el.remove();
    const again = await steps(html`<trust-coping-steps></trust-coping-steps>`);
    expect(($(again, 'textarea') as HTMLTextAreaElement).value).to.equal('');
    expect(textOf($(again, '[part~="progress"]'))).to.equal('0 of 9 done');
  });

  it('with persist saves notes and progress, restores them, and clears them', async () => {
    const el = await steps(html`<trust-coping-steps persist></trust-coping-steps>`);
    expect(textOf($(el, '#note-hint'))).to.equal(ui.notePersist);
    await typeNote(el, 'kept here');
    await press(el, '[part~="done-toggle"]');
    await press(el, '[part~="next"]');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({
      track: 'for-you',
      current: { 'for-you': 'notice-patterns' },
      done: ['find-roots'],
      notes: { 'find-roots': 'kept here' },
    });
    await expect(el).to.be.accessible();
    el.remove();

    const again = await steps(html`<trust-coping-steps persist></trust-coping-steps>`);
    expect(heading(again)).to.equal(forYou.steps[1]!.title);
    expect(textOf($(again, '[part~="progress"]'))).to.equal('1 of 9 done');
    await press(again, '[part~="back"]');
    expect(($(again, 'textarea') as HTMLTextAreaElement).value).to.equal('kept here');

    const clear = $(again, '[part~="clear"]');
    expect(textOf(clear)).to.equal(ui.clearNotes);
    await press(again, '[part~="clear"]');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(($(again, 'textarea') as HTMLTextAreaElement).value).to.equal('');
    expect(textOf($(again, '[part~="progress"]'))).to.equal('0 of 9 done');
    await announced(again, ui.cleared);
    expect(focused(again)).to.equal(clear);
  });

  it('never puts note text in any event', async () => {
    const details: string[] = [];
    const listen = (e: Event) => details.push(JSON.stringify((e as CustomEvent).detail));
    const types = ['trust-step-change', 'trust-steps-complete', 'trust-content-error'];
    for (const type of types) document.addEventListener(type, listen);
    try {
      localStorage.removeItem(KEY);
      const el = await steps(html`<trust-coping-steps persist track="supporting"></trust-coping-steps>`);
      for (let i = 0; i < supporting.steps.length; i += 1) {
        if (el.shadowRoot!.querySelector('textarea')) await typeNote(el, `secret-note-${i}`);
        await press(el, '[part~="done-toggle"]');
        if (i < supporting.steps.length - 1) await press(el, '[part~="next"]');
      }
      $$(el, 'input[type="radio"]')[0]!.click();
      await el.updateComplete;
      expect(details).to.have.length(8);
      expect(details.at(-2)).to.equal(JSON.stringify({ trackId: 'supporting' }));
      for (const detail of details) expect(detail).not.to.contain('secret');
    } finally {
      for (const type of types) document.removeEventListener(type, listen);
    }
  });

  it('restores stored progress defensively', () => {
    const coping = builtIn.coping!;
    expect(restoreProgress('nonsense', coping)).to.deep.equal({ current: {}, done: [], notes: {} });
    expect(
      restoreProgress(
        {
          track: 'gone',
          current: { 'for-you': 'support-patience', supporting: 'support-patience' },
          done: ['get-help', 'get-help', 'removed', 4],
          notes: { 'find-roots': 'x', removed: 'y', 'get-help': 3, 'speak-openly': '  ' },
        },
        coping,
      ),
    ).to.deep.equal({
      current: { supporting: 'support-patience' },
      done: ['get-help'],
      notes: { 'find-roots': 'x' },
    });
  });
});

describe('<trust-coping-steps> errors and themes', () => {
  it('shows an error panel when the pack has no coping steps', async () => {
    const bare = structuredClone(builtIn);
    // Causes and quiz bands link to coping steps, so a valid pack without steps drops them too.
    delete bare.coping;
    delete bare.causes;
    delete bare.quizzes;
    const el = await steps(html`<trust-coping-steps .content=${bare}></trust-coping-steps>`);
    expect(textOf($(el, '[part~="error"]'))).to.contain(ui.missingCoping);
    expect(textOf($(el, '[part~="error"]'))).to.contain(builtIn.ui.common.errorTitle);
    await expect(el).to.be.accessible();
  });

  it('shows an error panel naming an unknown track', async () => {
    const el = await steps(html`<trust-coping-steps track="nope"></trust-coping-steps>`);
    expect(textOf($(el, '[part~="error"]'))).to.contain(format(ui.unknownTrack, { track: 'nope' }));
    await expect(el).to.be.accessible();
    el.track = 'supporting';
    await el.updateComplete;
    expect(heading(el)).to.equal(supporting.steps[0]!.title);
  });

  it('is accessible in the dark theme, with the banner and a step done', async () => {
    const el = await steps(html`<trust-coping-steps theme="dark" step="get-help"></trust-coping-steps>`);
    await press(el, '[part~="done-toggle"]');
    await settled($(el, '[part~="help"] trust-hotline-banner') as TrustHotlineBanner);
    expect(getComputedStyle($(el, '[part~="base"]')).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expect(el).to.be.accessible();
  });
});
