import type { Quiz } from '../../schema/pack.js';
import type { Answers } from './scoring.js';

/** Which screen of the quiz is shown. `resume` is the intro with an offer to pick up saved answers. */
export type QuizScreen = 'intro' | 'resume' | 'question' | 'result';

/**
 * Where a reader is in a quiz. Kept in memory, and in localStorage only when the publisher sets
 * `persist`. Answers never leave the element except in `trust-quiz-*` events.
 */
export interface QuizProgress {
  screen: Exclude<QuizScreen, 'resume'>;
  /** Index of the question shown (0-based). */
  index: number;
  answers: Answers;
}

export const initialProgress = (): QuizProgress => ({ screen: 'intro', index: 0, answers: {} });

/** True when there is anything worth offering to resume. */
export const hasProgress = (progress: QuizProgress): boolean =>
  progress.screen !== 'intro' || Object.keys(progress.answers).length > 0;

/**
 * Reads saved progress defensively: storage may hold anything (an older quiz, another version,
 * hand-edited values). Unknown questions and values off the scale are dropped; a result screen
 * with unanswered questions, or a question after one not answered, falls back to the first unanswered question.
 */
export function restoreProgress(quiz: Quiz, saved: unknown): QuizProgress | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const raw = saved as Partial<Record<keyof QuizProgress, unknown>>;
  const values = new Set(quiz.scale.map((point) => point.value));
  const answers: Answers = {};
  if (typeof raw.answers === 'object' && raw.answers !== null) {
    for (const question of quiz.questions) {
      const value = (raw.answers as Record<string, unknown>)[question.id];
      if (typeof value === 'number' && values.has(value)) answers[question.id] = value;
    }
  }
  const last = quiz.questions.length - 1;
  const index =
    typeof raw.index === 'number' && Number.isInteger(raw.index) ? Math.min(Math.max(raw.index, 0), last) : 0;
  let screen: QuizProgress['screen'] = raw.screen === 'question' || raw.screen === 'result' ? raw.screen : 'intro';
  const firstUnanswered = quiz.questions.findIndex((question) => answers[question.id] === undefined);
  if (screen === 'result' && firstUnanswered >= 0) return { screen: 'question', index: firstUnanswered, answers };
  if (screen === 'intro' && Object.keys(answers).length > 0) screen = 'question';
  // Never past a question the reader has not answered (the quiz may have changed since): every
  // answer the result counts is one they gave.
  const at = firstUnanswered >= 0 ? Math.min(index, firstUnanswered) : index;
  const progress = { screen, index: at, answers };
  return hasProgress(progress) ? progress : undefined;
}
