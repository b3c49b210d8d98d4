import { z } from 'zod';
import {
  Dialable,
  HotlineTopic,
  HttpsUrl,
  Id,
  IsoDate,
  Locale,
  Range,
  Region,
  RelationshipTag,
  RichText,
  SourceIds,
  Text,
} from './primitives.js';
import { UiStrings } from './ui.js';
import { checkIntegrity } from './integrity.js';

export const Source = z
  .strictObject({
    id: Id,
    /** The article's title exactly as the source shows it. Leave out when the source shows none; never invent one. */
    title: Text.optional(),
    /** Shown instead of a title when the source has none, e.g. "An untitled guide to trust issues". */
    description: Text.optional(),
    /** The publisher as the source names it. Leave out when it names none. */
    publisher: Text.optional(),
    url: HttpsUrl.optional(),
  })
  .refine((source) => source.title !== undefined || source.description !== undefined, {
    message: 'Give the title as the source shows it, or a description when it has none',
    path: ['title'],
  })
  .describe(
    'An article the content is based on. Signs, causes and steps cite these by id. Shown as "Based on", never as advice given to this pack.',
  );

export const ClinicalReview = z
  .strictObject({
    /** Who reviewed the pack, with their qualification, e.g. "A. Name, LCSW". */
    reviewer: Text,
    /** The day the review was finished. */
    date: IsoDate,
  })
  .describe(
    "A real clinical review of this pack's words: who did it and when. Leave it out until one has been done; publishers must have their own before publishing.",
  );

export const Meta = z
  .strictObject({
    id: Id,
    title: Text,
    locale: Locale,
    direction: z.enum(['ltr', 'rtl']),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version like "1.0.0"'),
    /** The day the wording last changed. Not a review date: see `clinicalReview`. */
    updated: IsoDate,
    clinicalReview: ClinicalReview.optional(),
    sources: z.array(Source).min(1, 'List at least one source'),
  })
  .describe('About the pack: its id, locale, text direction, version, last update, clinical review and sources.');

export const Sign = z
  .strictObject({
    id: Id,
    text: Text,
    explanation: RichText.optional(),
    sources: SourceIds,
  })
  .describe(
    'One sign of trust issues, ticked by the reader in <trust-signs-checklist>. `text` completes the group title.',
  );

export const SignGroup = z
  .strictObject({
    id: Id,
    /** Shown as the fieldset legend, e.g. "Emotionally, you might…". */
    title: Text,
    signs: z.array(Sign).min(1, 'A group needs at least one sign'),
  })
  .describe('A group of signs, shown as a fieldset whose legend is `title`.');

/** A message for a number of ticked signs within `min..max`. Together they cover 0..all signs. */
export const SignFeedback = z
  .strictObject({
    ...Range,
    message: RichText,
  })
  .describe(
    'What the checklist says when the number of ticked signs is within min..max. Together the messages must cover 0 to the number of signs.',
  );

export const Signs = z
  .strictObject({
    title: Text,
    intro: RichText.optional(),
    groups: z.array(SignGroup).min(1, 'List at least one group of signs'),
    feedback: z.array(SignFeedback).min(1, 'Give at least one feedback message'),
  })
  .describe('The signs checklist: groups of signs and feedback for how many were ticked.');

export const CauseSafety = z
  .strictObject({
    /** Hotline topics to show inline with the cause. */
    topics: z.array(HotlineTopic).min(1, 'Name at least one hotline topic'),
    message: RichText,
  })
  .describe('Shown with a cause that can involve abuse or violence: a message and the hotlines of these topics.');

export const Cause = z
  .strictObject({
    id: Id,
    title: Text,
    summary: Text,
    details: RichText,
    /** How it can show up, one line each. */
    showsUpAs: z.array(Text).min(1, 'Give at least one way it can show up'),
    reflection: Text,
    /** Ids of coping steps (from any track) that can help. */
    relatedSteps: z.array(Id),
    relationships: z.array(RelationshipTag).optional(),
    safety: CauseSafety.optional(),
    sources: SourceIds,
  })
  .describe('Where trust issues can come from, explored in <trust-causes-explorer>.');

export const Causes = z
  .strictObject({
    title: Text,
    intro: RichText.optional(),
    items: z.array(Cause).min(1, 'List at least one cause'),
  })
  .describe('The causes explorer.');

export const Reflection = z
  .strictObject({
    prompt: Text,
    /** Offer a private note field for this prompt. */
    note: z.boolean().optional(),
  })
  .describe('A question for the reader to reflect on, optionally with a private note field.');

export const Step = z
  .strictObject({
    id: Id,
    title: Text,
    body: RichText,
    tips: z.array(Text),
    reflection: Reflection.optional(),
    sources: SourceIds,
  })
  .describe('One coping step in <trust-coping-steps>.');

export const Track = z
  .strictObject({
    id: Id,
    title: Text,
    description: Text.optional(),
    steps: z.array(Step).min(1, 'A track needs at least one step'),
  })
  .describe(
    'A path through the coping steps, e.g. "If you find it hard to trust" or "If you support someone who does".',
  );

export const Coping = z
  .strictObject({
    title: Text,
    intro: RichText.optional(),
    tracks: z.array(Track).min(1, 'List at least one track'),
  })
  .describe('The coping steps, in one or more tracks.');

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

export const Phone = z
  .strictObject({
    /** As shown to the reader, e.g. "1-800-799-7233 (SAFE)". */
    display: Text,
    dial: Dialable,
  })
  .describe('A phone number as shown (`display`) and as dialled (`dial`, digits with an optional leading +).');

export const Sms = z
  .strictObject({
    display: Text,
    dial: Dialable,
    /** Word to send, e.g. "START". Always shown as text, since not every phone honours a prefilled body. */
    keyword: Text.optional(),
  })
  .describe('A number to text, with an optional keyword (always shown as text too).');

export const Hotline = z
  .strictObject({
    id: Id,
    name: Text,
    purpose: Text,
    topics: z.array(HotlineTopic).min(1, 'Name at least one topic'),
    phone: Phone.optional(),
    sms: Sms.optional(),
    tty: Phone.optional(),
    chat: HttpsUrl.optional(),
    hours: Text,
    /** BCP 47 tags of the languages the service answers in. */
    languages: z.array(Locale).min(1, 'Name at least one language, or leave the field out').optional(),
    note: Text.optional(),
  })
  .describe('One support service: how to reach it, when, in which languages.');

export const TopicGap = z
  .strictObject({
    topic: HotlineTopic,
    /** Says plainly that there is no single national line, and where to turn instead. */
    message: Text,
  })
  .describe('Says plainly that a region has no single national line for a topic, and where to turn instead.');

export const RegionHotlines = z
  .strictObject({
    name: Text,
    emergency: Phone,
    lines: z.array(Hotline).min(1, 'List at least one hotline'),
    gaps: z.array(TopicGap).optional(),
  })
  .describe('The hotlines and emergency number of one region.');

export const Elsewhere = z
  .strictObject({
    /** Said to a reader whose region the pack does not cover, before the link. */
    message: Text,
    /** Label of the directory link, e.g. "Find A Helpline". */
    label: Text,
    /** An https: directory of helplines by country, e.g. "https://findahelpline.com". */
    url: HttpsUrl,
  })
  .describe("Where to turn when the reader's region is not in the pack: a message and a directory of helplines.");

export const Hotlines = z
  .strictObject({
    defaultRegion: Region,
    regions: z.record(Region, RegionHotlines),
    elsewhere: Elsewhere,
  })
  .describe(
    "Hotlines by ISO 3166-1 alpha-2 region code, the region whose lines are shown (labelled as that region's) when the reader's is not listed, and where else to turn.",
  );

export const ContentPackObject = z.strictObject({
  $schema: z.string().optional(),
  meta: Meta,
  signs: Signs.optional(),
  causes: Causes.optional(),
  coping: Coping.optional(),
  quizzes: z.array(Quiz).optional(),
  hotlines: Hotlines,
  ui: UiStrings,
});

/** The content pack: one JSON document with everything the widgets show, for one topic and one locale. */
export const ContentPack = ContentPackObject.superRefine(checkIntegrity);

export type ContentPack = z.infer<typeof ContentPackObject>;
export type Source = z.infer<typeof Source>;
export type Elsewhere = z.infer<typeof Elsewhere>;
export type Sign = z.infer<typeof Sign>;
export type SignGroup = z.infer<typeof SignGroup>;
export type Cause = z.infer<typeof Cause>;
export type Step = z.infer<typeof Step>;
export type Track = z.infer<typeof Track>;
export type Quiz = z.infer<typeof Quiz>;
export type Question = z.infer<typeof Question>;
export type Band = z.infer<typeof Band>;
export type SafetyRule = z.infer<typeof SafetyRule>;
export type Hotline = z.infer<typeof Hotline>;
export type RegionHotlines = z.infer<typeof RegionHotlines>;
export type HotlineTopic = z.infer<typeof HotlineTopic>;
export type RelationshipTag = z.infer<typeof RelationshipTag>;
export type UiStrings = z.infer<typeof UiStrings>;
