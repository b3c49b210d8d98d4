import { z } from 'zod';
import { HotlineTopic, Id, Range, RichText, Text } from './primitives.js';

/** The quiz section of a content pack: its scale, questions, result bands and safety rules. */

export const ScalePoint = z
  .strictObject({
    value: z.int().min(0, 'Must be 0 or more').max(10, 'Must be 10 or less'),
    label: Text,
  })
  .describe('One answer on the quiz scale, e.g. { "value": 0, "label": "Never" }.');

export const Question = z
  .strictObject({
    id: Id,
    text: Text,
    /** Score as (highest + lowest − value), for questions where agreeing is the healthier answer. */
    reverse: z.boolean().optional(),
    /** The sign this question reflects; it "stands out" when answered at or above `standoutAt`. */
    sign: Id.optional(),
    /**
     * `false`: the answer never counts toward the score, the bands or the signs that stand out; it
     * only feeds safety rules. Safety questions should be unscored: fear is not a trust "point".
     */
    scored: z.boolean().optional(),
  })
  .describe('One quiz question, a first-person statement answered on the scale.');

export const Band = z
  .strictObject({
    id: Id,
    ...Range,
    title: Text,
    body: RichText,
    steps: z.array(Id),
    causes: z.array(Id),
    /** Show the hotline banner with the result. */
    hotlines: z.boolean(),
  })
  .describe(
    'A result band: the score range min..max (inclusive) and what the result screen says. Bands must cover the whole score range in order, with no gap or overlap.',
  );

export const SafetyRule = z
  .strictObject({
    question: Id,
    /** The raw answer value (before reverse scoring) at or above which the rule matches. */
    atLeast: z.int().min(0),
    topics: z.array(HotlineTopic).min(1, 'Name at least one hotline topic'),
    message: RichText,
    /**
     * Set to `true` only if the rule's question must also count toward the score. Without it, a
     * rule whose question is scored is refused.
     */
    scoredQuestion: z.boolean().optional(),
  })
  .describe(
    'When `question` is answered at or above `atLeast`, hotlines of `topics` are shown at once and the result leads with help. Use an unscored question (`"scored": false`).',
  );

export const Quiz = z
  .strictObject({
    id: Id,
    title: Text,
    intro: RichText,
    disclaimer: RichText,
    scale: z.array(ScalePoint).min(2, 'A scale needs at least two points').max(7, 'Use at most seven points'),
    questions: z.array(Question).min(1, 'A quiz needs at least one question').max(50, 'Use at most 50 questions'),
    /** Scored answer (after reverse scoring) at or above which a linked sign stands out. */
    standoutAt: z.int().min(0),
    showScore: z.boolean(),
    bands: z.array(Band).min(1, 'A quiz needs at least one result band'),
    safety: z.array(SafetyRule),
  })
  .describe('A self-check quiz for <trust-quiz>: a reflection aid, never a diagnosis. The disclaimer must say so.');

export type Quiz = z.infer<typeof Quiz>;
export type Question = z.infer<typeof Question>;
export type Band = z.infer<typeof Band>;
export type SafetyRule = z.infer<typeof SafetyRule>;
