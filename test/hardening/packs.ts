/** Pack surgery for the hardening suites: walking, mutating and filling the built-in pack. */
import fc from 'fast-check';
import { formatPath, parseContentPack } from '../../src/schema/parse.js';
import type { ContentPack } from '../../src/schema/index.js';
import { builtIn, clonePack } from './elements.js';

export type Path = (string | number)[];

/** Fixed seed: every run generates the same inputs, so a failure can be replayed. */
export const SEED = 20261123;

/** Every path in `value` (objects and arrays included), depth first. */
export function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      allPaths(item, [...path, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

export function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

export function deleteAt(root: unknown, path: Path): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

/**
 * Paths of the pack's free-text strings: every string whose value the schema does not restrict to
 * a format (ids, URLs, numbers to dial, codes, dates). Found by substituting text everywhere and
 * putting back each string the schema then rejects, so it follows the schema as it grows.
 */
export const textPaths: Path[] = (() => {
  const strings = allPaths(builtIn).filter((path) => typeof getAt(builtIn, path) === 'string');
  const candidates = new Map(strings.map((path) => [formatPath(path), path]));
  for (let round = 0; round < 10; round += 1) {
    const copy = clonePack();
    for (const path of candidates.values()) setAt(copy, path, `plain text ${round}`);
    const result = parseContentPack(copy);
    if (result.ok) return [...candidates.values()];
    for (const problem of result.problems) {
      const exact = candidates.has(problem.path) && problem.path;
      // A rule about a whole list or object (integrity rules): put back every string under it.
      const prefix = exact || [...candidates.keys()].filter((key) => problem.path && key.startsWith(problem.path));
      for (const key of typeof prefix === 'string' ? [prefix] : prefix) candidates.delete(key);
      if (!problem.path) candidates.delete('$schema');
    }
  }
  throw new Error('Could not find which pack strings are free text');
})();

/** Paths of the pack's URL fields (https only): sources' urls and hotlines' chat links. */
export const urlPaths: Path[] = allPaths(builtIn).filter(
  (path) =>
    path[0] !== 'ui' && (path.at(-1) === 'url' || path.at(-1) === 'chat') && typeof getAt(builtIn, path) === 'string',
);

/** The built-in pack with `text(index)` in every free-text field; each field gets its own text. */
export function fillText(text: (index: number, path: Path) => string): ContentPack {
  const copy = clonePack();
  textPaths.forEach((path, index) => setAt(copy, path, text(index, path)));
  return copy;
}

/** A text the schema accepts as `Text`/`RichText`: non-blank, at most 2000 characters. */
export const textArbitrary = fc.string({ minLength: 1, maxLength: 60, unit: 'binary' }).filter((s) => /\S/.test(s));

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'empty'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'wrap'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ op: fc.constant('empty' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }),
);

const builtInPaths = allPaths(builtIn).filter((path) => path.length > 0);

function apply(pack: ContentPack, change: Mutation): void {
  // Paths of the unchanged pack; after an earlier change one may lead nowhere, and is skipped.
  const path = builtInPaths[change.at % builtInPaths.length]!;
  let value: unknown;
  try {
    const parent = getAt(pack, path.slice(0, -1));
    if (parent === null || typeof parent !== 'object') return;
    value = getAt(pack, path);
  } catch {
    return;
  }
  switch (change.op) {
    case 'delete':
      return deleteAt(pack, path);
    case 'replace':
      return setAt(pack, path, change.value);
    case 'empty':
      return setAt(pack, path, Array.isArray(value) ? [] : typeof value === 'string' ? '' : {});
    case 'duplicate': {
      const parent = getAt(pack, path.slice(0, -1));
      if (Array.isArray(parent)) parent.push(structuredClone(value));
      return;
    }
    case 'wrap':
      return setAt(pack, path, [value]);
  }
}

/** The built-in pack with one to four random changes (deleted, replaced, emptied, duplicated…). */
export const mutatedPack: fc.Arbitrary<unknown> = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((changes) => {
  const copy = clonePack();
  for (const change of changes) apply(copy, change);
  return copy;
});

/** A schema-valid pack: the built-in one with generated strings in some free-text fields. */
export const validPack: fc.Arbitrary<{ pack: ContentPack; texts: string[] }> = fc
  .array(fc.tuple(fc.nat(), textArbitrary), { minLength: 1, maxLength: 8 })
  .map((pairs) => {
    const copy = clonePack();
    const texts = new Map<number, string>();
    for (const [at, text] of pairs) texts.set(at % textPaths.length, text);
    for (const [at, text] of texts) setAt(copy, textPaths[at]!, text);
    return { pack: copy, texts: [...texts.values()] };
  });
