/**
 * Reading a pack that may not have the right shape: every accessor returns `undefined` for a value
 * of the wrong type, so a rule reads only what is there and never throws. No zod, no node: imports.
 */

export type Path = (string | number)[];
export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
export const obj = (value: unknown): Obj | undefined => (isObj(value) ? value : undefined);
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Keys whose strings (or lists of strings) are codes, ids, numbers or addresses, never words a
 * reader reads. Only strings: `steps` and `causes` also name lists of objects full of words.
 */
const NOT_WORDS = new Set([
  '$schema',
  'id',
  'locale',
  'direction',
  'version',
  'updated',
  'date',
  'lang',
  'url',
  'chat',
  'dial',
  'sources',
  'topics',
  'topic',
  'relationships',
  'languages',
  'relatedSteps',
  'steps',
  'causes',
  'question',
  'sign',
  'defaultRegion',
]);

export interface TextAt {
  path: Path;
  value: string;
}

/**
 * Every string of the pack a reader can read, with its path. Left out: ids, codes and references
 * (NOT_WORDS), and a source's `title` and `publisher`, which quote the source exactly as it shows
 * them (see Source in src/schema/pack.ts), so they are not the pack's own wording.
 */
export function texts(pack: unknown): TextAt[] {
  const out: TextAt[] = [];
  const visit = (value: unknown, path: Path, key: string | undefined) => {
    if (typeof value === 'string') {
      if (key === undefined || !NOT_WORDS.has(key)) out.push({ path, value });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index], key));
    else if (isObj(value)) {
      const source = path.length === 3 && path[0] === 'meta' && path[1] === 'sources';
      for (const [name, item] of Object.entries(value)) {
        if (source && (name === 'title' || name === 'publisher')) continue;
        visit(item, [...path, name], name);
      }
    }
  };
  visit(pack, [], undefined);
  return out;
}

/** Curly apostrophes as straight ones, so one pattern matches "you’re" and "you're". */
export const normalize = (text: string): string => text.replace(/[\u2018\u2019\u02bc]/g, "'");

/**
 * A case-insensitive pattern that matches whole words only, in any script: `\b` knows only ASCII
 * letters, so it would cut "cometió" before the "ó".
 */
export const words = (source: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');

/** The text of the sentence before `index` (from the last `.`, `!`, `?`, `;` or `:`). */
export function sentenceBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(...['.', '!', '?', ';', ':', '¿', '¡'].map((mark) => before.lastIndexOf(mark)));
  return before.slice(start + 1);
}
