/**
 * `lintPack`: safe-messaging and safety judgement on a content pack, on top of what the validator
 * (src/schema/) enforces. The validator decides whether a pack can be shown at all; the lint says
 * where its words or its help could harm or fail a reader. It never repeats a validator problem:
 * what the schema requires (an emergency number, a disclaimer, unscored safety questions unless
 * opted in, a line or gap for every topic another region serves) is left to it, and the lint looks
 * at what the schema allows.
 */
import { formatPath } from '../schema/parse.js';
import { arr, isObj, normalize, obj, str, texts, type Obj, type Path } from './read.js';
import {
  CALL,
  DISORDER,
  NOT_A_DIAGNOSIS,
  PROMISE,
  SAFETY_QUESTION,
  WORDING,
  denied,
  negated,
  type Severity,
} from './wording.js';

/** One lint finding: what rule, how bad, where (a validator-style path), and why. */
export interface LintFinding {
  id: string;
  severity: 'error' | 'warning';
  /** Where, e.g. `quizzes[0].bands[2].title`, as in validation problems; empty for the pack. */
  path: string;
  message: string;
  /** Why the rule exists, in one line. */
  reason: string;
  /** The guidance it comes from, e.g. "Samaritans media guidelines". */
  guideline: string;
}

export interface LintRule {
  id: string;
  severity: Severity;
  guideline: string;
  reason: string;
}

const CONTENT_RULES = 'trust-widgets content rules';

/** The rules that are not about wording alone. */
const STRUCTURAL = {
  'result-names-disorder': {
    severity: 'warning',
    guideline: CONTENT_RULES,
    reason: 'A quiz result that names a disorder reads as a diagnosis, which a self-check cannot give.',
  },
  'quiz-disclaimer': {
    severity: 'warning',
    guideline: CONTENT_RULES,
    reason: 'Readers must be told the quiz is a reflection aid and not a diagnosis before they take it.',
  },
  'scored-safety-question': {
    severity: 'error',
    guideline: CONTENT_RULES,
    reason: 'Fear of someone is not a trust "point": counting it in the score turns a safety answer into a label.',
  },
  'unwatched-safety-question': {
    severity: 'warning',
    guideline: CONTENT_RULES,
    reason: 'A question about fear, danger or self-harm should show help as soon as it is answered.',
  },
  'top-band-hotlines': {
    severity: 'warning',
    guideline: 'Samaritans media guidelines',
    reason:
      'The result for the highest scores is the one most likely to be read by someone struggling: always signpost support with it.',
  },
  'safety-topic-uncovered': {
    severity: 'error',
    guideline: CONTENT_RULES,
    reason:
      'A safety message that promises lines for a topic must find one, or a message saying where to turn, in every region.',
  },
  'region-emergency': {
    severity: 'warning',
    guideline: CONTENT_RULES,
    reason: 'The emergency number must reach the emergency services: a short code like 911, 999, 112 or 000.',
  },
  'number-mismatch': {
    severity: 'warning',
    guideline: CONTENT_RULES,
    reason:
      'A reader may type the number shown rather than tap the link: the shown and the dialled number must be the same.',
  },
  'text-only-as-phone': {
    severity: 'warning',
    guideline: CONTENT_RULES,
    reason:
      'A reader in crisis told to call a line that only takes texts or chats loses time finding a number that is not there.',
  },
  'help-promised': {
    severity: 'warning',
    guideline: CONTENT_RULES,
    reason:
      'Text that points at helplines must be shown with them, and must name the help control as the pack labels it.',
  },
} as const satisfies Record<string, Omit<LintRule, 'id'>>;

type StructuralId = keyof typeof STRUCTURAL;

/** Every rule the lint has, wording rules first: for documentation and the studio's help. */
export const LINT_RULES: readonly LintRule[] = [
  ...WORDING.map(({ id, severity, guideline, reason }) => ({ id, severity, guideline, reason })),
  ...Object.entries(STRUCTURAL).map(([id, rule]) => ({ id, ...rule })),
];

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
/** The first match of any of `patterns` that `allow` does not let pass. `exec` on the shared
 * pattern, not `matchAll`, which copies the pattern each call: 5× slower over a pack's strings. */
const firstMatch = (patterns: RegExp[], text: string, allow?: (text: string, index: number) => boolean) => {
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (!allow?.(text, match.index)) return match;
    }
  }
  return undefined;
};
const digits = (value: string) => value.replace(/\D/g, '');

/**
 * Lints a parsed content pack. Works on any JSON value: what it cannot read (a missing section, a
 * value of the wrong type) it skips, and it never throws. The wording findings come first, in pack
 * order (one per rule and string), then the quizzes', the causes', and the hotlines' by region.
 */
export function lintPack(pack: unknown): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (id: StructuralId, path: Path, message: string) =>
    findings.push({ id, ...STRUCTURAL[id], path: formatPath(path), message });
  const root = obj(pack);
  if (!root) return findings;

  // Wording, in every string a reader can read.
  const spanish = /^es(?:-|$)/i.test(str(obj(root.meta)?.locale) ?? '');
  const all = texts(root);
  for (const { path, value } of all) {
    const text = normalize(value);
    for (const rule of WORDING) {
      const match = firstMatch(rule.patterns, text, rule.allow);
      if (!match) continue;
      findings.push({
        id: rule.id,
        severity: rule.severity,
        guideline: rule.guideline,
        reason: rule.reason,
        path: formatPath(path),
        message: `Says ${quote(value.slice(match.index, match.index + match[0].length))}: ${spanish ? rule.advice.es : rule.advice.en}`,
      });
    }
  }

  const regions = Object.entries(obj(obj(root.hotlines)?.regions) ?? {}).filter((entry): entry is [string, Obj] =>
    isObj(entry[1]),
  );
  const linesOf = (region: Obj) => arr(region.lines).filter(isObj);
  const topicsOf = (line: Obj) => arr(line.topics).filter((topic) => typeof topic === 'string');

  // Quizzes: the disclaimer, the result bands, the safety questions.
  arr(root.quizzes).forEach((value, q) => {
    const quiz = obj(value);
    if (!quiz) return;
    const at = (...rest: Path): Path => ['quizzes', q, ...rest];
    const disclaimer = str(quiz.disclaimer);
    if (disclaimer !== undefined && !firstMatch(NOT_A_DIAGNOSIS, normalize(disclaimer))) {
      add('quiz-disclaimer', at('disclaimer'), 'The disclaimer does not say the quiz is not a diagnosis');
    }

    const bands = arr(quiz.bands)
      .map((band, b) => [obj(band), b] as const)
      .filter((entry): entry is [Obj, number] => entry[0] !== undefined);
    for (const [band, b] of bands) {
      for (const key of ['title', 'body'] as const) {
        const text = str(band[key]);
        const match = text !== undefined && firstMatch(DISORDER, normalize(text), negated);
        if (match) {
          add(
            'result-names-disorder',
            at('bands', b, key),
            `This result names ${quote(match[0])}: describe what the reader noticed, not a condition`,
          );
        }
      }
      if (band.hotlines !== true) {
        for (const key of ['title', 'body'] as const) {
          const text = str(band[key]);
          const match = text !== undefined && firstMatch(PROMISE, normalize(text));
          if (match) {
            add(
              'help-promised',
              at('bands', b, key),
              `Points at helplines (${quote(match[0])}), but this band shows none: set "hotlines": true`,
            );
          }
        }
      }
    }
    const tops = bands.filter(([band]) => typeof band.max === 'number');
    const highest = Math.max(...tops.map(([band]) => band.max as number));
    for (const [band, b] of tops) {
      if (band.max === highest && band.hotlines === false) {
        add(
          'top-band-hotlines',
          at('bands', b, 'hotlines'),
          `Band "${str(band.id) ?? b}" covers the highest scores but shows no hotlines: set "hotlines": true`,
        );
      }
    }

    const questions = arr(quiz.questions).filter(isObj);
    const rules = arr(quiz.safety).filter(isObj);
    arr(quiz.safety).forEach((rule, r) => {
      if (!isObj(rule) || rule.scoredQuestion !== true) return;
      const question = questions.find((candidate) => candidate.id === rule.question);
      if (question && question.scored !== false) {
        add(
          'scored-safety-question',
          at('safety', r, 'scoredQuestion'),
          `Safety question "${String(rule.question)}" counts toward the score: give it "scored": false and remove "scoredQuestion"`,
        );
      }
    });
    arr(quiz.questions).forEach((question, i) => {
      const text = str(obj(question)?.text);
      if (text === undefined || rules.some((rule) => rule.question === obj(question)?.id)) return;
      const match = firstMatch(SAFETY_QUESTION, normalize(text));
      if (match) {
        add(
          'unwatched-safety-question',
          at('questions', i, 'text'),
          `Asks about ${quote(match[0])}, but no safety rule watches it: add one (and "scored": false) so an answer shows help at once`,
        );
      }
    });
  });

  // Causes that point at helplines they do not show.
  arr(obj(root.causes)?.items).forEach((cause, c) => {
    if (!isObj(cause) || cause.safety !== undefined) return;
    for (const key of ['title', 'summary', 'details', 'reflection'] as const) {
      const text = str(cause[key]);
      const match = text !== undefined && firstMatch(PROMISE, normalize(text));
      if (match) {
        add(
          'help-promised',
          ['causes', 'items', c, key],
          `Points at helplines (${quote(match[0])}), but this cause shows none: give it a "safety" with topics`,
        );
      }
    }
  });

  // The help control, quoted by its label ("“Need help now?” shows helplines"): every element
  // labels it ui.common.helpNow; the coping steps' help section is headed ui.steps.helpTitle.
  const ui = obj(root.ui);
  const helpNow = str(obj(ui?.common)?.helpNow);
  const helpTitle = str(obj(ui?.steps)?.helpTitle);
  const bare = (label: string) =>
    normalize(label)
      .replace(/[¿?¡!]/g, '')
      .trim()
      .toLowerCase();
  if (helpNow !== undefined) {
    for (const { path, value } of all) {
      if (path[0] === 'ui') continue;
      const labels = path[0] === 'coping' && helpTitle !== undefined ? [helpNow, helpTitle] : [helpNow];
      for (const [, quoted] of value.matchAll(/[“"«]([^”"»]{2,60})[”"»]/g)) {
        // A control's label is short; a longer quoted question is something to say ("Ask: “What
        // helps you feel safe with me?”").
        if (!/\?$/.test(quoted!) || !/help|ayuda/i.test(quoted!) || quoted!.split(/\s+/).length > 5) continue;
        if (labels.some((label) => bare(label) === bare(quoted!))) continue;
        add(
          'help-promised',
          path,
          `Refers to ${quote(quoted!)}, but the help control is labelled ${quote(helpNow)} (ui.common.helpNow)`,
        );
      }
    }
  }

  // Hotlines: emergency numbers, shown and dialled numbers, text-only lines, safety topics.
  const served = new Set(regions.flatMap(([, region]) => linesOf(region).flatMap(topicsOf)));
  const named = new Map<string, string>();
  arr(root.quizzes).forEach((quiz, q) =>
    arr(obj(quiz)?.safety).forEach((rule, r) =>
      arr(obj(rule)?.topics).forEach((topic) => {
        if (typeof topic === 'string' && !named.has(topic)) named.set(topic, formatPath(['quizzes', q, 'safety', r]));
      }),
    ),
  );
  arr(obj(root.causes)?.items).forEach((cause, c) =>
    arr(obj(obj(cause)?.safety)?.topics).forEach((topic) => {
      if (typeof topic === 'string' && !named.has(topic))
        named.set(topic, formatPath(['causes', 'items', c, 'safety']));
    }),
  );

  for (const [code, region] of regions) {
    const at = (...rest: Path): Path => ['hotlines', 'regions', code, ...rest];
    const emergency = obj(region.emergency);
    const dial = str(emergency?.dial);
    const lineDials = linesOf(region).flatMap((line) =>
      ['phone', 'sms'].map((kind) => [str(obj(line[kind])?.dial), str(line.name) ?? str(line.id)] as const),
    );
    if (dial !== undefined && /^\+?\d+$/.test(dial)) {
      const line = lineDials.find(([other]) => other === dial);
      if (line) {
        add(
          'region-emergency',
          at('emergency', 'dial'),
          `The emergency number ${dial} is the number of ${quote(line[1] ?? 'a line')}, not of the emergency services`,
        );
      } else if (dial.startsWith('+') || dial.length > 4) {
        add(
          'region-emergency',
          at('emergency', 'dial'),
          `${dial} looks like an ordinary phone number, not the emergency services' short number (e.g. 911, 999, 112, 000)`,
        );
      }
    }
    const numbers: [Path, unknown][] = [[at('emergency'), region.emergency]];
    arr(region.lines).forEach((line, l) => {
      for (const kind of ['phone', 'sms', 'tty']) numbers.push([at('lines', l, kind), obj(line)?.[kind]]);
    });
    for (const [path, number] of numbers) {
      const display = str(obj(number)?.display);
      const dialled = str(obj(number)?.dial);
      if (display !== undefined && dialled !== undefined && !matches(display, dialled)) {
        add(
          'number-mismatch',
          [...path, 'display'],
          `Shows ${quote(display)} but dials ${dialled}: a reader who types the shown number reaches another line`,
        );
      }
    }

    arr(region.lines).forEach((line, l) => {
      if (!isObj(line) || line.phone !== undefined || line.tty !== undefined) return;
      for (const key of ['name', 'purpose', 'hours', 'note'] as const) {
        const text = str(line[key]);
        const match = text !== undefined && firstMatch(CALL, normalize(text), denied);
        if (match) {
          add(
            'text-only-as-phone',
            at('lines', l, key),
            `Says ${quote(match[0])}, but this line has no phone number: readers can only text${line.chat === undefined ? '' : ' or chat'}`,
          );
        }
      }
    });

    const lines = linesOf(region);
    const gaps = arr(region.gaps).filter(isObj);
    for (const [topic, where] of named) {
      // A topic another region serves is the validator's to report (integrity.ts).
      if (served.has(topic) || !Array.isArray(region.lines)) continue;
      if (lines.some((line) => topicsOf(line).includes(topic))) continue;
      if (gaps.some((gap) => gap.topic === topic)) continue;
      add(
        'safety-topic-uncovered',
        at('lines'),
        `No line here serves "${topic}", which ${where} names, and no gap message says where to turn instead`,
      );
    }
  }
  return findings;
}

/** Letters on a phone keypad, for numbers shown as words ("1-800-799-SAFE"). */
const KEYPAD = 'abc2def3ghi4jkl5mno6pqrs7tuv8wxyz9';
const keypad = (text: string) =>
  text.toLowerCase().replace(/[a-z]/g, (letter) => {
    const after = KEYPAD.slice(KEYPAD.indexOf(letter));
    return after.match(/\d/)![0];
  });

/**
 * The shown number is the dialled one: the same digits, allowing a country code (+1, +44) or a
 * trunk 0 on either side, extra words in brackets ("(SAFE)"), "or" alternatives ("112 or 999"),
 * and letters that spell digits.
 */
function matches(display: string, dial: string): boolean {
  const wanted = digits(dial);
  const core = (value: string) => value.replace(/^0+/, '');
  const candidates = [display.replace(/\([^)]*\)/g, ''), ...display.split(/\bor\b|\bo\b|\//)].flatMap((part) => [
    digits(part),
    digits(keypad(part)),
  ]);
  return candidates.some(
    (shown) =>
      shown.length >= 2 &&
      (shown === wanted ||
        (core(shown).length >= 3 && wanted.endsWith(core(shown))) ||
        (core(wanted).length >= 3 && shown.endsWith(core(wanted))) ||
        (shown.length > wanted.length && shown.startsWith(wanted))),
  );
}
