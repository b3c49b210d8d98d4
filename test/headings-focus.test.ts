// Issue 16, headings and focus: `heading-level` shifts every heading of an element (nested
// banners one below), quiz questions are the legend (not headings), a jump lands on the target's
// view heading (never a host left with tabindex), and each question or step change speaks once.
// Read from the accessibility tree Chromium gives a screen reader (a11ySnapshot).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/quiz.js';
import '../src/define/coping-steps.js';
import '../src/define/signs-checklist.js';
import '../src/define/causes-explorer.js';
import type { TrustQuiz } from '../src/components/quiz/quiz.js';
import type { TrustCopingSteps } from '../src/components/coping-steps/coping-steps.js';
import type { TrustSignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import type { ContentPack } from '../src/schema/index.js';
import { format } from '../src/internal/format.js';
import { $, $$, render, settled, axNodes } from './helpers.js';

const builtIn = pack as unknown as ContentPack;
const quiz = builtIn.quizzes![0]!;
const track = builtIn.coping!.tracks[0]!;

const tree = axNodes;

const headings = async () =>
  (await tree()).filter((node) => node.role === 'heading').map(({ name, level }) => ({ name, level }));
const focusedNode = async () => (await tree()).find((node) => node.focused);
const liveText = (el: Element) => $(el, '[role="status"][aria-live="polite"]').textContent!.trim();
const later = () => new Promise((resolve) => setTimeout(resolve, 120));

describe('heading-level', () => {
  it('sets the title level (default 2, clamped to 1–6) and puts nested banners one below', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz heading-level="3"></trust-quiz>`);
    expect(await headings()).to.deep.include({ name: quiz.title, level: 3 });
    // The "Need help now?" banner (inside a closed disclosure) is one below the quiz title.
    $(el, 'details').setAttribute('open', '');
    await waitUntil(async () => (await headings()).some((h) => h.name === builtIn.ui.banner.title));
    expect(await headings()).to.deep.include({ name: builtIn.ui.banner.title, level: 4 });

    el.headingLevel = 9;
    await settled(el);
    expect(await headings()).to.deep.include({ name: quiz.title, level: 6 });
    el.headingLevel = -4;
    await settled(el);
    expect(await headings()).to.deep.include({ name: quiz.title, level: 1 });
    el.remove();

    const plain = await render<TrustQuiz>(html`<trust-quiz></trust-quiz>`);
    expect(await headings()).to.deep.include({ name: quiz.title, level: 2 });
    plain.remove();
  });

  it('shifts the coping steps: title, step and overview one below, tips two below', async () => {
    const el = await render<TrustCopingSteps>(html`<trust-coping-steps heading-level="3"></trust-coping-steps>`);
    const found = await headings();
    expect(found).to.deep.include({ name: builtIn.coping!.title, level: 3 });
    const stepName = format(builtIn.ui.steps.stepAnnounce, {
      n: 1,
      total: track.steps.length,
      title: track.steps[0]!.title,
    });
    expect(found).to.deep.include({ name: stepName, level: 4 });
    expect(found).to.deep.include({ name: builtIn.ui.steps.overview, level: 4 });
    if (track.steps[0]!.tips.length) expect(found).to.deep.include({ name: builtIn.ui.steps.tips, level: 5 });
    el.remove();
  });

  it('on a result page, no nested banner title is at the level of the page heading', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz heading-level="3"></trust-quiz>`);
    // Every answer at the top of the scale: the result with the most help on it.
    (el as unknown as { progress: unknown }).progress = {
      screen: 'result',
      index: quiz.questions.length - 1,
      answers: Object.fromEntries(quiz.questions.map((q) => [q.id, quiz.scale.at(-1)!.value])),
    };
    el.requestUpdate();
    await settled(el);
    for (const details of $$(el, 'details')) details.setAttribute('open', '');
    await new Promise(requestAnimationFrame);
    const found = await headings();
    const page = $(el, '.view-heading');
    expect(found).to.deep.include({ name: page.textContent!.trim(), level: 3 });
    const banners = found.filter((h) => h.name === builtIn.ui.banner.title);
    expect(banners.length).to.be.greaterThan(0);
    for (const banner of banners) expect(banner.level).to.be.greaterThan(3);
    el.remove();
  });

  it('at heading-level 5 and 6, the deepest headings share level 6: none is 7 or more', async () => {
    for (const level of [5, 6]) {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <trust-coping-steps heading-level=${level} step="get-help"></trust-coping-steps>
          <trust-causes-explorer heading-level=${level}></trust-causes-explorer>
        </div>`,
      );
      await Promise.all([...page.children].map((child) => settled(child as TrustCopingSteps)));
      for (const details of page.querySelectorAll('*')) {
        for (const open of details.shadowRoot?.querySelectorAll('details') ?? []) open.setAttribute('open', '');
      }
      await new Promise(requestAnimationFrame);
      const found = await headings();
      expect(
        found.some((h) => h.name === builtIn.coping!.title && h.level === level),
        `title at ${level}`,
      ).to.equal(true);
      const levels = found.map((h) => h.level!);
      expect(Math.max(...levels), `heading-level=${level}`).to.equal(6);
      expect(Math.min(...levels), `heading-level=${level}`).to.equal(level);
      page.remove();
    }
  });
});

describe('one voice per change', () => {
  it('a new question: focus on the question, named with its position, and nothing in the live region', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz></trust-quiz>`);
    $(el, 'button.start').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('fieldset'), 'focus on the first question');
    ($$(el, 'input[type="radio"]')[0] as HTMLInputElement).click();
    await new Promise((resolve) => setTimeout(resolve, 600)); // past the double-click guard
    $(el, 'button.next').click();
    const total = quiz.questions.length;
    const name = format(builtIn.ui.quiz.questionAnnounce, { n: 2, total, text: quiz.questions[1]!.text });
    await waitUntil(async () => (await focusedNode())?.name === name, 'focus on question 2, named with its position');
    expect((await focusedNode())!.role).to.equal('group');
    // The question is the legend, not a heading beside the quiz title.
    expect((await headings()).map((h) => h.name)).not.to.include(quiz.questions[1]!.text);
    await later();
    expect(liveText(el)).to.equal('');
    el.remove();
  });

  it('a new step: focus on its heading, named with its position, and nothing in the live region', async () => {
    const el = await render<TrustCopingSteps>(html`<trust-coping-steps></trust-coping-steps>`);
    $(el, '[part~="next"]').click();
    const name = format(builtIn.ui.steps.stepAnnounce, {
      n: 2,
      total: track.steps.length,
      title: track.steps[1]!.title,
    });
    await waitUntil(async () => (await focusedNode())?.name === name, 'focus on step 2, named with its position');
    expect((await focusedNode())!.role).to.equal('heading');
    await later();
    expect(liveText(el)).to.equal('');
    el.remove();
  });
});

describe('focus after a jump', () => {
  it('"Try the short quiz" and "Go to the coping steps" land on the view heading, no tabindex on the host', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <trust-signs-checklist></trust-signs-checklist>
        <trust-quiz></trust-quiz>
        <trust-coping-steps></trust-coping-steps>
      </div>`,
    );
    const [checklist, quizEl, steps] = [...page.children] as [TrustSignsChecklist, TrustQuiz, TrustCopingSteps];
    await Promise.all([settled(checklist), settled(quizEl), settled(steps)]);
    checklist.requestUpdate();
    await checklist.updateComplete;

    $(checklist, 'a.jump[data-target="trust-quiz"]').click();
    await waitUntil(() => quizEl.shadowRoot!.activeElement === $(quizEl, '.view-heading'), 'quiz title focused');
    expect(await focusedNode()).to.include({ role: 'heading', name: quiz.title });
    expect(quizEl.hasAttribute('tabindex')).to.equal(false);
    // A sticky header does not cover it: the focused heading keeps a margin when scrolled to.
    expect(parseFloat(getComputedStyle($(quizEl, '.view-heading')).scrollMarginBlockStart)).to.be.greaterThan(0);

    $(checklist, 'a.jump[data-target="trust-coping-steps"]').click();
    await waitUntil(() => steps.shadowRoot!.activeElement === $(steps, '#step-heading'), 'step heading focused');
    expect((await focusedNode())!.role).to.equal('heading');
    expect(steps.hasAttribute('tabindex')).to.equal(false);
    await later();
    expect(liveText(steps)).to.equal('');
  });
});
