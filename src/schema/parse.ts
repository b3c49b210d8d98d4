import type { ContentPack } from './pack.js';
import { checkIntegrity } from './integrity.js';
import { PACK } from './compiled.js';
import { finalize, run, type Issue } from './validate.js';

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

/**
 * A value that fits no branch of a union (a count string is a text or plural forms) gets the
 * problems of the branch its type was meant for, with their own paths, not a bare "Invalid input".
 */
export function meantBranch(issue: Issue): Issue[] {
  const errors = issue.errors as Issue[][] | undefined;
  if (issue.code !== 'invalid_union' || !errors?.length) return [issue];
  const wrongType = (branch: Issue[]) =>
    branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
  const meant = errors.find((branch) => !wrongType(branch)) ?? errors[0]!;
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
 * the path to the offending value (`quizzes[0].bands[2].min`) and a message: the shape's problems,
 * then, in the same pass, the cross-field ones (integrity.ts) wherever the shape lets them be checked.
 */
export function parseContentPack(input: unknown): ParseResult {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return { ok: false, problems: [{ path: '', message: 'A content pack must be a JSON object' }] };
    }
    const limit = checkLimits(input);
    if (limit) return { ok: false, problems: [limit] };
    const { value, issues } = run(PACK, input);
    // The cross-field rules in the same pass, wherever the shape lets them read (the zod schema's
    // refinement runs them only once the whole shape is right): after the shape problems.
    checkIntegrity(
      value as ContentPack,
      (path, message) => issues.push({ code: 'custom', path, message, continue: true }),
      [...issues],
    );
    if (issues.length === 0) return { ok: true, pack: value as ContentPack, problems: [] };
    const problems = issues
      .map(finalize)
      .flatMap(meantBranch)
      .map((issue) => {
        const message = issue.message!;
        return {
          path: formatPath(issue.path),
          message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message,
        };
      });
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
