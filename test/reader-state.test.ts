import { expect, html } from '@open-wc/testing';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/quiz.js';
import '../src/define/signs-checklist.js';
import '../src/define/coping-steps.js';
import type { TrustQuiz } from '../src/components/quiz/quiz.js';
import { storedProgress } from '../src/components/quiz/quiz.state.js';
import type { TrustSignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import type { TrustCopingSteps } from '../src/components/coping-steps/coping-steps.js';
import type { ContentPack } from '../src/schema/index.js';
import { $, $$, render, textOf } from './helpers.js';

/**
 * What a reader has done survives what a publisher's page does around it: a consent banner
 * turning `persist` on or off, a framework handing over an equal copy of the content, and saved
 * progress from an older version of the quiz.
 */
const builtIn = pack as ContentPack;
const quiz = builtIn.quizzes![0]!;
const QUIZ_KEY = 'trust-widgets:trust-issues-en:quiz:trust-check';
const CHECKLIST_KEY = 'trust-widgets:trust-issues-en:checklist:all';
const STEPS_KEY = 'trust-widgets:trust-issues-en:steps:progress';

const heading = (el: Element) => textOf($(el, 'legend'));
async function answer(el: TrustQuiz, value: number): Promise<void> {
  ($$(el, 'input[type="radio"]') as HTMLInputElement[]).find((radio) => radio.value === String(value))!.click();
  await el.updateComplete;
  $(el, 'button.next').click();
  await el.updateComplete;
}

describe('reader state', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('quiz: persist turned on mid-quiz keeps the answers and saves them; turned off, removes them', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz></trust-quiz>`);
    $(el, 'button.start').click();
    await el.updateComplete;
    await answer(el, 1);
    await answer(el, 2);
    expect(heading(el)).to.equal(quiz.questions[2]!.text);
    el.persist = true;
    await el.updateComplete;
    expect(heading(el), 'still at question 3').to.equal(quiz.questions[2]!.text);
    const saved = JSON.parse(localStorage.getItem(QUIZ_KEY)!);
    expect(saved.answers).to.deep.equal({ [quiz.questions[0]!.id]: 1, [quiz.questions[1]!.id]: 2 });
    el.persist = false;
    await el.updateComplete;
    expect(heading(el)).to.equal(quiz.questions[2]!.text);
    expect(localStorage.getItem(QUIZ_KEY)).to.equal(null);
  });

  it('quiz: the second click of a double-click on Start answers nothing and presses nothing', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz></trust-quiz>`);
    const startBox = $(el, 'button.start').getBoundingClientRect();
    const at = { clientX: startBox.x + startBox.width / 2, clientY: startBox.y + startBox.height / 2 };
    $(el, 'button.start').dispatchEvent(new MouseEvent('click', { ...at, detail: 1, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(heading(el)).to.equal(quiz.questions[0]!.text);
    // What is now under the pointer gets the second click, as a browser would send it.
    const radios = $$(el, 'input[type="radio"], label') as HTMLElement[];
    for (const target of [...radios, ...$$(el, 'button')]) {
      target.dispatchEvent(
        new MouseEvent('click', { ...at, detail: 2, bubbles: true, composed: true, cancelable: true }),
      );
    }
    await el.updateComplete;
    expect(($$(el, 'input[type="radio"]') as HTMLInputElement[]).filter((radio) => radio.checked)).to.have.length(0);
    expect(heading(el)).to.equal(quiz.questions[0]!.text);
    await new Promise((resolve) => setTimeout(resolve, 600));
    ($$(el, 'input[type="radio"]')[1] as HTMLInputElement).click(); // later, a click is a click again
    await el.updateComplete;
    expect(($$(el, 'input[type="radio"]') as HTMLInputElement[]).filter((radio) => radio.checked)).to.have.length(1);
  });

  it("quiz: never offers to resume another quiz's answers saved under the same key (two packs sharing a meta.id)", async () => {
    const other = { screen: 'question', index: 1, answers: { [quiz.questions[0]!.id]: 3 }, of: 'other-quiz|0,1,2' };
    localStorage.setItem(QUIZ_KEY, JSON.stringify(other));
    const el = await render<TrustQuiz>(html`<trust-quiz persist></trust-quiz>`);
    expect(el.shadowRoot!.querySelector('.resume-button'), 'no resume offer').to.equal(null);
    localStorage.setItem(QUIZ_KEY, JSON.stringify(storedProgress(quiz, { ...other, screen: 'question' })));
    const own = await render<TrustQuiz>(html`<trust-quiz persist></trust-quiz>`);
    expect(own.shadowRoot!.querySelector('.resume-button'), 'its own answers are offered').to.not.equal(null);
  });

  it('quiz: resuming progress whose earlier answers the quiz no longer has opens at the first unanswered question', async () => {
    const answers = Object.fromEntries(quiz.questions.slice(1, 5).map((question) => [question.id, 2]));
    localStorage.setItem(QUIZ_KEY, JSON.stringify({ screen: 'question', index: 5, answers: { gone: 3, ...answers } }));
    const el = await render<TrustQuiz>(html`<trust-quiz persist></trust-quiz>`);
    $(el, '.resume-button').click();
    await el.updateComplete;
    expect(heading(el)).to.equal(quiz.questions[0]!.text);
  });

  it('checklist: persist turned on keeps the ticks and saves them; turned off, removes them', async () => {
    const el = await render<TrustSignsChecklist>(html`<trust-signs-checklist></trust-signs-checklist>`);
    const boxes = () => $$(el, 'input[type="checkbox"]') as HTMLInputElement[];
    boxes()[0]!.click();
    boxes()[2]!.click();
    await el.updateComplete;
    const ticked = boxes().filter((box) => box.checked).length;
    expect(ticked).to.equal(2);
    el.persist = true;
    await el.updateComplete;
    expect(boxes().filter((box) => box.checked).length).to.equal(2);
    expect(JSON.parse(localStorage.getItem(CHECKLIST_KEY)!)).to.have.length(2);
    el.persist = false;
    await el.updateComplete;
    expect(boxes().filter((box) => box.checked).length).to.equal(2);
    expect(localStorage.getItem(CHECKLIST_KEY)).to.equal(null);
  });

  it('coping steps: an equal copy of the content keeps what is done and the note', async () => {
    const el = await render<TrustCopingSteps>(
      html`<trust-coping-steps .content=${structuredClone(builtIn)}></trust-coping-steps>`,
    );
    const withNote = builtIn.coping!.tracks[0]!.steps.findIndex((step) => step.reflection);
    for (let i = 0; i < withNote; i += 1) {
      $(el, '[part~="next"]').click();
      await el.updateComplete;
    }
    $(el, '[part~="done-toggle"]').click();
    const note = $(el, 'textarea') as HTMLTextAreaElement;
    note.value = 'my own words';
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const done = textOf($(el, '[part~="progress"]'));
    el.content = structuredClone(builtIn);
    await el.contentReady;
    expect(textOf($(el, '[part~="progress"]'))).to.equal(done);
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('my own words');
    expect(localStorage.getItem(STEPS_KEY), 'nothing stored without persist').to.equal(null);
  });

  it("checklist: ticks saved by another pack with the same meta.id survive this one's saves", async () => {
    localStorage.setItem(CHECKLIST_KEY, JSON.stringify(['their-sign', 42]));
    const el = await render<TrustSignsChecklist>(html`<trust-signs-checklist persist></trust-signs-checklist>`);
    const boxes = () => $$(el, 'input[type="checkbox"]') as HTMLInputElement[];
    expect(
      boxes().filter((box) => box.checked),
      'the other pack’s tick is not shown as ours',
    ).to.have.length(0);
    boxes()[1]!.click();
    await el.updateComplete;
    const mine = builtIn.signs!.groups.flatMap((group) => group.signs.map((sign) => sign.id))[1]!;
    expect(JSON.parse(localStorage.getItem(CHECKLIST_KEY)!)).to.deep.equal(['their-sign', mine]);
    boxes()[1]!.click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(CHECKLIST_KEY)!), 'unticking removes only ours').to.deep.equal([
      'their-sign',
    ]);
  });

  it("coping steps: progress and notes saved by another pack with the same meta.id survive this one's saves", async () => {
    const theirs = {
      track: 'their-track',
      current: { 'their-track': 'their-step' },
      done: ['their-step'],
      notes: { 'their-step': 'their words' },
    };
    localStorage.setItem(STEPS_KEY, JSON.stringify(theirs));
    const el = await render<TrustCopingSteps>(html`<trust-coping-steps persist></trust-coping-steps>`);
    expect(textOf($(el, '[part~="progress"]'))).to.match(/^0 /);
    $(el, '[part~="done-toggle"]').click();
    await el.updateComplete;
    const first = builtIn.coping!.tracks[0]!;
    const stored = JSON.parse(localStorage.getItem(STEPS_KEY)!);
    expect(stored.done).to.deep.equal(['their-step', first.steps[0]!.id]);
    expect(stored.notes).to.deep.equal({ 'their-step': 'their words' });
    expect(stored.current['their-track']).to.equal('their-step');
  });
});
