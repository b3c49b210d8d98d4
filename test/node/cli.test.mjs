// The authoring CLI, run as a publisher's editor would: `npx trust-widgets validate my-pack.json`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['bin/trust-widgets.mjs', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'trust-cli-'));
const pack = JSON.parse(readFileSync('content/trust-issues.en.json', 'utf8'));

test('validate: a valid pack exits 0 and says so', () => {
  const result = cli('validate', 'content/trust-issues.en.json');
  assert.equal(result.status, 0);
  assert.equal(result.stdout, 'content/trust-issues.en.json: valid\n');
});

/** The text at a 1-based line and column of `text`. */
const textAt = (text, line, column) => text.split('\n')[line - 1].slice(column - 1);
/** `file:line:column: path: message` lines, parsed. */
const parseLines = (stdout, file) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => {
      assert.ok(line.startsWith(`${file}:`), line);
      const [, row, column, path, message] = line.slice(file.length).match(/^:(\d+):(\d+): (.*?): (.*)$/);
      return { line: Number(row), column: Number(column), path, message };
    });

test('validate: every problem is printed as file:line:column: path: message, and it exits 1', () => {
  const broken = structuredClone(pack);
  broken.meta.locale = 'not a locale!';
  delete broken.ui.quiz.next;
  const file = join(dir, 'broken.json');
  const text = JSON.stringify(broken, null, 2);
  writeFileSync(file, text);
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  const problems = parseLines(result.stdout, file);
  assert.deepEqual(problems.map((problem) => problem.path).sort(), ['meta.locale', 'ui.quiz.next']);
  const locale = problems.find((problem) => problem.path === 'meta.locale');
  assert.match(locale.message, /^Must be a BCP 47 language tag/);
  assert.ok(textAt(text, locale.line, locale.column).startsWith('"not a locale!"'), 'points at the value');
  // A missing key: the object that lacks it.
  const next = problems.find((problem) => problem.path === 'ui.quiz.next');
  assert.equal(next.message, 'Required, but missing');
  assert.equal(text.split('\n')[next.line - 1].trim(), '"quiz": {');
  assert.ok(textAt(text, next.line, next.column).startsWith('{'));
});

test('validate: a shape problem and an unknown id are both reported in one run, each at its line:column', () => {
  const broken = structuredClone(pack);
  // A missing title stops zod's refinement of the pack: only one pass reports what follows.
  delete broken.meta.title;
  broken.quizzes[0].questions[2].text = '';
  broken.causes.items[1].relatedSteps.push('no-such-step');
  broken.quizzes[0].bands[1].min += 1;
  const file = join(dir, 'both.json');
  const text = JSON.stringify(broken, null, 2);
  writeFileSync(file, text);
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  const problems = parseLines(result.stdout, file);
  const last = broken.causes.items[1].relatedSteps.length - 1;
  assert.deepEqual(
    problems.map((problem) => `${problem.path}: ${problem.message.split(':')[0]}`),
    [
      'meta.title: Required, but missing',
      'quizzes[0].questions[2].text: Must not be empty (invisible characters do not count)',
      `causes.items[1].relatedSteps[${last}]: Unknown coping step id "no-such-step"`,
      'quizzes[0].bands[1].min: Gap',
    ],
  );
  const [title, empty, unknown, gap] = problems;
  assert.equal(text.split('\n')[title.line - 1].trim(), '"meta": {', 'the object without a title');
  assert.ok(textAt(text, empty.line, empty.column).startsWith('""'), 'the empty text');
  assert.equal(text.split('\n')[empty.line - 1].trim(), '"text": "",');
  assert.equal(textAt(text, unknown.line, unknown.column), '"no-such-step"');
  assert.equal(textAt(text, gap.line, gap.column), `${broken.quizzes[0].bands[1].min},`);
  assert.equal(text.split('\n')[gap.line - 1].trim(), `"min": ${broken.quizzes[0].bands[1].min},`);
});

test('validate --json: one array of { file, line, column, path, message } for a CI step', () => {
  const broken = structuredClone(pack);
  broken.meta.updated = 20261202;
  broken.causes.items[0].relatedSteps = ['nope'];
  const file = join(dir, 'ci.json');
  writeFileSync(file, JSON.stringify(broken, null, 2));
  const result = cli('validate', '--json', file, 'content/trust-issues.en.json');
  assert.equal(result.status, 1);
  const problems = JSON.parse(result.stdout);
  assert.deepEqual(
    problems.map(({ file: where, path, message }) => ({ where, path, message })),
    [
      { where: file, path: 'meta.updated', message: 'Expected string, but got a number' },
      { where: file, path: 'causes.items[0].relatedSteps[0]', message: 'Unknown coping step id "nope"' },
    ],
  );
  for (const problem of problems) {
    assert.deepEqual(Object.keys(problem), ['file', 'line', 'column', 'path', 'message']);
    assert.ok(Number.isInteger(problem.line) && problem.line > 1 && Number.isInteger(problem.column));
  }
  const valid = cli('validate', 'content/trust-issues.en.json', '--json');
  assert.equal(valid.status, 0);
  assert.deepEqual(JSON.parse(valid.stdout), []);
});

test('validate: a file that is not JSON is reported where it breaks and exits 1; one that cannot be read exits 2', () => {
  const file = join(dir, 'not.json');
  writeFileSync(file, '{\n  "meta": {},\n  nope\n}\n');
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, new RegExp(`^${file.replaceAll('.', '\\.')}:3:3: \\(pack\\): not valid JSON \\(`));
  const missing = cli('validate', file, join(dir, 'missing.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stdout, /missing\.json: file not found/);
  const json = cli('validate', '--json', join(dir, 'missing.json'));
  assert.equal(json.status, 2);
  assert.deepEqual(JSON.parse(json.stdout), [
    { file: join(dir, 'missing.json'), line: null, column: null, path: '', message: 'file not found' },
  ]);
});

test('schema: prints the JSON Schema, identical to content/schema.json', () => {
  const result = cli('schema');
  assert.equal(result.status, 0);
  assert.deepEqual(JSON.parse(result.stdout), JSON.parse(readFileSync('content/schema.json', 'utf8')));
});

test('no command, or validate with no file, prints usage and exits 2', () => {
  for (const args of [[], ['validate'], ['validate', '--json']]) {
    const result = cli(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /Usage:/);
  }
});

test('build-pack: writes a module that registers the validated pack by its meta.id, with its hash', async () => {
  const out = join(dir, 'own.js');
  const result = cli('build-pack', 'content/trust-issues.en.json', '-o', out);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /registers "trust-issues-en"/);
  const registry = [];
  globalThis[Symbol.for('trust-widgets.packs')] = registry;
  const module = await import(`${pathToFileURL(out).href}?${Date.now()}`);
  delete globalThis[Symbol.for('trust-widgets.packs')];
  assert.equal(registry.length, 1);
  assert.equal(registry[0].id, 'trust-issues-en');
  assert.deepEqual(registry[0].pack, pack);
  assert.equal(module.default, registry[0].pack);
  const { packHash } = await import('../../dist/ssr.js');
  assert.equal(registry[0].hash, packHash(pack));
});

test('build-pack --sections: one module per section, each with its hash, that put together are the pack', async () => {
  const out = join(dir, 'sections');
  const result = cli('build-pack', 'content/trust-issues.en.json', '--sections', '-o', out);
  assert.equal(result.status, 0, result.stderr);
  const { packHash, splitPack, WIDGET_TAGS } = await import('../../dist/ssr.js');
  const registry = [];
  globalThis[Symbol.for('trust-widgets.packs')] = registry;
  for (const section of ['core', 'quizzes', 'signs', 'causes', 'coping']) {
    await import(`${pathToFileURL(join(out, `trust-issues-en.${section}.js`)).href}?${Date.now()}`);
  }
  delete globalThis[Symbol.for('trust-widgets.packs')];
  const parts = splitPack(pack);
  assert.deepEqual(
    registry.map(({ id, section }) => `${id}.${section}`),
    Object.keys(parts).map((section) => `trust-issues-en.${section}`),
  );
  for (const entry of registry) {
    assert.deepEqual(entry.pack, parts[entry.section], `${entry.section}: the part of the pack`);
    assert.equal(entry.hash, packHash(entry.pack), `${entry.section}: its hash`);
  }
  // What it tells the publisher to include is what each element reads.
  const { ELEMENT_SECTIONS } = await import('../../bin/build-pack.mjs');
  for (const tag of WIDGET_TAGS) {
    const element = new (customElements.get(tag))();
    assert.deepEqual(ELEMENT_SECTIONS[tag], [...element.sections], `${tag}'s sections`);
  }
  assert.match(result.stdout, /trust-issues-en\.quizzes\.js: "trust-issues-en" quizzes \(\d+ KB\), for <trust-quiz>\n/);
});

test('build-pack: an invalid pack writes nothing and exits 1; no -o is a usage error', () => {
  const broken = join(dir, 'broken-pack.json');
  writeFileSync(broken, JSON.stringify({ ...pack, meta: { ...pack.meta, id: 'Not An Id' } }));
  const out = join(dir, 'never.js');
  const result = cli('build-pack', broken, '-o', out);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /meta\.id: /);
  assert.equal(existsSync(out), false, 'nothing written');
  assert.equal(cli('build-pack', broken).status, 2);
});
