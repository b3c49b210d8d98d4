// `trust-widgets diff`: the built-in English and Spanish packs, and small hand-made pairs for each kind
// of finding (ids in one pack only, untranslated strings, placeholders that differ), through
// dist/lint.js and through the real CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { diffPacks } from '../../dist/lint.js';

const cli = (...args) => spawnSync(process.execPath, ['bin/trust-widgets.mjs', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'trust-diff-'));
const EN = JSON.parse(readFileSync('content/trust-issues.en.json', 'utf8'));
const ES = JSON.parse(readFileSync('content/trust-issues.es.json', 'utf8'));
const copy = (pack, change = () => {}) => {
  const out = structuredClone(pack);
  change(out);
  return out;
};
const found = (a, b) => diffPacks(a, b).map(({ kind, path }) => `${kind} ${path}`);

test('the built-in English and Spanish packs have the same ids, every string translated, the same placeholders', () => {
  assert.deepEqual(diffPacks(EN, ES), []);
  assert.deepEqual(diffPacks(ES, EN), []);
});

test('ids in one pack only: signs, causes, tracks, steps, quizzes, questions, bands, hotlines, regions, sources', () => {
  const b = copy(ES, (pack) => {
    pack.signs.groups[1].signs.splice(2, 1); // avoid-commitment
    pack.causes.items.pop(); // the last cause
    pack.coping.tracks[0].steps.splice(0, 1);
    pack.quizzes[0].questions.splice(3, 1);
    pack.quizzes[0].bands[1].id = 'some-effort-es';
    pack.hotlines.regions.NZ = structuredClone(pack.hotlines.regions.AU);
    delete pack.hotlines.regions.IE;
    pack.hotlines.regions.GB.lines.splice(3, 1);
    pack.meta.sources.push({ ...pack.meta.sources[0], id: 'otra-fuente' });
    pack.coping.tracks.push({ ...pack.coping.tracks[1], id: 'extra' });
  });
  const last = EN.causes.items.length - 1;
  assert.deepEqual(found(EN, b), [
    `only-in-b meta.sources[${b.meta.sources.length - 1}]`,
    'only-in-a signs.groups[1].signs[2]',
    `only-in-a causes.items[${last}]`,
    'only-in-a coping.tracks[0].steps[0]',
    'only-in-b coping.tracks[2]',
    'only-in-a quizzes[0].questions[3]',
    'only-in-a quizzes[0].bands[1]',
    'only-in-b quizzes[0].bands[1]',
    'only-in-a hotlines.regions.GB.lines[3]',
    'only-in-a hotlines.regions.IE',
    'only-in-b hotlines.regions.NZ',
  ]);
  const messages = Object.fromEntries(
    diffPacks(EN, b).map((finding) => [`${finding.kind} ${finding.path}`, finding.message]),
  );
  assert.equal(messages['only-in-a signs.groups[1].signs[2]'], 'Sign "avoid-commitment" is only in the first pack');
  assert.equal(messages['only-in-b quizzes[0].bands[1]'], 'Band "some-effort-es" is only in the second pack');
  assert.equal(messages['only-in-a hotlines.regions.IE'], 'Region IE is only in the first pack');
  assert.equal(messages['only-in-a hotlines.regions.GB.lines[3]'], 'Hotline "shout" is only in the first pack');
});

test('items are matched by id, not by place: a reordered list is no difference', () => {
  const b = copy(ES, (pack) => {
    pack.signs.groups[0].signs.reverse();
    pack.causes.items.reverse();
    pack.hotlines.regions.CA.gaps.reverse();
  });
  assert.deepEqual(diffPacks(EN, b), []);
});

test('references that differ: a band, cause or step listing other ids, a hotline with other topics or languages', () => {
  const b = copy(ES, (pack) => {
    pack.quizzes[0].bands[0].steps.push('get-help');
    pack.causes.items[0].relatedSteps = pack.causes.items[0].relatedSteps.filter((id) => id !== 'get-help');
    pack.hotlines.regions.US.lines[0].languages = ['es'];
  });
  assert.deepEqual(found(EN, b), [
    'only-in-a causes.items[0].relatedSteps',
    'only-in-b quizzes[0].bands[0].steps',
    'only-in-a hotlines.regions.US.lines[0].languages',
  ]);
  assert.equal(diffPacks(EN, b)[1].message, 'The coping step "get-help" listed here is only in the second pack');
});

test('untranslated: a string identical in both packs, wherever it is, plural forms included', () => {
  const b = copy(ES, (pack) => {
    pack.signs.groups[0].signs[1].text = EN.signs.groups[0].signs[1].text;
    pack.coping.tracks[1].steps[2].tips[1] = EN.coping.tracks[1].steps[2].tips[1];
    pack.ui.quiz.next = EN.ui.quiz.next; // "Next": one word is still a word
    pack.ui.banner.shiftRemaining.other = EN.ui.banner.shiftRemaining.other;
    pack.hotlines.regions.US.lines[2].purpose = EN.hotlines.regions.US.lines[2].purpose;
  });
  assert.deepEqual(found(EN, b), [
    'untranslated signs.groups[0].signs[1].text',
    'untranslated coping.tracks[1].steps[2].tips[1]',
    'untranslated hotlines.regions.US.lines[2].purpose',
    'untranslated ui.banner.shiftRemaining.other',
    'untranslated ui.quiz.next',
  ]);
  assert.equal(diffPacks(EN, b).at(-1).message, 'Same text in both packs, likely untranslated: “Next”');
});

test('untranslated ignores ids, urls, numbers, placeholder-only strings, acronyms and names', () => {
  const a = copy(EN, (pack) => {
    pack.ui.banner.hours = '{hours}';
    pack.ui.banner.chat = 'https://example.org/chat';
    pack.hotlines.regions.US.lines[0].hours = '24/7';
  });
  const b = copy(ES, (pack) => {
    pack.ui.banner.hours = '{hours}';
    pack.ui.banner.chat = 'https://example.org/chat';
    pack.hotlines.regions.US.lines[0].hours = '24/7';
    pack.hotlines.regions.US.name = EN.hotlines.regions.US.name; // a region's name may be the same
    pack.hotlines.regions.GB.lines[1].name = EN.hotlines.regions.GB.lines[1].name;
  });
  // The built-in packs already share "TTY {number}", "Find A Helpline", "Samaritans", "24/7" and every id.
  assert.equal(EN.ui.banner.tty, ES.ui.banner.tty);
  assert.equal(EN.hotlines.elsewhere.label, ES.hotlines.elsewhere.label);
  assert.deepEqual(diffPacks(a, b), []);
});

test('untranslated is not reported for two packs of one language (an edit, not a translation)', () => {
  const b = copy(EN, (pack) => (pack.meta.locale = 'en-GB'));
  assert.deepEqual(diffPacks(EN, b), []);
  assert.deepEqual(
    found(
      EN,
      copy(EN, (pack) => (pack.meta.locale = 'es')),
    ).slice(0, 1),
    ['untranslated meta.title'],
  );
});

test('placeholders that differ: a missing or an extra {name}, in a text or across plural forms', () => {
  const b = copy(ES, (pack) => {
    pack.ui.quiz.score = 'Tu puntuación: {score}'; // {max} lost
    pack.ui.banner.call = 'Llama al {numero}'; // renamed
    // Plural forms: {count} in some forms is enough ("one" may say it in words).
    pack.ui.banner.shiftRemaining = {
      one: 'Pulsa Mayús una vez más para salir',
      other: 'Pulsa Mayús {count} veces más',
    };
    pack.ui.checklist.count = { one: '{count} de {total} te suena', other: 'Varias de {total} te suenan' };
  });
  assert.deepEqual(found(EN, b), ['placeholders ui.banner.call', 'placeholders ui.quiz.score']);
  const messages = diffPacks(EN, b).map((finding) => finding.message);
  assert.deepEqual(messages, [
    'Placeholders differ: missing {number}; has {numero}, which the first pack does not',
    'Placeholders differ: missing {max}',
  ]);
});

test('UI strings in one pack only', () => {
  const b = copy(ES, (pack) => {
    delete pack.ui.quiz.retake;
    pack.ui.steps.extra = 'Algo más';
  });
  assert.deepEqual(found(EN, b), ['only-in-a ui.quiz.retake', 'only-in-b ui.steps.extra']);
});

test('diffPacks never throws, whatever the two values are', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => Array.isArray(diffPacks(a, b))),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.jsonValue(), (junk) => Array.isArray(diffPacks(EN, { ...ES, signs: junk, hotlines: junk }))),
    { numRuns: 200 },
  );
});

const write = (name, pack) => {
  const file = join(dir, name);
  const text = JSON.stringify(pack, null, 2);
  writeFileSync(file, text);
  return { file, text };
};
const textAt = (text, line, column) => text.split('\n')[line - 1].slice(column - 1);

test('CLI: the built-in packs have no differences (exit 0)', () => {
  const result = cli('diff', 'content/trust-issues.en.json', 'content/trust-issues.es.json');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, 'content/trust-issues.en.json and content/trust-issues.es.json: no differences\n');
});

test('CLI: each finding at its line and column in the pack it names, exit 1', () => {
  const a = write(
    'a.json',
    copy(EN, (pack) => pack.signs.groups[0].signs.push({ ...pack.signs.groups[0].signs[0], id: 'new-sign' })),
  );
  const b = write(
    'b.json',
    copy(ES, (pack) => (pack.ui.quiz.start = EN.ui.quiz.start)),
  );
  const result = cli('diff', a.file, b.file);
  assert.equal(result.status, 1);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 2, result.stdout);
  const [inA, inB] = lines.map((line) => line.match(/^(.*):(\d+):(\d+): ([\w-]+) (\S+): (.*)$/).slice(1));
  assert.deepEqual([inA[0], inA[3], inA[4]], [a.file, 'only-in-a', 'signs.groups[0].signs[6]']);
  assert.ok(textAt(a.text, Number(inA[1]), Number(inA[2])).startsWith('{'));
  assert.equal(a.text.split('\n')[Number(inA[1])].trim(), '"id": "new-sign",');
  assert.deepEqual([inB[0], inB[3], inB[4]], [b.file, 'untranslated', 'ui.quiz.start']);
  assert.ok(textAt(b.text, Number(inB[1]), Number(inB[2])).startsWith('"Start"'));
});

test('CLI: --json prints one array of { file, line, column, kind, path, message }', () => {
  const b = write(
    'b-json.json',
    copy(ES, (pack) => (pack.ui.quiz.questionOf = 'Pregunta {n}')),
  );
  const result = cli('diff', '--json', 'content/trust-issues.en.json', b.file);
  assert.equal(result.status, 1);
  const [finding, ...rest] = JSON.parse(result.stdout);
  assert.deepEqual(rest, []);
  assert.deepEqual(Object.keys(finding).sort(), ['column', 'file', 'kind', 'line', 'message', 'path']);
  assert.equal(finding.file, b.file);
  assert.equal(finding.kind, 'placeholders');
  assert.equal(finding.path, 'ui.quiz.questionOf');
  assert.ok(textAt(b.text, finding.line, finding.column).startsWith('"Pregunta {n}"'));
  const none = cli('diff', '--json', 'content/trust-issues.en.json', 'content/trust-issues.es.json');
  assert.equal(none.status, 0);
  assert.deepEqual(JSON.parse(none.stdout), []);
});

test('CLI: a missing or non-JSON file exits 2 with a clear message; anything but two packs is a usage error', () => {
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "meta": ');
  const result = cli('diff', 'content/trust-issues.en.json', broken);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /broken\.json:1:11: not valid JSON \(/);
  const missing = cli('diff', join(dir, 'nope.json'), 'content/trust-issues.es.json');
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, `${join(dir, 'nope.json')}: file not found\n`);
  for (const args of [['diff'], ['diff', 'content/trust-issues.en.json'], ['diff', '-x', 'a.json', 'b.json']]) {
    const usage = cli(...args);
    assert.equal(usage.status, 2, args.join(' '));
    assert.match(usage.stderr, /Usage:\n {2}trust-widgets diff/);
  }
});
