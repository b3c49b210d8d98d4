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
