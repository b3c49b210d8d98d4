// Answers are never lost (WCAG 3.3.7, issue 16): Back to the intro keeps them and Start's place
// offers to pick them up; the result offers "Change my answers"; "Take it again" asks inside the
// quiz before it clears. Read from the accessibility tree Chromium gives a screen reader, and focus.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/quiz.js';
import type { TrustQuiz } from '../src/components/quiz/quiz.js';
import { resumeAt } from '../src/components/quiz/quiz.state.js';
import type { ContentPack } from '../src/schema/index.js';
import { format } from '../src/internal/format.js';
import { $, $$, render, textOf, axNodes, type AxNode } from './helpers.js';

const builtIn = pack as ContentPack;
const quiz = builtIn.quizzes![0]!;
const ui = builtIn.ui.quiz;
const total = quiz.questions.length;
const KEY = 'trust-widgets:trust-issues-en:quiz:trust-check';

const tree = axNodes;
/** The group named `name` and the names of the buttons in it, as a screen reader gets them. */
async function group(name: string): Promise<string[] | undefined> {
  const found = (await tree()).find((node) => node.role === 'group' && node.name === name);
  if (!found) return undefined;
  const buttons: string[] = [];
  const walk = (node: AxNode) => (node.role === 'button' && buttons.push(node.name!), node.children?.forEach(walk));
  walk(found);
  return buttons;
}
const buttonNames = async () => (await tree()).filter((node) => node.role === 'button').map((node) => node.name);
const focusedName = async () => (await tree()).find((node) => node.focused)?.name;
const questionName = (i: number) => format(ui.questionAnnounce, { n: i + 1, total, text: quiz.questions[i]!.text });
const focusedOn = (name: string) =>
  waitUntil(async () => (await focusedName()) === name, `focus never on "${name}"`, { timeout: 2000 });

const radios = (el: TrustQuiz) => $$(el, 'input[type="radio"]') as HTMLInputElement[];
const checkedValue = (el: TrustQuiz) => radios(el).find((r) => r.checked)?.value;
const button = (el: TrustQuiz, name: string) => {
  const found = $$(el, 'button').find((b) => textOf(b) === name);
  if (!found) throw new Error(`no "${name}" button`);
  return found;
};
async function press(el: TrustQuiz, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
}
async function answer(el: TrustQuiz, values: readonly number[]): Promise<void> {
  for (const value of values) {
    radios(el)
      .find((r) => r.value === String(value))!
      .click();
    await el.updateComplete;
    $(el, 'button.next').click();
    await el.updateComplete;
  }
}
/** Every question answered with these raw values: 22 of 44, no safety match ("Never" last). */
const SOME_EFFORT = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0];

describe('<trust-quiz> keeps answers after Back to the intro (WCAG 3.3.7)', () => {
  it('offers to pick up the answers instead of Start, and lands on the first unanswered question', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    await press(el, ui.start);
    await answer(el, [1, 3, 4]);
    for (let i = 0; i < 4; i++) await press(el, ui.back);
    await focusedOn(quiz.title);
    expect(await group(ui.answersKept), 'the offer, named by its question').to.deep.equal([ui.resume, ui.startOver]);
    expect(await buttonNames()).not.to.include(ui.start);

    await press(el, ui.resume);
    await focusedOn(questionName(3));
    expect(checkedValue(el)).to.equal(undefined);
    await press(el, ui.back);
    expect(checkedValue(el), 'question 3 keeps its answer').to.equal('4');
    await press(el, ui.back);
    expect(checkedValue(el), 'question 2 keeps its answer').to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('Start over, in the same offer, clears them', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    await press(el, ui.start);
    await answer(el, [2]);
    for (let i = 0; i < 2; i++) await press(el, ui.back);
    await press(el, ui.startOver);
    await focusedOn(quiz.title);
    expect(await group(ui.answersKept)).to.equal(undefined);
    await press(el, ui.start);
    await focusedOn(questionName(0));
    expect(checkedValue(el)).to.equal(undefined);
  });

  it('with every question answered, picks up on the last one, a step from the result', () => {
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, 1]));
    expect(resumeAt(quiz, answers)).to.deep.equal({ screen: 'question', index: total - 1, answers });
    expect(resumeAt(quiz, { [quiz.questions[0]!.id]: 1 }).index).to.equal(1);
  });
});

describe('<trust-quiz> result: "Change my answers"', () => {
  it('lists every answer, each with its own Change button; a change goes back to the list, then to a new result', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    await press(el, ui.start);
    await answer(el, SOME_EFFORT);
    const someEffort = quiz.bands.find((b) => b.id === 'some-effort')!;
    await focusedOn(someEffort.title);
    expect(await buttonNames()).to.include.members([ui.changeAnswers, ui.retake]);

    await press(el, ui.changeAnswers);
    await focusedOn(ui.reviewTitle);
    // Every question with the answer given, in order.
    const label = (value: number) => quiz.scale.find((point) => point.value === value)!.label;
    expect($$(el, '.review li').map((li) => textOf(li))).to.deep.equal(
      quiz.questions.map((q, i) => `${q.text} ${label(SOME_EFFORT[i]!)} ${ui.changeAnswer}`),
    );
    // Twelve buttons that voice control and a screen reader can tell apart: named with their question.
    const changes = (await buttonNames()).filter((name) => name!.startsWith(`${ui.changeAnswer}: `));
    expect(changes).to.deep.equal(quiz.questions.map((q) => `${ui.changeAnswer}: ${q.text}`));
    await expect(el).to.be.accessible();

    // Change question 3 only: it opens with its answer, and goes back to the list, focus on its button.
    $$(el, 'button.change')[2]!.click();
    await focusedOn(questionName(2));
    expect(checkedValue(el)).to.equal(String(SOME_EFFORT[2]));
    expect(await buttonNames(), 'no Back beside the way back').not.to.include(ui.back);
    radios(el)[4]!.click();
    await el.updateComplete;
    await press(el, ui.backToAnswers);
    await focusedOn(`${ui.changeAnswer}: ${quiz.questions[2]!.text}`);
    expect(textOf($$(el, '.review li')[2]!)).to.contain(label(4));

    await press(el, ui.seeResults);
    await focusedOn(someEffort.title);
    expect(textOf($(el, '.scale-text'))).to.equal(`Your result: ${someEffort.title}, 24 out of 44.`);

    // Enough changes move the band: six answers raised from 2 to 4 give 34, "heavy".
    await press(el, ui.changeAnswers);
    for (const i of [0, 1, 3, 5, 6]) {
      if (quiz.questions[i]!.reverse) continue;
      $$(el, 'button.change')[i]!.click();
      await el.updateComplete;
      radios(el)[4]!.click();
      await el.updateComplete;
      await press(el, ui.backToAnswers);
    }
    await press(el, ui.seeResults);
    const heavy = quiz.bands.find((b) => b.id === 'heavy')!;
    await focusedOn(heavy.title);
  });

  it('after a safety match, the result still leads with help and offers the same two controls', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    await press(el, ui.start);
    await answer(el, [...SOME_EFFORT.slice(0, -1), 4]);
    await focusedOn(ui.safetyTitle);
    expect(textOf($(el, '.result > [role="heading"]'))).to.equal(ui.safetyTitle);
    expect(await buttonNames()).to.include.members([ui.changeAnswers, ui.retake]);
    await press(el, ui.changeAnswers);
    await focusedOn(ui.reviewTitle);
    expect(el.shadowRoot!.querySelector('[part~="safety"]'), 'the help stays on the review').to.exist;
    $$(el, 'button.change')[0]!.click();
    await focusedOn(questionName(0));
    expect(el.shadowRoot!.querySelector('[part~="safety"]'), 'and on every question').to.exist;
  });
});

describe('<trust-quiz> result: "Take it again" asks before it clears', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  async function atResult(template = html`<trust-quiz region="US"></trust-quiz>`): Promise<TrustQuiz> {
    const el = await render<TrustQuiz>(template);
    await press(el, ui.start);
    await answer(el, SOME_EFFORT);
    return el;
  }

  it('opens a question inside the quiz that takes focus, heard by its words, and clears nothing yet', async () => {
    const el = await atResult();
    expect(await group(ui.retakeConfirm)).to.equal(undefined);
    await press(el, ui.retake);
    expect(await group(ui.retakeConfirm), 'named by its question').to.deep.equal([ui.clear, ui.keepAnswers]);
    await focusedOn(ui.retakeConfirm);
    expect((await tree()).find((node) => node.focused)!.role).to.equal('group');
    expect($(el, '.result').contains(el.shadowRoot!.activeElement), 'still on the result').to.equal(true);
    await expect(el).to.be.accessible();
    await press(el, ui.changeAnswers);
    await focusedOn(ui.reviewTitle);
    expect($$(el, '.review-answer').map(textOf), 'the answers are all still there').to.deep.equal(
      SOME_EFFORT.map((value) => quiz.scale.find((point) => point.value === value)!.label),
    );
  });

  for (const how of ['Escape', 'Keep'] as const) {
    it(`${how} closes the question and returns focus to "Take it again", answers kept`, async () => {
      const el = await atResult();
      await press(el, ui.retake);
      await focusedOn(ui.retakeConfirm);
      if (how === 'Keep') {
        await sendKeys({ press: 'Tab' }); // Clear
        await sendKeys({ press: 'Tab' }); // Keep
        await focusedOn(ui.keepAnswers);
      }
      await sendKeys({ press: how === 'Escape' ? 'Escape' : 'Enter' });
      await focusedOn(ui.retake);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, ui.retake));
      expect(await group(ui.retakeConfirm)).to.equal(undefined);
      expect(textOf($(el, '.view-heading'))).to.equal(quiz.bands.find((b) => b.id === 'some-effort')!.title);
    });
  }

  it('Clear clears every answer (and the saved copy) and starts again from the intro', async () => {
    const el = await atResult(html`<trust-quiz region="US" persist></trust-quiz>`);
    expect(localStorage.getItem(KEY)).not.to.equal(null);
    await press(el, ui.retake);
    await focusedOn(ui.retakeConfirm);
    await sendKeys({ press: 'Tab' });
    await focusedOn(ui.clear);
    await sendKeys({ press: 'Enter' });
    await focusedOn(quiz.title);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(await group(ui.answersKept)).to.equal(undefined);
    await press(el, ui.start);
    await focusedOn(questionName(0));
    expect(checkedValue(el)).to.equal(undefined);
  });

  it('a result shown again after clearing does not reopen the question', async () => {
    const el = await atResult();
    await press(el, ui.retake);
    await press(el, ui.clear);
    await press(el, ui.start);
    await answer(el, SOME_EFFORT);
    await focusedOn(quiz.bands.find((b) => b.id === 'some-effort')!.title);
    expect(await group(ui.retakeConfirm)).to.equal(undefined);
  });
});
