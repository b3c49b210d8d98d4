import type { z } from 'zod';
import { ContentPack } from './integrity.js';

/** One thing wrong with a content pack, in words a content editor can act on. */
export interface ContentProblem {
  /** Where, e.g. `quizzes[0].bands[2].min`; empty for the pack as a whole. */
  path: string;
  message: string;
}

export type ParseResult =
  { ok: true; pack: ContentPack; problems: [] } | { ok: false; pack?: undefined; problems: ContentProblem[] };

/** Deepest nesting a pack may have (the built-in pack uses 7). */
export const MAX_DEPTH = 16;
/** Most values (objects, arrays, strings, numbers…) a pack may hold. */
export const MAX_VALUES = 50_000;
/** Most problems reported at once; the rest are summarised. */
export const MAX_PROBLEMS = 50;
/** Longest message of one problem (zod lists every unknown key in one); the rest is cut. */
export const MAX_MESSAGE = 300;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return out ? `${out}.${name}` : name;
    return `${out}[${JSON.stringify(name)}]`;
  }, '');
}

/** Plainer wording than zod's defaults for the commonest mistakes; `undefined` keeps zod's. */
function explain(issue: { code?: string; input?: unknown; expected?: unknown }): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'Required, but missing';
    const got = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : `a ${typeof issue.input}`;
    return `Expected ${String(issue.expected)}, but got ${got}`;
  }
  return undefined;
}

/**
 * A value that fits no branch of a union (a count string is a text or plural forms) gets the
 * problems of the branch its type was meant for, with their own paths, not a bare "Invalid input".
 */
function meantBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const wrongType = (branch: z.core.$ZodIssue[]) =>
    branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
  const meant = issue.errors.find((branch) => !wrongType(branch)) ?? issue.errors[0]!;
  return meant.flatMap((inner) => meantBranch({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** Walks the input once to enforce the size and depth limits before the schema sees it. */
function checkLimits(input: unknown): ContentProblem | undefined {
  let values = 0;
  const stack: { value: unknown; depth: number; path: PropertyKey[] }[] = [{ value: input, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    values += 1;
    if (values > MAX_VALUES) {
      return { path: '', message: `The pack is too large: it holds more than ${MAX_VALUES} values` };
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      return { path: formatPath(path), message: `Nested too deeply: at most ${MAX_DEPTH} levels are allowed` };
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries) stack.push({ value: item, depth: depth + 1, path: [...path, key] });
  }
  return undefined;
}

/**
 * Validates a content pack. Never throws: returns the typed pack, or every problem found, each with
 * the path to the offending value (`quizzes[0].bands[2].min`) and a message.
 */
export function parseContentPack(input: unknown): ParseResult {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return { ok: false, problems: [{ path: '', message: 'A content pack must be a JSON object' }] };
    }
    const limit = checkLimits(input);
    if (limit) return { ok: false, problems: [limit] };
    const result = ContentPack.safeParse(input, { error: explain });
    if (result.success) return { ok: true, pack: result.data, problems: [] };
    const problems = result.error.issues.flatMap(meantBranch).map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message.length > MAX_MESSAGE ? `${issue.message.slice(0, MAX_MESSAGE)}…` : issue.message,
    }));
    if (problems.length > MAX_PROBLEMS) {
      const rest = problems.length - MAX_PROBLEMS;
      return {
        ok: false,
        problems: [...problems.slice(0, MAX_PROBLEMS), { path: '', message: `…and ${rest} more problems` }],
      };
    }
    return { ok: false, problems };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `The pack could not be read: ${String(error)}` }] };
  }
}
