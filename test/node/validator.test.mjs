// The small validator (src/schema/validate.ts running src/schema/compiled.ts) that pages download
// instead of zod: it must answer exactly as the zod schema does, which stays the source of truth.
// Loads src/schema/ without a build (scripts/load-schema.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadSchemaModule } from '../../scripts/load-schema.mjs';
import { COMPILED, compiledSchema } from '../../scripts/generate-schema.mjs';

const schema = await loadSchemaModule();
const {
  ContentPack,
  ContentPackObject,
  parseContentPack,
  formatPath,
  meantBranch,
  explain,
  MAX_MESSAGE,
  MAX_PROBLEMS,
} = schema;
const packs = ['en', 'es'].map((lang) => JSON.parse(readFileSync(`content/trust-issues.${lang}.json`, 'utf8')));

/**
 * What zod says of `input`: the shape's problems (`ContentPackObject`), or, for a pack of the right
 * shape, the cross-field ones (`ContentPack`, whose refinement runs only then): zod's English
 * messages, ours only for a missing or mistyped value (invalid_type), then the same paths and union
 * branches as parseContentPack. Not capped.
 */
function viaZod(input) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, shapeOk: false, problems: [{ path: '', message: 'A content pack must be a JSON object' }] };
  }
  const error = (issue) => (issue.code === 'invalid_type' ? explain(issue) : undefined);
  const shape = ContentPackObject.safeParse(input, { error });
  const result = shape.success ? ContentPack.safeParse(input, { error }) : shape;
  if (result.success) return { ok: true, shapeOk: true, pack: result.data, problems: [] };
  const problems = result.error.issues.flatMap(meantBranch).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message.length > MAX_MESSAGE ? `${issue.message.slice(0, MAX_MESSAGE)}…` : issue.message,
  }));
  return { ok: false, shapeOk: shape.success, problems };
}

const capped = (problems) => {
  const rest = problems.length - MAX_PROBLEMS;
  return rest > 0
    ? [...problems.slice(0, MAX_PROBLEMS), { path: '', message: `…and ${rest} more problems` }]
    : problems;
};

function allPaths(value, path = [], out = []) {
  out.push(path);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      allPaths(item, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}
const at = (root, path) => path.reduce((node, key) => node[key], root);

/** One change at `path`, by kind: every kind of value in every place, across the paths. */
const CHANGES = [
  (parent, key) => (Array.isArray(parent) ? parent.splice(key, 1) : delete parent[key]),
  (parent, key) => (parent[key] = null),
  (parent, key) => (parent[key] = 1.5),
  (parent, key) => (parent[key] = -1),
  (parent, key) => (parent[key] = 2 ** 60),
  (parent, key) => (parent[key] = 'x'),
  (parent, key) => (parent[key] = ' \u200B'),
  (parent, key) => (parent[key] = []),
  (parent, key) => (parent[key] = {}),
  (parent, key) => (parent[key] = 'Z'.repeat(4001)),
  (parent, key) => (parent[key] = [parent[key]]),
  (parent, key) => (Array.isArray(parent) ? parent.push(structuredClone(parent[key])) : (parent[`${key}x`] = 1)),
  (parent, key) => (parent[key] = Array.from({ length: 60 }, () => structuredClone(parent[key]))),
];

/** Both built-in packs, each changed once at every path; a few changes zod words itself; 1,200 packs changed in up to four places; 2,000 values of any kind. */
function* inputs() {
  for (const pack of packs) {
    yield pack;
    const paths = allPaths(pack).filter((path) => path.length > 0);
    for (const [index, path] of paths.entries()) {
      const copy = structuredClone(pack);
      CHANGES[index % CHANGES.length](at(copy, path.slice(0, -1)), path.at(-1));
      yield copy;
    }
  }
  // Each of zod's own wordings at least once, whatever the rotation above reaches.
  for (const change of [
    (pack) => (pack.quizzes[0].safety[0].atLeast = -1),
    (pack) => (pack.quizzes[0].scale[0].value = 2 ** 60),
    (pack) => (pack.meta.direction = 'up'),
    (pack) => (pack.hotlines.regions.usa = pack.hotlines.regions.US),
    (pack) => (pack.ui.steps.doneCount = { other: '{count} done', lots: 'many' }),
    (pack) => (pack.ui.steps.doneCount = { one: '{count} done' }),
  ]) {
    const copy = structuredClone(packs[0]);
    change(copy);
    yield copy;
  }
  const paths = allPaths(packs[0]).filter((path) => path.length > 0);
  const change = fc.tuple(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 2 }));
  const mutated = fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
    const copy = structuredClone(packs[0]);
    for (const [where, how, value] of changes) {
      const path = paths[where % paths.length];
      try {
        const parent = at(copy, path.slice(0, -1));
        if (parent === null || typeof parent !== 'object') continue;
        if (how % 3 === 0) parent[path.at(-1)] = value;
        else CHANGES[how % CHANGES.length](parent, path.at(-1));
      } catch {
        // an earlier change removed the way there
      }
    }
    return copy;
  });
  yield* fc.sample(mutated, { seed: 20261123, numRuns: 1200 });
  const anything = fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.anything({ maxDepth: 4 }));
  yield* fc.sample(anything, { seed: 20261123, numRuns: 2000 });
}

test('src/schema/compiled.ts is what `npm run schema` writes from the zod schema', async () => {
  assert.equal(readFileSync(COMPILED, 'utf8'), await compiledSchema(schema), 'stale: run `npm run schema`');
});

test('the small validator gives the zod schema’s answer, problem for problem, for 5,600 inputs good and bad', (t) => {
  let count = 0;
  let invalid = 0;
  let both = 0;
  const codes = new Set();
  for (const input of inputs()) {
    count += 1;
    const expected = viaZod(input);
    const actual = parseContentPack(input);
    assert.equal(actual.ok, expected.ok, `input #${count}`);
    if (expected.ok) assert.deepEqual(actual.pack, expected.pack, `the parsed pack differs for input #${count}`);
    else invalid += 1;
    if (expected.shapeOk) {
      assert.deepEqual(actual.problems, capped(expected.problems), `problems differ for input #${count}`);
    } else {
      // zod's shape problems first, exactly; then the cross-field ones the shape let it check.
      const shape = capped(expected.problems);
      const first = actual.problems.slice(0, Math.min(shape.length, MAX_PROBLEMS));
      assert.deepEqual(first, shape.slice(0, MAX_PROBLEMS), `shape problems differ for input #${count}`);
      if (actual.problems.length > shape.length) both += 1;
    }
    for (const problem of expected.problems) codes.add(problem.message.replace(/[":].*$/s, ''));
  }
  t.diagnostic(`${count} inputs, ${invalid} invalid, ${both} with cross-field problems after shape ones`);
  // Some packs with shape problems get their cross-field problems in the same pass.
  assert.ok(both > 50, `${both} inputs had both kinds`);
  assert.ok(count > 5500, `${count} inputs`);
  assert.ok(invalid > count / 2, 'most inputs are invalid');
  // The inputs reach zod's own wordings as well as the schema's: types, lengths, keys, enums, unions.
  for (const start of [
    'Expected ',
    'Required, but missing',
    'Too big',
    'Too small',
    'Unrecognized key',
    'Invalid option',
    'Invalid key in record',
  ]) {
    assert.ok(
      [...codes].some((code) => code.startsWith(start)),
      `no input gave "${start}…"`,
    );
  }
});

test('the compiled schema refuses a zod feature the small validator does not implement', async () => {
  const { z } = await import('zod');
  const module = { rules: schema.rules };
  await assert.rejects(compiledSchema(module, z.object({ a: z.string() })), /an object that is not strict/);
  await assert.rejects(compiledSchema(module, z.strictObject({ a: z.email() })), /does not implement/);
  await assert.rejects(
    compiledSchema(module, z.strictObject({ a: z.string().refine((value) => value !== 'x') })),
    /a refinement that is not a function of src\/schema\/rules\.ts/,
  );
});
