import type { Plural } from '../schema/primitives.js';

/**
 * The interface strings' one piece of logic: `{name}` placeholders (`Question {n} of {total}`),
 * filled at run time. Rich text (`*emphasis*`, links) is ./rich-text.ts.
 */

/** Fills `{name}` placeholders; unknown placeholders are left as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}

/** Fills a count string (a `Plural` of the schema): the form `count` takes in `locale`, then its placeholders. */
export function formatCount(
  text: Plural,
  locale: string,
  count: number,
  values: Record<string, string | number>,
): string {
  const form = typeof text === 'string' ? text : (text[new Intl.PluralRules(locale).select(count)] ?? text.other);
  return format(form, values);
}
