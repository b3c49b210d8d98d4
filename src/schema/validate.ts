/**
 * The small validator: runs the compiled schema (compiled.ts, written from the zod schema by `npm run
 * schema`) with zod 4's own rules, so a page that validates a pack downloads this instead of zod.
 * It gives the issues zod gives, in zod's order, with zod's codes, paths and details (test/node/
 * validator.test.mjs holds it to zod's answers for every input the fuzz suite generates):
 * - a type that does not match stops the checks of that value (zod: the issue "aborts"), except the
 *   length checks, which run on anything with a length unless an issue explicitly aborted;
 * - check problems (length, pattern, refinement, unknown keys) never abort, so later checks still run;
 * - a list longer than its maximum is reported alone, without looking at its items;
 * - a union value gets the problems of its one branch that did not abort, else `invalid_union`.
 * No zod here, no code generation (`new Function`), nothing a strict Content-Security-Policy refuses.
 */

/** One check of a value, as compiled: its kind, its limit (pattern, function), its own message. */
export type Check =
  | readonly ['int']
  | readonly ['min' | 'max' | 'gte' | 'lte', number, string?]
  | readonly ['re', RegExp, string?]
  | readonly ['fn', (value: never) => boolean, string?, Path?];

type Path = readonly string[];

/** One schema node, as compiled: a string, number, boolean, enum, list, strict object, record, union or optional. */
export type Node =
  | readonly ['s' | 'n' | 'b', readonly Check[]]
  | readonly ['e', readonly string[]]
  | readonly ['a', Node, readonly Check[]]
  | readonly ['o', { readonly [key: string]: Node }, readonly Check[]]
  | readonly ['r', Node, Node]
  | readonly ['u', readonly Node[]]
  | readonly ['?', Node];

/** A problem as zod words it before it has a message (zod's raw issue). */
export interface Issue {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  message?: string;
  /** `true`: later checks of the same value still run; `false`: nothing more runs; else the type failed. */
  continue?: boolean;
  [detail: string]: unknown;
}

interface Result {
  value: unknown;
  issues: Issue[];
}

const aborted = (issues: readonly Issue[], from = 0): boolean =>
  issues.slice(from).some((issue) => issue.continue !== true);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's isPlainObject, which a record asks of its input. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (typeof ctor !== 'function') return true;
  const prototype: unknown = ctor.prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

const lengthOf = (value: unknown): number | undefined =>
  value === null || value === undefined ? undefined : (value as { length?: number }).length;

/** What a length counts: a string's code points (as zod counts them), a list's items. */
const origin = (value: unknown): string =>
  Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

function check([kind, limit, message, path]: Check, value: unknown): Issue | undefined {
  const issue = (code: string, details: object): Issue => ({
    code,
    path: [],
    input: value,
    ...details,
    continue: true,
  });
  switch (kind) {
    case 'int':
      if (!Number.isInteger(value)) {
        return { code: 'invalid_type', path: [], input: value, expected: 'int', format: 'safeint', continue: false };
      }
      if (Number.isSafeInteger(value)) return undefined;
      return (value as number) > 0
        ? issue('too_big', { origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true })
        : issue('too_small', { origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true });
    case 'min':
    case 'max': {
      const units = lengthOf(value)!;
      const length = typeof value === 'string' && units >= limit ? [...value].length : units;
      if (kind === 'min' ? length >= limit : length <= limit) return undefined;
      const bound = kind === 'min' ? { minimum: limit } : { maximum: limit };
      return issue(kind === 'min' ? 'too_small' : 'too_big', {
        origin: origin(value),
        ...bound,
        inclusive: true,
        message,
      });
    }
    case 'gte':
    case 'lte': {
      if (kind === 'gte' ? (value as number) >= limit : (value as number) <= limit) return undefined;
      const bound = kind === 'gte' ? { minimum: limit } : { maximum: limit };
      return issue(kind === 'gte' ? 'too_small' : 'too_big', { origin: 'number', ...bound, inclusive: true, message });
    }
    case 're':
      limit.lastIndex = 0;
      if (limit.test(value as string)) return undefined;
      return issue('invalid_format', { origin: 'string', format: 'regex', pattern: String(limit), message });
    case 'fn':
      if (limit(value as never)) return undefined;
      return issue('custom', { path: [...(path ?? [])], message });
  }
}

/** zod's runChecks: a type issue skips the checks, except the length checks, unless an issue explicitly aborted. */
function runChecks(checks: readonly Check[], result: Result): Result {
  let skip = aborted(result.issues);
  for (const one of checks) {
    if (one[0] === 'min' || one[0] === 'max') {
      if (result.issues.some((issue) => issue.continue === false) || lengthOf(result.value) === undefined) continue;
    } else if (skip) continue;
    const issue = check(one, result.value);
    if (issue) {
      result.issues.push(issue);
      skip ||= issue.continue !== true;
    }
  }
  return result;
}

const prefix = (key: PropertyKey, issues: Issue[]): Issue[] => {
  for (const issue of issues) issue.path.unshift(key);
  return issues;
};

/** Runs `node` on `value`: the parsed value (a fresh copy of what the schema knows) and every issue. */
export function run(node: Node, value: unknown): Result {
  const issues: Issue[] = [];
  const wrongType = (expected: string): Result => {
    issues.push({ code: 'invalid_type', path: [], input: value, expected });
    return { value, issues };
  };
  switch (node[0]) {
    case '?':
      return value === undefined ? { value, issues } : run(node[1], value);
    case 's':
      return runChecks(node[1], typeof value === 'string' ? { value, issues } : wrongType('string'));
    case 'b':
      return typeof value === 'boolean' ? { value, issues } : wrongType('boolean');
    case 'n': {
      if (typeof value === 'number' && Number.isFinite(value)) return runChecks(node[1], { value, issues });
      const received = typeof value === 'number' ? (Number.isNaN(value) ? 'NaN' : String(value)) : undefined;
      issues.push({ code: 'invalid_type', path: [], input: value, expected: 'number', ...(received && { received }) });
      return runChecks(node[1], { value, issues });
    }
    case 'e':
      if (!node[1].includes(value as string))
        issues.push({ code: 'invalid_value', path: [], input: value, values: node[1] });
      return { value, issues };
    case 'a': {
      const checks = node[2];
      // zod's size cap: a list over its maximum is reported alone, its items never looked at.
      if (Array.isArray(value)) {
        for (let i = 0; i < checks.length && (checks[i]![0] === 'min' || checks[i]![0] === 'max'); i += 1) {
          const one = checks[i]!;
          if (one[0] === 'max' && value.length > one[1]) {
            return { value, issues: [{ ...check(one, value)!, continue: false }] };
          }
        }
      }
      if (!Array.isArray(value)) return runChecks(checks, wrongType('array'));
      const out = value.map((item: unknown, index) => {
        const result = run(node[1], item);
        issues.push(...prefix(index, result.issues));
        return result.value;
      });
      return runChecks(checks, { value: out, issues });
    }
    case 'o': {
      if (!isObject(value)) return runChecks(node[2], wrongType('object'));
      const shape = node[1];
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(shape)) {
        const field = shape[key]!;
        const present = key in value;
        if (!present && field[0] === '?') continue;
        const result = run(field, value[key]);
        issues.push(...prefix(key, result.issues));
        if (!present && result.issues.length === 0) {
          issues.push({ code: 'invalid_type', path: [key], input: undefined, expected: 'nonoptional' });
        }
        if (present || result.value !== undefined) out[key] = result.value;
      }
      const unknown: string[] = [];
      for (const key in value) if (!Object.hasOwn(shape, key)) unknown.push(key);
      if (unknown.length > 0)
        issues.push({ code: 'unrecognized_keys', path: [], input: value, keys: unknown, continue: true });
      return runChecks(node[2], { value: out, issues });
    }
    case 'r': {
      if (!isPlainObject(value)) return wrongType('record');
      const out: Record<string, unknown> = {};
      for (const key of Reflect.ownKeys(value)) {
        if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
        const keyResult = run(node[1], key);
        if (keyResult.issues.length > 0) {
          const inner = keyResult.issues.map(finalize);
          issues.push({ code: 'invalid_key', path: [key], input: key, origin: 'record', issues: inner });
          continue;
        }
        const result = run(node[2], value[key]);
        issues.push(...prefix(key, result.issues));
        out[key as string] = result.value;
      }
      return { value: out, issues };
    }
    case 'u': {
      const results: Result[] = [];
      for (const option of node[1]) {
        const result = run(option, value);
        if (result.issues.length === 0) return result;
        results.push(result);
      }
      const open = results.filter((result) => !aborted(result.issues));
      if (open.length === 1) return open[0]!;
      const errors = results.map((result) => result.issues.map(finalize));
      issues.push({ code: 'invalid_union', path: [], input: value, errors });
      return { value, issues };
    }
  }
}

const quoted = (values: readonly unknown[], separator: string): string =>
  values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(separator);

/**
 * The words of every problem the schema gives none for: plainer ones for the commonest mistakes (a
 * missing or mistyped value), and zod's English ones, word for word, for the rest. `undefined`
 * ("Invalid input") for what the schema cannot produce.
 */
export function explain(issue: Issue): string | undefined {
  const { code, input } = issue;
  if (code === 'invalid_type') {
    if (input === undefined) return 'Required, but missing';
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : `a ${typeof input}`;
    return `Expected ${String(issue.expected)}, but got ${got}`;
  }
  if (code === 'invalid_value') {
    const values = issue.values as unknown[];
    return values.length === 1
      ? `Invalid input: expected ${quoted(values, '')}`
      : `Invalid option: expected one of ${quoted(values, '|')}`;
  }
  if (code === 'too_small' || code === 'too_big') {
    const small = code === 'too_small';
    const adj = issue.inclusive ? (small ? '>=' : '<=') : small ? '>' : '<';
    const unit = { string: 'characters', array: 'items' }[issue.origin as string];
    const what = `${small ? 'Too small' : 'Too big'}: expected ${String(issue.origin)} to`;
    const bound = `${adj}${String(small ? issue.minimum : issue.maximum)}`;
    return unit ? `${what} have ${bound} ${unit}` : `${what} be ${bound}`;
  }
  if (code === 'unrecognized_keys') {
    const keys = issue.keys as string[];
    return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${quoted(keys, ', ')}`;
  }
  if (code === 'invalid_key') return `Invalid key in ${String(issue.origin)}`;
  return undefined;
}

/** An issue with its words: its own message, else `explain`'s, else zod's "Invalid input". */
export function finalize(issue: Issue): Issue & { message: string } {
  return { ...issue, message: issue.message || explain(issue) || 'Invalid input' };
}
