/** The quiz's pure logic: scoring the reader's answers and where they are in the quiz. No DOM, no storage. */

import type {
  Band,
  Cause,
  ContentPack,
  HotlineTopic,
  Question,
  Quiz,
  SafetyRule,
  Sign,
  Step,
} from '../../schema/pack.js';

/** Raw answers by question id: the scale value the reader chose, before reverse scoring. */
export type Answers = Record<string, number>;

/** The lowest and highest values of the quiz's answer scale. */
export function scaleBounds(quiz: Quiz): { low: number; high: number } {
  const values = quiz.scale.map((point) => point.value);
  return { low: Math.min(...values), high: Math.max(...values) };
}

/** The scored value of one answer: reverse items score as (lowest + highest − value). */
export function scoredValue(quiz: Quiz, question: Question, raw: number): number {
  if (!question.reverse) return raw;
  const { low, high } = scaleBounds(quiz);
  return low + high - raw;
}

/** The questions that count toward the score (every question but those with `"scored": false`). */
export function scoredQuestions(quiz: Quiz): Question[] {
  return quiz.questions.filter((question) => question.scored !== false);
}

/** The lowest and highest total a quiz can give: unscored questions add nothing. */
export function scoreRange(quiz: Quiz): { min: number; max: number } {
  const { low, high } = scaleBounds(quiz);
  const count = scoredQuestions(quiz).length;
  return { min: count * low, max: count * high };
}

/** The sum of every answered scored question's value; unanswered and unscored questions add nothing. */
export function totalScore(quiz: Quiz, answers: Answers): number {
  return scoredQuestions(quiz).reduce((sum, question) => {
    const raw = answers[question.id];
    return raw === undefined ? sum : sum + scoredValue(quiz, question, raw);
  }, 0);
}

/** The band whose `min..max` holds the score (bands cover the whole range; the schema checks it). */
export function bandFor(quiz: Quiz, score: number): Band {
  return (
    quiz.bands.find((band) => score >= band.min && score <= band.max) ??
    (score < quiz.bands[0]!.min ? quiz.bands[0]! : quiz.bands[quiz.bands.length - 1]!)
  );
}

/** Ids of the signs whose question was answered with a scored value at or above `standoutAt`, in quiz order. */
export function standoutSignIds(quiz: Quiz, answers: Answers): string[] {
  const ids: string[] = [];
  for (const question of scoredQuestions(quiz)) {
    const raw = answers[question.id];
    if (question.sign === undefined || raw === undefined) continue;
    if (scoredValue(quiz, question, raw) >= quiz.standoutAt && !ids.includes(question.sign)) ids.push(question.sign);
  }
  return ids;
}

/** The safety rules whose question has a raw answer at or above the rule's `atLeast`. */
export function matchingSafetyRules(quiz: Quiz, answers: Answers): SafetyRule[] {
  return quiz.safety.filter((rule) => {
    const raw = answers[rule.question];
    return raw !== undefined && raw >= rule.atLeast;
  });
}

/** Every hotline topic named by the given rules, each once, in order. */
export function safetyTopics(rules: readonly SafetyRule[]): HotlineTopic[] {
  return [...new Set(rules.flatMap((rule) => rule.topics))];
}

export interface QuizResult {
  score: number;
  min: number;
  max: number;
  band: Band;
  standout: Sign[];
  steps: Step[];
  causes: Cause[];
  safety: SafetyRule[];
}

/** Everything the result screen shows, looked up from the pack. */
export function quizResult(pack: ContentPack, quiz: Quiz, answers: Answers): QuizResult {
  const score = totalScore(quiz, answers);
  const band = bandFor(quiz, score);
  const signs = new Map((pack.signs?.groups ?? []).flatMap((group) => group.signs).map((sign) => [sign.id, sign]));
  const steps = new Map((pack.coping?.tracks ?? []).flatMap((track) => track.steps).map((step) => [step.id, step]));
  const causes = new Map((pack.causes?.items ?? []).map((cause) => [cause.id, cause]));
  const pick = <T>(map: Map<string, T>, ids: readonly string[]) =>
    ids.map((id) => map.get(id)).filter((item): item is T => item !== undefined);
  return {
    score,
    ...scoreRange(quiz),
    band,
    standout: pick(signs, standoutSignIds(quiz, answers)),
    steps: pick(steps, band.steps),
    causes: pick(causes, band.causes),
    safety: matchingSafetyRules(quiz, answers),
  };
}

/** Which screen of the quiz is shown. `resume` is the intro with an offer to pick up saved answers. */
export type QuizScreen = 'intro' | 'resume' | 'question' | 'review' | 'result';

/**
 * Where a reader is in a quiz. Kept in memory, and in localStorage only when the publisher sets
 * `persist`. Answers never leave the element except in `trust-quiz-*` events.
 */
export interface QuizProgress {
  screen: Exclude<QuizScreen, 'resume'>;
  /** Index of the question shown (0-based). */
  index: number;
  answers: Answers;
  /** A question opened from the review of every answer: Next and Back go back to the review. */
  reviewing?: boolean;
}

export const initialProgress = (): QuizProgress => ({ screen: 'intro', index: 0, answers: {} });

/**
 * Progress as stored, marked with the quiz it belongs to (its question ids and scale): a record
 * another quiz wrote under the same key (two packs sharing a `meta.id`) is never resumed.
 */
export const storedProgress = (quiz: Quiz, progress: QuizProgress) => ({ ...progress, of: quizMark(quiz) });
const quizMark = (quiz: Quiz) =>
  `${quiz.questions.map((question) => question.id)}|${quiz.scale.map((point) => point.value)}`;

/** True when there is anything worth offering to resume. */
export const hasProgress = (progress: QuizProgress): boolean =>
  progress.screen !== 'intro' || Object.keys(progress.answers).length > 0;

/**
 * Where "Pick up where I left off" lands with answers already given: the first unanswered question,
 * or the last one when every question is answered (one step from the result), answers kept.
 */
export function resumeAt(quiz: Quiz, answers: Answers): QuizProgress {
  const first = quiz.questions.findIndex((question) => answers[question.id] === undefined);
  return { screen: 'question', index: first < 0 ? quiz.questions.length - 1 : first, answers };
}

/**
 * Reads saved progress defensively: storage may hold anything (an older quiz, another version,
 * hand-edited values). Unknown questions and values off the scale are dropped; a result screen
 * with unanswered questions, or a question after one not answered, falls back to the first unanswered question.
 */
export function restoreProgress(quiz: Quiz, saved: unknown): QuizProgress | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const raw = saved as Partial<Record<keyof QuizProgress | 'of', unknown>>;
  if (raw.of !== undefined && raw.of !== quizMark(quiz)) return undefined;
  const values = new Set(quiz.scale.map((point) => point.value));
  const answers: Answers = {};
  if (typeof raw.answers === 'object' && raw.answers !== null) {
    for (const question of quiz.questions) {
      const value = (raw.answers as Record<string, unknown>)[question.id];
      if (typeof value === 'number' && values.has(value)) answers[question.id] = value;
    }
  }
  const index = typeof raw.index === 'number' && Number.isInteger(raw.index) ? Math.max(raw.index, 0) : 0;
  let screen: QuizProgress['screen'] =
    raw.screen === 'question' || raw.screen === 'result' || raw.screen === 'review' ? raw.screen : 'intro';
  // Never past a question the reader has not answered (the quiz may have changed since): every
  // answer the result counts is one they gave. `resume` is the first unanswered question, else the last.
  const resume = resumeAt(quiz, answers);
  if (screen !== 'question' && screen !== 'intro' && answers[quiz.questions[resume.index]!.id] === undefined)
    return resume;
  if (screen === 'intro' && Object.keys(answers).length > 0) screen = 'question';
  const progress = { screen, index: Math.min(index, resume.index), answers };
  return hasProgress(progress) ? progress : undefined;
}
