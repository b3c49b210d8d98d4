import { z } from 'zod';
import { isCalendarDate, isLocale } from './rules.js';

// No code generation: zod's JIT probes `new Function`, which a strict Content-Security-Policy
// (no 'unsafe-eval', Trusted Types) reports as a violation. This runs before any object schema is
// built (every schema module imports this one), which is when zod decides.
z.config({ jitless: true });

/** Lowercase id: letters, digits and hyphens, starting with a letter or digit. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use 1–64 lowercase letters, digits or hyphens, e.g. "fear-of-rejection"');

/**
 * At least one visible character: not only spaces, nor only invisible characters (zero-width
 * spaces and joiners, word joiners, the Hangul fillers), which would leave a button or an answer
 * with no accessible name.
 */
const VISIBLE = /[^\s\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/;
const EMPTY = 'Must not be empty (invisible characters do not count)';

/** A non-empty line of plain text (no inline syntax). */
export const Text = z.string().max(2000, 'Keep this under 2000 characters').regex(VISIBLE, EMPTY);

/**
 * A string that counts something: one text for every count, or one per plural category of the
 * pack's language (`Intl.PluralRules` of `meta.locale`), `other` always and `zero`, `one`, `two`,
 * `few`, `many` as the language has them, e.g. `{ "one": "{count} cause shown", "other": "{count}
 * causes shown" }`. A category the pack leaves out uses `other`.
 */
export const Plural = z.union([
  Text,
  z.strictObject({
    zero: Text.optional(),
    one: Text.optional(),
    two: Text.optional(),
    few: Text.optional(),
    many: Text.optional(),
    other: Text,
  }),
]);
export type Plural = z.infer<typeof Plural>;

/**
 * Rich text: plain text with at most `*emphasis*` and `[label](url)` links.
 * Never HTML: angle brackets are shown as typed. Links allow only https:, tel:, sms: and mailto:;
 * any other link renders as plain text.
 */
export const RichText = z.string().max(4000, 'Keep this under 4000 characters').regex(VISIBLE, EMPTY);

export const SourceIds = z.array(Id).min(1, 'Name at least one source id');

export const HttpsUrl = z
  .string()
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be rejected
  .regex(/^https:\/\/[^\s\u0000-\u001f\u007f]+$/, 'Must be an https:// URL with no spaces');

/** Digits with an optional leading +, as dialled: "988", "+18007997233". */
export const Dialable = z
  .string()
  .regex(/^\+?[0-9]{2,15}$/, 'Use only digits with an optional leading +, e.g. "+18007997233"');

export const Region = z.string().regex(/^[A-Z]{2}$/, 'Use an ISO 3166-1 alpha-2 code in capitals, e.g. "GB"');

export const Locale = z.string().refine(isLocale, 'Must be a BCP 47 language tag, e.g. "en" or "es-US"');

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the date format YYYY-MM-DD')
  .refine(isCalendarDate, 'Must be a real calendar date');

export const HotlineTopic = z.enum(['crisis', 'suicide', 'domestic-violence', 'sexual-violence']);

export const RelationshipTag = z.enum(['romantic', 'family', 'friends', 'work']);

/** A closed score range `min..max` (both inclusive) used by bands and feedback messages. */
export const Range = {
  min: z.int().min(0, 'Must be 0 or more'),
  max: z.int().min(0, 'Must be 0 or more'),
};
