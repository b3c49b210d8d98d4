// The authoring CLI, run as a publisher's editor would: `npx trust-widgets validate my-pack.json`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

test('validate: every problem is printed as path: message, and it exits 1', () => {
  const broken = structuredClone(pack);
  broken.meta.locale = 'not a locale!';
  delete broken.ui.quiz.next;
  const file = join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(broken));
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  const lines = result.stdout.trim().split('\n');
  assert.deepEqual(lines.map((line) => line.slice(file.length + 2).split(':')[0]).sort(), [
    'meta.locale',
    'ui.quiz.next',
  ]);
  assert.match(result.stdout, /ui\.quiz\.next: Required, but missing/);
});

test('validate: cross-field problems (band coverage, unknown ids) are reported with their paths', () => {
  const broken = structuredClone(pack);
  broken.quizzes[0].bands[1].min += 1;
  broken.causes.items[0].relatedSteps.push('no-such-step');
  const file = join(dir, 'integrity.json');
  writeFileSync(file, JSON.stringify(broken));
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /: quizzes\[0\]\.bands\[1\]\.min: Gap: no band covers/);
  assert.match(result.stdout, /: causes\.items\[0\]\.relatedSteps\[\d+\]: Unknown coping step id "no-such-step"/);
});

test('validate: a file that is not JSON, or missing, is reported and exits 1', () => {
  const file = join(dir, 'not.json');
  writeFileSync(file, '{ nope');
  const result = cli('validate', file, join(dir, 'missing.json'));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /not\.json: not valid JSON/);
  assert.match(result.stdout, /missing\.json: file not found/);
});

test('schema: prints the JSON Schema, identical to content/schema.json', () => {
  const result = cli('schema');
  assert.equal(result.status, 0);
  assert.deepEqual(JSON.parse(result.stdout), JSON.parse(readFileSync('content/schema.json', 'utf8')));
});

test('no command prints usage and exits 2', () => {
  const result = cli();
  assert.equal(result.status, 2);
  assert.match(result.stderr, /Usage:/);
});
