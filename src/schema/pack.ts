import { z } from 'zod';
import {
  HotlineTopic,
  HttpsUrl,
  Id,
  IsoDate,
  Locale,
  Range,
  RelationshipTag,
  RichText,
  SourceIds,
  Text,
} from './primitives.js';
import { UiStrings } from './ui.js';
import { hasTitleOrDescription } from './rules.js';
import { checkIntegrity } from './integrity.js';
import { Quiz } from './quiz.js';
import { Hotlines } from './hotlines.js';

export * from './quiz.js';
export * from './hotlines.js';

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
    /** The language of the title (BCP 47), when it is not the pack's, e.g. "en" for an English article in a Spanish pack. */
    lang: Locale.optional(),
  })
  .refine(hasTitleOrDescription, {
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

/** The content pack's shape: one JSON document with everything the widgets show, for one topic and one locale. */
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

/**
 * The content pack: its shape and the cross-field rules of integrity.ts (unique ids, references
 * that resolve, covered ranges), which zod runs once the shape is right. For zod users:
 * `parseContentPack` validates the same with the small validator, and reports the cross-field
 * problems with the shape's in one pass; test/node/validator.test.mjs holds the two to the same
 * answers (the shape's problems, and the cross-field ones of a pack of the right shape).
 */
export const ContentPack = ContentPackObject.superRefine((pack, ctx) =>
  checkIntegrity(pack, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
);
export type ContentPack = z.infer<typeof ContentPackObject>;
export type Source = z.infer<typeof Source>;
export type Sign = z.infer<typeof Sign>;
export type SignGroup = z.infer<typeof SignGroup>;
export type Cause = z.infer<typeof Cause>;
export type Step = z.infer<typeof Step>;
export type Track = z.infer<typeof Track>;
export type HotlineTopic = z.infer<typeof HotlineTopic>;
export type RelationshipTag = z.infer<typeof RelationshipTag>;
export type UiStrings = z.infer<typeof UiStrings>;
