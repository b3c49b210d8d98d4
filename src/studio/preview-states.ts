import type { ContentPack, Quiz } from '../schema/pack.js';
import type { TrustQuiz } from '../components/quiz/quiz.js';
import { matchingSafetyRules, scoredQuestions, scoredValue, type Answers } from '../components/quiz/quiz.state.js';

/**
 * The states a reader meets in each element, named from the pack itself (its quiz questions, safety
 * rules and bands, its causes, its coping steps, its regions), for the preview's state choosers.
 */
export interface PreviewState {
  value: string;
  label: string;
}

/** A loosely read pack: the preview also runs on packs the validator refuses (the elements then show their error panel). */
type Loose = Partial<ContentPack> | undefined;

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

export function quizStates(pack: Loose): PreviewState[] {
  const quiz = list(pack?.quizzes)[0];
  if (!quiz) return [{ value: 'intro', label: 'Intro' }];
  return [
    { value: 'intro', label: 'Intro' },
    ...list(quiz.questions).map((question, i) => ({
      value: `question:${i}`,
      label: `Question ${i + 1}: ${question.id}`,
    })),
    ...list(quiz.safety).map((rule, i) => ({ value: `safety:${i}`, label: `Safety alert: ${rule.question}` })),
    ...list(quiz.bands).map((band) => ({
      value: `band:${band.id}`,
      label: `Result: ${band.id} (${band.min}–${band.max})`,
    })),
  ];
}

export const causeStates = (pack: Loose): PreviewState[] =>
  list(pack?.causes?.items).map((cause) => ({ value: cause.id, label: cause.title ?? cause.id }));

export const stepStates = (pack: Loose): PreviewState[] =>
  list(pack?.coping?.tracks).flatMap((track) =>
    list(track.steps).map((step, i) => ({
      value: `${track.id}/${step.id}`,
      label: `${track.title ?? track.id} › ${i + 1}. ${step.title ?? step.id}`,
    })),
  );

export const regionStates = (pack: Loose): PreviewState[] =>
  Object.entries(pack?.hotlines?.regions ?? {}).map(([code, region]) => ({
    value: code,
    label: `${code}: ${region?.name ?? ''}`,
  }));

/** The raw answer to an unscored question that sets off no safety rule (with the answers so far). */
function calmAnswer(quiz: Quiz, answers: Answers, questionId: string): number {
  const values = quiz.scale.map((option) => option.value).sort((a, b) => a - b);
  return (
    values.find((value) => matchingSafetyRules(quiz, { ...answers, [questionId]: value }).length === 0) ?? values[0]!
  );
}

/**
 * Raw answers to every question whose total score is as close to `target` as the scale allows
 * (from the lowest, adding to each scored question in turn), none setting off a safety rule.
 */
export function answersForScore(quiz: Quiz, target: number): Answers {
  const scored = new Set(scoredQuestions(quiz).map((question) => question.id));
  const values = quiz.scale.map((option) => option.value);
  const answers: Answers = {};
  let left = target;
  for (const question of quiz.questions) {
    if (!scored.has(question.id)) continue;
    const options = values.map((raw) => ({ raw, score: scoredValue(quiz, question, raw) }));
    const lowest = Math.min(...options.map((option) => option.score));
    left -= lowest;
  }
  for (const question of quiz.questions) {
    if (!scored.has(question.id)) continue;
    const options = values
      .map((raw) => ({ raw, score: scoredValue(quiz, question, raw) }))
      .sort((a, b) => a.score - b.score);
    const lowest = options[0]!.score;
    const pick = [...options].reverse().find((option) => option.score - lowest <= left) ?? options[0]!;
    left -= pick.score - lowest;
    answers[question.id] = pick.raw;
  }
  for (const question of quiz.questions) {
    if (!scored.has(question.id)) answers[question.id] = calmAnswer(quiz, answers, question.id);
  }
  return answers;
}

/** Clicks `selector` in the quiz's shadow root and waits for the quiz to render; false when it is not there. */
async function press(el: TrustQuiz, selector: string): Promise<boolean> {
  const node = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!node) return false;
  node.click();
  await el.updateComplete;
  return true;
}

/**
 * Takes a fresh quiz to `state` as a reader would, by clicking: Start, then an answer and Next for
 * each question (as stories/quiz.stories.ts does). `question:<i>` stops at that question, unanswered;
 * `safety:<i>` stops after choosing the answer that rule <i> responds to; `band:<id>` answers every
 * question for a score at the band's lower bound and finishes.
 */
export async function driveQuiz(el: TrustQuiz, pack: Loose, state: string): Promise<void> {
  await el.contentReady;
  await el.updateComplete;
  const quiz = list(pack?.quizzes)[0];
  if (!quiz || state === 'intro') return;
  const [kind, arg = ''] = state.split(':');
  let stopAt = quiz.questions.length;
  let answers: Answers = answersForScore(quiz, 0);
  let finish = false;
  if (kind === 'question') stopAt = Number(arg);
  if (kind === 'band') {
    const band = quiz.bands.find((candidate) => candidate.id === arg);
    answers = answersForScore(quiz, band?.min ?? 0);
    finish = true;
  }
  let alarm: { index: number; value: number } | undefined;
  if (kind === 'safety') {
    const rule = quiz.safety[Number(arg)];
    const index = quiz.questions.findIndex((question) => question.id === rule?.question);
    const value = quiz.scale.map((option) => option.value).find((candidate) => candidate >= (rule?.atLeast ?? 0));
    if (index >= 0 && value !== undefined) {
      alarm = { index, value };
      stopAt = index;
    }
  }
  if (!(await press(el, 'button.start'))) return;
  for (let i = 0; i < Math.min(stopAt, quiz.questions.length); i += 1) {
    const question = quiz.questions[i]!;
    if (!(await press(el, `input[type="radio"][value="${answers[question.id]}"]`))) return;
    if (i < quiz.questions.length - 1 || finish) await press(el, 'button.next');
  }
  if (alarm) await press(el, `input[type="radio"][value="${alarm.value}"]`);
}
