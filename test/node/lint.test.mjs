// `trust-widgets lint`: every rule with a failing and a passing example (in English and Spanish where
// it is about wording), the built-in packs through the real CLI with --strict, and the exit codes.
// Runs on the built dist/lint.js (npm run build), as the CLI does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { LINT_RULES, lintPack } from '../../dist/lint.js';

const cli = (...args) => spawnSync(process.execPath, ['bin/trust-widgets.mjs', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'trust-lint-'));
const EN = JSON.parse(readFileSync('content/trust-issues.en.json', 'utf8'));
const ES = JSON.parse(readFileSync('content/trust-issues.es.json', 'utf8'));
const packs = { en: EN, es: ES };

/** A copy of the built-in pack of `lang`, changed by `change`. */
const edited = (lang, change) => {
  const pack = structuredClone(packs[lang]);
  change(pack);
  return pack;
};
/** The findings as `id path` strings, in order: the whole answer, so no other rule may fire. */
const found = (pack) => lintPack(pack).map((finding) => `${finding.id} ${finding.path}`);
const tested = new Set();

test('the built-in packs have no findings at all', () => {
  assert.deepEqual(lintPack(EN), []);
  assert.deepEqual(lintPack(ES), []);
});

/**
 * Wording rules: [rule, language, text that must fire, text that must not]. Each text is the
 * signs checklist's intro, a string every reader sees.
 */
const WORDING = [
  [
    'suicide-crime-language',
    'en',
    'Her brother committed suicide last year.',
    'Her brother died by suicide last year.',
  ],
  ['suicide-crime-language', 'en', 'Suicide is committed by…', 'Suicide is a loss felt by many.'],
  [
    'suicide-crime-language',
    'es',
    'Su hermano cometió suicidio el año pasado.',
    'Su hermano murió por suicidio el año pasado.',
  ],
  [
    'suicide-outcome-language',
    'en',
    'After a failed attempt, he found help.',
    'After surviving an attempt, he found help.',
  ],
  ['suicide-outcome-language', 'en', 'It was a successful suicide.', 'He died by suicide.'],
  [
    'suicide-outcome-language',
    'es',
    'Tras un intento fallido, encontró ayuda.',
    'Tras sobrevivir a un intento, encontró ayuda.',
  ],
  ['suicide-outcome-language', 'es', 'Fue un suicidio exitoso.', 'Murió por suicidio.'],
  ['suicide-sensational', 'en', 'A suicide epidemic among the young.', 'Suicide among young people is a concern.'],
  ['suicide-sensational', 'en', 'A wave of suicides hit the town.', 'Several people in the town died by suicide.'],
  ['suicide-sensational', 'es', 'Una epidemia de suicidios entre jóvenes.', 'El suicidio entre jóvenes preocupa.'],
  [
    'suicide-as-solution',
    'en',
    'Suicide seemed like the only way out.',
    'It can feel like there is no way out, but help exists.',
  ],
  [
    'suicide-as-solution',
    'es',
    'El suicidio parecía la única salida.',
    'Puede parecer que no hay salida, pero hay ayuda.',
  ],
  ['method-details', 'en', 'He took 30 sleeping pills.', 'He took time to rest.'],
  ['method-details', 'en', 'She jumped off a bridge.', 'She jumped at the chance.'],
  ['method-details', 'en', 'Someone may overdose.', 'Someone may feel overwhelmed.'],
  ['method-details', 'es', 'Se tomó 30 pastillas.', 'Se tomó un tiempo para descansar.'],
  ['method-details', 'es', 'Se tiró de un puente.', 'Se tiró a la piscina con el proyecto.'],
  ['method-details', 'es', 'Intentó ahorcarse.', 'Intentó hablar con alguien.'],
  ['diagnostic-claim', 'en', 'You have an anxiety disorder.', 'If you have anxiety, a doctor can help.'],
  ['diagnostic-claim', 'en', 'You have PTSD. Talk to a therapist.', 'Talk to a therapist if you think you have PTSD.'],
  ['diagnostic-claim', 'en', 'You have trust issues.', 'Do you have trust issues? Many people do.'],
  ['diagnostic-claim', 'en', 'You’re paranoid about your partner.', 'You’re worried about your partner.'],
  ['diagnostic-claim', 'en', 'Your score means you have trust issues.', 'Your score is one way to reflect.'],
  ['diagnostic-claim', 'es', 'Tienes un trastorno de ansiedad.', 'Si tienes ansiedad, tu médico puede ayudarte.'],
  ['diagnostic-claim', 'es', 'Sufres de depresión.', 'No sufras a solas.'],
  [
    'diagnostic-claim',
    'es',
    'Tienes ansiedad; habla con tu médico.',
    'Si crees que tienes ansiedad, habla con tu médico.',
  ],
  [
    'diagnostic-claim',
    'es',
    'Tienes problemas de confianza.',
    '¿Tienes problemas de confianza? Le pasa a mucha gente.',
  ],
  ['diagnostic-claim', 'es', 'Eres paranoico con tu pareja.', 'Te preocupa tu pareja.'],
];

for (const [rule, lang, bad, good] of WORDING) {
  tested.add(rule);
  test(`${rule} (${lang}): fires on "${bad}", not on "${good}"`, () => {
    const failing = lintPack(edited(lang, (pack) => (pack.signs.intro = bad)));
    assert.deepEqual(
      failing.map((finding) => `${finding.id} ${finding.path}`),
      [`${rule} signs.intro`],
    );
    const [finding] = failing;
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /^Says “.+”: /);
    assert.ok(bad.includes(finding.message.match(/^Says “(.+?)”/)[1]), finding.message);
    assert.ok(finding.reason.length > 20 && !finding.reason.includes('\n'), 'a one-line reason');
    assert.ok(finding.guideline.length > 0);
    assert.deepEqual(found(edited(lang, (pack) => (pack.signs.intro = good))), []);
  });
}

test('wording advice is in the pack’s language', () => {
  const [en] = lintPack(edited('en', (pack) => (pack.signs.intro = 'He committed suicide.')));
  const [es] = lintPack(edited('es', (pack) => (pack.signs.intro = 'Cometió suicidio.')));
  assert.match(en.message, /say "died by suicide"/);
  assert.match(es.message, /di "murió por suicidio"/);
});

test('wording rules read every string a reader sees, and skip ids and quoted source titles', () => {
  const pack = edited('en', (pack) => {
    pack.coping.tracks[0].steps[0].tips[0] = 'Never say someone committed suicide';
    pack.hotlines.regions.GB.lines[0].note = 'Not after a failed attempt only.';
    pack.ui.quiz.next = 'You have depression';
    // A source's title is quoted exactly as the source shows it: not the pack's wording.
    pack.meta.sources[0].title = 'Why people say “committed suicide”';
  });
  assert.deepEqual(found(pack), [
    'suicide-crime-language coping.tracks[0].steps[0].tips[0]',
    'suicide-outcome-language hotlines.regions.GB.lines[0].note',
    'diagnostic-claim ui.quiz.next',
  ]);
});

/** Structural rules: [rule, language, change that must fire, expected findings, change that must not]. */
const STRUCTURAL = [
  [
    'result-names-disorder',
    'en',
    (pack) => (pack.quizzes[0].bands[1].title = 'Signs of an attachment disorder'),
    ['result-names-disorder quizzes[0].bands[1].title'],
    (pack) => (pack.quizzes[0].bands[1].title = 'This is not a disorder: trust takes effort now'),
  ],
  [
    'result-names-disorder',
    'es',
    (pack) => (pack.quizzes[0].bands[1].body = 'Podría ser un trastorno de apego.'),
    ['result-names-disorder quizzes[0].bands[1].body'],
    (pack) => (pack.quizzes[0].bands[1].body = 'No es un trastorno: confiar cuesta a veces.'),
  ],
  [
    'quiz-disclaimer',
    'en',
    (pack) => (pack.quizzes[0].disclaimer = 'Take your time with each statement.'),
    ['quiz-disclaimer quizzes[0].disclaimer'],
    (pack) => (pack.quizzes[0].disclaimer = 'This quiz cannot diagnose anything. Take your time.'),
  ],
  [
    'quiz-disclaimer',
    'es',
    (pack) => (pack.quizzes[0].disclaimer = 'Tómate tu tiempo con cada frase.'),
    ['quiz-disclaimer quizzes[0].disclaimer'],
    (pack) => (pack.quizzes[0].disclaimer = 'Esto no es un diagnóstico. Tómate tu tiempo.'),
  ],
  [
    'scored-safety-question',
    'en',
    (pack) => {
      delete pack.quizzes[0].questions[11].scored;
      pack.quizzes[0].safety[0].scoredQuestion = true;
    },
    ['scored-safety-question quizzes[0].safety[0].scoredQuestion'],
    // The opt-in on an unscored question changes nothing.
    (pack) => (pack.quizzes[0].safety[0].scoredQuestion = true),
  ],
  [
    'unwatched-safety-question',
    'en',
    (pack) => (pack.quizzes[0].questions[0].text = 'My partner threatens me.'),
    ['unwatched-safety-question quizzes[0].questions[0].text'],
    (pack) => (pack.quizzes[0].questions[0].text = 'My partner keeps their promises.'),
  ],
  [
    'unwatched-safety-question',
    'es',
    (pack) => (pack.quizzes[0].questions[0].text = 'Siento miedo de mi expareja.'),
    ['unwatched-safety-question quizzes[0].questions[0].text'],
    (pack) => (pack.quizzes[0].questions[0].text = 'Me da miedo que me dejen.'),
  ],
  [
    'top-band-hotlines',
    'en',
    (pack) => (pack.quizzes[0].bands[2].hotlines = false),
    ['top-band-hotlines quizzes[0].bands[2].hotlines'],
    // A lower band may go without.
    (pack) => (pack.quizzes[0].bands[1].hotlines = false),
  ],
  [
    'safety-topic-uncovered',
    'en',
    (pack) => {
      pack.quizzes[0].safety[0].topics.push('sexual-violence');
      stripTopic(pack, 'sexual-violence');
    },
    ['US', 'GB', 'CA', 'AU', 'IE'].map((code) => `safety-topic-uncovered hotlines.regions.${code}.lines`),
    (pack) => {
      pack.quizzes[0].safety[0].topics.push('sexual-violence');
      stripTopic(pack, 'sexual-violence');
      for (const region of Object.values(pack.hotlines.regions)) {
        region.gaps = [
          ...(region.gaps ?? []),
          { topic: 'sexual-violence', message: 'No national line; see a local service.' },
        ];
      }
    },
  ],
  [
    'region-emergency',
    'en',
    (pack) => (pack.hotlines.regions.GB.emergency = { display: '0800 123 456', dial: '0800123456' }),
    ['region-emergency hotlines.regions.GB.emergency.dial'],
    (pack) => (pack.hotlines.regions.GB.emergency = { display: '112', dial: '112' }),
  ],
  [
    'region-emergency',
    'en',
    // A helpline's number is not the emergency number, however short.
    (pack) => (pack.hotlines.regions.US.emergency = { display: '988', dial: '988' }),
    ['region-emergency hotlines.regions.US.emergency.dial'],
    (pack) => (pack.hotlines.regions.US.emergency = { display: '911', dial: '911' }),
  ],
  [
    'number-mismatch',
    'en',
    (pack) => (pack.hotlines.regions.US.lines[1].phone.display = '1-800-799-7234'),
    ['number-mismatch hotlines.regions.US.lines[1].phone.display'],
    // Letters that spell the digits, and a trunk 0 for a +44 number, are the same number.
    (pack) => {
      pack.hotlines.regions.US.lines[1].phone.display = '1-800-799-SAFE';
      pack.hotlines.regions.GB.lines[1].phone.dial = '+448082000247';
    },
  ],
  [
    'text-only-as-phone',
    'en',
    (pack) => (pack.hotlines.regions.US.lines[2].purpose = 'Call us any time, day or night.'),
    ['text-only-as-phone hotlines.regions.US.lines[2].purpose'],
    (pack) => (pack.hotlines.regions.US.lines[2].purpose = 'Text us any time. You cannot call this line.'),
  ],
  [
    'text-only-as-phone',
    'es',
    (pack) => (pack.hotlines.regions.GB.lines[3].note = 'Llámanos cuando quieras.'),
    ['text-only-as-phone hotlines.regions.GB.lines[3].note'],
    (pack) => (pack.hotlines.regions.GB.lines[3].note = 'Escríbenos cuando quieras; no atiende llamadas.'),
  ],
  [
    'help-promised',
    'en',
    (pack) => (pack.quizzes[0].bands[0].body = 'These free, confidential services can help.'),
    ['help-promised quizzes[0].bands[0].body'],
    (pack) => {
      pack.quizzes[0].bands[0].body = 'These free, confidential services can help.';
      pack.quizzes[0].bands[0].hotlines = true;
    },
  ],
  [
    'help-promised',
    'en',
    (pack) => (pack.quizzes[0].bands[1].body = 'The helplines below are free.'),
    ['help-promised quizzes[0].bands[1].body'],
    // A result may speak of numbers without meaning phone numbers.
    (pack) => (pack.quizzes[0].bands[1].body = 'These numbers do not define you. The steps below may help.'),
  ],
  [
    'help-promised',
    'es',
    (pack) => (pack.causes.items[1].details = 'Las líneas de abajo pueden ayudarte.'),
    ['help-promised causes.items[1].details'],
    (pack) => {
      pack.causes.items[1].details = 'Las líneas de abajo pueden ayudarte.';
      pack.causes.items[1].safety = { topics: ['crisis'], message: 'Mereces apoyo.' };
    },
  ],
];

/** Takes `topic` off every line and gap of every region. */
function stripTopic(pack, topic) {
  for (const region of Object.values(pack.hotlines.regions)) {
    for (const line of region.lines) line.topics = line.topics.filter((other) => other !== topic);
    if (region.gaps) region.gaps = region.gaps.filter((gap) => gap.topic !== topic);
  }
}

for (const [rule, lang, bad, expected, good] of STRUCTURAL) {
  tested.add(rule);
  test(`${rule} (${lang}): a failing and a passing example`, () => {
    const failing = lintPack(edited(lang, bad));
    assert.deepEqual(
      failing.map((finding) => `${finding.id} ${finding.path}`),
      expected,
    );
    const rules = Object.fromEntries(LINT_RULES.map((entry) => [entry.id, entry]));
    for (const finding of failing) {
      assert.equal(finding.severity, rules[rule].severity);
      assert.equal(finding.guideline, rules[rule].guideline);
      assert.equal(finding.reason, rules[rule].reason);
    }
    assert.deepEqual(found(edited(lang, good)), []);
  });
}

test('safety-topic-uncovered leaves to the validator a topic another region serves (no problem said twice)', async () => {
  const { parseContentPack } = await import('../../dist/schema.js');
  // The quiz's safety rule names domestic-violence; Canada's gap message for it is gone.
  const pack = edited('en', (pack) => pack.hotlines.regions.CA.gaps.splice(0, 1));
  assert.deepEqual(
    parseContentPack(pack).problems.map((problem) => problem.path),
    ['hotlines.regions.CA.gaps'],
  );
  assert.deepEqual(found(pack), []);
});

test('help-promised: text that quotes the help control by a label the pack does not give it', () => {
  const pack = edited('en', (pack) => (pack.ui.common.helpNow = 'Get support'));
  // The coping steps' own help section is headed ui.steps.helpTitle, still “Need help now?” here.
  const quoting = [
    ['signs', 'feedback', 3, 'message'],
    ['quizzes', 0, 'bands', 2, 'body'],
  ];
  for (const path of quoting) {
    assert.ok(path.reduce((value, key) => value[key], EN).includes('“Need help now?”'), path.join('.'));
  }
  assert.deepEqual(found(pack), ['help-promised signs.feedback[3].message', 'help-promised quizzes[0].bands[2].body']);
  const [finding] = lintPack(pack);
  assert.equal(
    finding.message,
    'Refers to “Need help now?”, but the help control is labelled “Get support” (ui.common.helpNow)',
  );
  const renamedBoth = edited('en', (pack) => {
    pack.ui.common.helpNow = 'Get support';
    pack.ui.steps.helpTitle = 'Get support';
  });
  assert.ok(found(renamedBoth).some((line) => line.startsWith('help-promised coping.')));
});

test('every rule has a failing and a passing example above, and a one-line reason and a guideline', () => {
  assert.deepEqual([...tested].sort(), LINT_RULES.map((rule) => rule.id).sort());
  for (const rule of LINT_RULES) {
    assert.match(rule.severity, /^(error|warning)$/);
    assert.ok(rule.reason.length > 20 && !rule.reason.includes('\n'), rule.id);
    assert.ok(
      ['Samaritans media guidelines', '#chatsafe', 'reportingonsuicide.org', 'trust-widgets content rules'].includes(
        rule.guideline,
      ),
      rule.id,
    );
  }
  const errors = LINT_RULES.filter((rule) => rule.severity === 'error').map((rule) => rule.id);
  for (const id of ['suicide-crime-language', 'suicide-sensational', 'method-details', 'scored-safety-question']) {
    assert.ok(errors.includes(id), `${id} is an error`);
  }
});

test('lintPack never throws: any JSON value, or a built-in pack with parts cut out or replaced', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => Array.isArray(lintPack(value))),
    { numRuns: 300 },
  );
  const paths = [];
  const collect = (value, path) => {
    paths.push(path);
    if (value && typeof value === 'object') for (const key of Object.keys(value)) collect(value[key], [...path, key]);
  };
  collect(EN, []);
  fc.assert(
    fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.jsonValue(), (path, junk) => {
      const pack = structuredClone(EN);
      const parent = path.slice(0, -1).reduce((value, key) => value[key], pack);
      parent[path.at(-1)] = junk;
      return Array.isArray(lintPack(pack));
    }),
    { numRuns: 150 },
  );
});

/** `file:line:column: severity id: message (guideline)` lines, parsed. */
const parseLines = (stdout, file) =>
  stdout
    .trim()
    .split('\n')
    .filter((line) => line.startsWith(`${file}:`))
    .map((line) => {
      const [, row, column, severity, id, message, guideline] = line
        .slice(file.length)
        .match(/^:(\d+):(\d+): (error|warning) ([\w-]+): (.*) \(([^()]+)\)$/);
      return { line: Number(row), column: Number(column), severity, id, message, guideline };
    });
const textAt = (text, line, column) => text.split('\n')[line - 1].slice(column - 1);
const write = (name, pack) => {
  const file = join(dir, name);
  const text = JSON.stringify(pack, null, 2);
  writeFileSync(file, text);
  return { file, text };
};

test('CLI: the built-in packs pass lint --strict (exit 0)', () => {
  const result = cli('lint', '--strict', 'content/trust-issues.en.json', 'content/trust-issues.es.json');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.equal(result.stdout, 'content/trust-issues.en.json: no findings\ncontent/trust-issues.es.json: no findings\n');
});

test('CLI: an error prints file:line:column: severity id: message (guideline) at the value, and exits 1', () => {
  const { file, text } = write(
    'error.json',
    edited('en', (pack) => (pack.causes.items[2].summary = 'Her father committed suicide.')),
  );
  const result = cli('lint', file);
  assert.equal(result.status, 1);
  const [finding, ...rest] = parseLines(result.stdout, file);
  assert.deepEqual(rest, []);
  assert.equal(finding.severity, 'error');
  assert.equal(finding.id, 'suicide-crime-language');
  assert.equal(finding.guideline, 'Samaritans media guidelines');
  assert.ok(textAt(text, finding.line, finding.column).startsWith('"Her father committed suicide."'));
  assert.match(result.stdout, /^1 error, 0 warnings$/m);
});

test('CLI: warnings alone exit 0, and 1 with --strict', () => {
  const { file, text } = write(
    'warning.json',
    edited('es', (pack) => (pack.quizzes[0].bands[2].hotlines = false)),
  );
  const plain = cli('lint', file);
  assert.equal(plain.status, 0, plain.stdout);
  const [finding] = parseLines(plain.stdout, file);
  assert.equal(finding.severity, 'warning');
  assert.equal(finding.id, 'top-band-hotlines');
  assert.ok(textAt(text, finding.line, finding.column).startsWith('false'));
  assert.match(plain.stdout, /warnings fail only with --strict/);
  assert.equal(cli('lint', '--strict', file).status, 1);
});

test('CLI: --json prints one array of findings with file, line and column', () => {
  const { file } = write(
    'json.json',
    edited('en', (pack) => {
      pack.signs.intro = 'A suicide epidemic.';
      pack.quizzes[0].disclaimer = 'Take your time.';
    }),
  );
  const result = cli('lint', '--json', file);
  assert.equal(result.status, 1);
  const findings = JSON.parse(result.stdout);
  assert.deepEqual(
    findings.map(({ id, severity, path }) => [id, severity, path]),
    [
      ['suicide-sensational', 'error', 'signs.intro'],
      ['quiz-disclaimer', 'warning', 'quizzes[0].disclaimer'],
    ],
  );
  for (const finding of findings) {
    assert.deepEqual(Object.keys(finding).sort(), [
      'column',
      'file',
      'guideline',
      'id',
      'line',
      'message',
      'path',
      'reason',
      'severity',
    ]);
    assert.equal(finding.file, file);
    assert.ok(finding.line > 1 && finding.column > 1);
  }
});

test('CLI: a pack that is not valid is linted as far as it can be read, and says to run validate', () => {
  const { file } = write(
    'invalid.json',
    edited('en', (pack) => {
      delete pack.meta.title;
      pack.signs.intro = 'He committed suicide.';
    }),
  );
  const result = cli('lint', file);
  assert.equal(result.status, 1);
  const findings = parseLines(result.stdout, file);
  assert.deepEqual(
    findings.map((finding) => finding.id),
    ['invalid-pack', 'suicide-crime-language'],
  );
  assert.equal(findings[0].message, `The pack is not valid (1 problem): run trust-widgets validate ${file}`);
});

test('CLI: a file that is missing or not JSON says so and exits 2; no file is a usage error', () => {
  const missing = cli('lint', join(dir, 'nope.json'));
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, `${join(dir, 'nope.json')}: file not found\n`);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "meta": {\n}');
  const notJson = cli('lint', broken, 'content/trust-issues.en.json');
  assert.equal(notJson.status, 2);
  assert.match(notJson.stderr, new RegExp(`^${broken.replaceAll('\\', '\\\\')}:3:2: not valid JSON \\(`));
  assert.match(notJson.stdout, /content\/trust-issues\.en\.json: no findings/, 'the other files are still linted');
  for (const args of [['lint'], ['lint', '--strict'], ['lint', '--fix', 'content/trust-issues.en.json']]) {
    const result = cli(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /Usage:\n {2}trust-widgets lint/);
  }
});
