/**
 * The schema's own rules that a pattern cannot say, as plain functions with no zod in them: the zod
 * schema refines with them, and the small validator (validate.ts) runs the same functions, named in
 * the compiled schema (compiled.ts).
 */

/** A BCP 47 language tag, e.g. "en" or "es-US". */
export function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A day the calendar has (the format is checked by a pattern first). */
export const isCalendarDate = (value: string): boolean => !Number.isNaN(Date.parse(value));

/** A source shows its title, or says in a description that it has none. */
export const hasTitleOrDescription = (source: { title?: unknown; description?: unknown }): boolean =>
  source.title !== undefined || source.description !== undefined;
