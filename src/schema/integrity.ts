import type { Band, ContentPack, Question, Quiz, SafetyRule, SignGroup, Track } from './pack.js';

type Path = (string | number)[];
export type Report = (path: Path, message: string) => void;
/** A shape problem already found: where, and whether the value there is still of its type (`continue`). */
export interface ShapeProblem {
  path?: readonly PropertyKey[];
  continue?: boolean;
}

/**
 * Checks that ranges (sorted as listed) cover `from..to` exactly, with no gap or overlap.
 * Used for quiz result bands and for the signs checklist's feedback messages.
 */
export function checkCoverage(
  ranges: readonly { min: number; max: number }[],
  from: number,
  to: number,
  path: Path,
  what: string,
  report: Report,
): void {
  let expected = from;
  ranges.forEach((range, index) => {
    if (range.max < range.min) {
      report([...path, index, 'max'], `max (${range.max}) is below min (${range.min})`);
      return;
    }
    if (range.min > expected) {
      report(
        [...path, index, 'min'],
        `Gap: no ${what} covers ${expected}–${range.min - 1}; this min should be ${expected}`,
      );
    } else if (range.min < expected) {
      report([...path, index, 'min'], `Overlap: ${range.min} is already covered; this min should be ${expected}`);
    }
    expected = range.max + 1;
  });
  const last = ranges.at(-1);
  if (last && last.max !== to) {
    report(
      [...path, ranges.length - 1, 'max'],
      `The last ${what} must end at ${to} (the highest possible), not ${last.max}`,
    );
  }
}

/**
 * Cross-field rules a shape cannot express: unique ids, references that resolve, covered ranges,
 * safety rules. No zod here: the zod schema (pack.ts) and the small validator (parse.ts) both run it.
 *
 * Given the shape problems already found, it checks every rule whose data has the right shape, so
 * an editor sees both kinds in one pass: a rule reads only values that are of their type (no problem
 * that stopped their checks at them or above them), and a reference is checked only against a list
 * whose every id is sound, so a missing id never makes its references "unknown" too.
 */
export function checkIntegrity(pack: ContentPack, report: Report, problems: readonly ShapeProblem[] = []): void {
  const key = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));
  const stopped = new Set<string>();
  const under = new Set<string>();
  for (const problem of problems) {
    if (problem.continue === true) continue;
    const path = problem.path ?? [];
    stopped.add(key(path));
    for (let i = 0; i <= path.length; i += 1) under.add(key(path.slice(0, i)));
  }
  /** The value at `path` is of its type (it may hold bad values): no problem stopped at it or above it. */
  const typed = (path: Path) => path.every((_, i) => !stopped.has(key(path.slice(0, i + 1)))) && !stopped.has('[]');
  /** The value at `path` and everything in it are of their types. */
  const sound = (path: Path) => typed(path) && !under.has(key(path));
  /** The value at `path` when it is of its type, else `undefined`. */
  const at = <T>(path: Path): T | undefined =>
    typed(path)
      ? (path.reduce<unknown>((value, step) => (value as Record<string, unknown>)?.[step], pack) as T)
      : undefined;

  /** Reports duplicate ids among the sound ones; the ids, when every one is sound (else `undefined`). */
  const unique = (path: Path, kind: string): Set<string> | undefined => {
    const items = at<{ id: string }[]>(path);
    if (!items) return undefined;
    return collect(
      items.map((item, index) => [item, [...path, index]]),
      kind,
    );
  };
  /** `unique` for items gathered from several lists; `then` checks each item after its id. */
  const collect = (items: [{ id: string }, Path][], kind: string, then = (_path: Path) => {}) => {
    const seen = new Set<string>();
    let complete = true;
    for (const [item, path] of items) {
      if (sound([...path, 'id'])) {
        if (seen.has(item.id)) report([...path, 'id'], `Duplicate ${kind} id "${item.id}"`);
        seen.add(item.id);
      } else complete = false;
      then(path);
    }
    return complete ? seen : undefined;
  };
  const refs = (path: Path, known: Set<string> | undefined, kind: string) => {
    const ids = at<string[]>(path);
    if (!known || !ids) return;
    ids.forEach((id, index) => {
      if (sound([...path, index]) && !known.has(id)) report([...path, index], `Unknown ${kind} id "${id}"`);
    });
  };
  /** Band or feedback coverage, when the bounds are known and every min and max is sound. */
  const coverage = (path: Path, from: number | undefined, to: number | undefined, what: string) => {
    const ranges = at<{ min: number; max: number }[]>(path);
    if (!ranges || from === undefined || to === undefined) return;
    if (ranges.every((_, index) => sound([...path, index, 'min']) && sound([...path, index, 'max']))) {
      checkCoverage(ranges, from, to, path, what, report);
    }
  };

  const sources = unique(['meta', 'sources'], 'source');

  // Sign ids are unique across groups; the feedback covers 0..all signs.
  let signIds = typed(['signs']) ? new Set<string>() : undefined;
  if (at(['signs'])) {
    const groups = at<SignGroup[]>(['signs', 'groups']);
    unique(['signs', 'groups'], 'sign group');
    const lists = groups?.map((group, g) => ['signs', 'groups', g, 'signs'] as Path);
    const typedLists = lists?.every((path) => at(path));
    const signs = (typedLists ? lists! : []).flatMap((path) =>
      at<SignGroup['signs']>(path)!.map((sign, s) => [sign, [...path, s]] as [typeof sign, Path]),
    );
    const ids = collect(signs, 'sign', (path) => refs([...path, 'sources'], sources, 'source'));
    signIds = typedLists ? ids : undefined;
    coverage(['signs', 'feedback'], 0, typedLists ? signs.length : undefined, 'feedback message');
  }

  // Step ids are unique across tracks.
  let stepIds = typed(['coping']) ? new Set<string>() : undefined;
  if (at(['coping'])) {
    const tracks = at<Track[]>(['coping', 'tracks']);
    unique(['coping', 'tracks'], 'track');
    const lists = tracks?.map((track, t) => ['coping', 'tracks', t, 'steps'] as Path);
    const typedLists = lists?.every((path) => at(path));
    const steps = (typedLists ? lists! : []).flatMap((path) =>
      at<Track['steps']>(path)!.map((step, s) => [step, [...path, s]] as [typeof step, Path]),
    );
    const ids = collect(steps, 'step', (path) => refs([...path, 'sources'], sources, 'source'));
    stepIds = typedLists ? ids : undefined;
  }

  let causeIds = typed(['causes']) ? new Set<string>() : undefined;
  if (at(['causes'])) {
    causeIds = unique(['causes', 'items'], 'cause');
    at<unknown[]>(['causes', 'items'])?.forEach((_, c) => {
      refs(['causes', 'items', c, 'sources'], sources, 'source');
      refs(['causes', 'items', c, 'relatedSteps'], stepIds, 'coping step');
    });
  }

  unique(['quizzes'], 'quiz');
  at<Quiz[]>(['quizzes'])?.forEach((quiz, q) => {
    const path: Path = ['quizzes', q];
    if (!typed(path)) return;
    const scale = at<Quiz['scale']>([...path, 'scale']);
    const values = scale?.every((_, i) => sound([...path, 'scale', i, 'value']))
      ? scale.map((p) => p.value)
      : undefined;
    values?.forEach((value, i) => {
      if (i > 0 && value <= values[i - 1]!) {
        report([...path, 'scale', i, 'value'], 'Scale values must be listed from lowest to highest, each once');
      }
    });
    const low = values && Math.min(...values);
    const high = values && Math.max(...values);
    const questions = unique([...path, 'questions'], 'question');
    const list = at<Question[]>([...path, 'questions']);
    const scoredKnown = list?.every((_, i) => sound([...path, 'questions', i, 'scored']));
    const scored = scoredKnown ? list!.filter((question) => question.scored !== false).length : undefined;
    if (scored === 0) report([...path, 'questions'], 'At least one question must be scored');
    list?.forEach((question, i) => {
      const sign = [...path, 'questions', i, 'sign'];
      if (signIds && sound(sign) && question.sign !== undefined && !signIds.has(question.sign)) {
        report(sign, `Unknown sign id "${question.sign}"`);
      }
    });
    const within = (where: Path, value: number) => {
      if (low !== undefined && high !== undefined && sound(where) && (value < low || value > high)) {
        report(where, `Must be within the scale (${low}–${high})`);
      }
    };
    within([...path, 'standoutAt'], quiz.standoutAt);
    unique([...path, 'bands'], 'band');
    const bounds = scored !== undefined && low !== undefined && high !== undefined;
    coverage([...path, 'bands'], bounds ? scored * low : undefined, bounds ? scored * high : undefined, 'band');
    at<Band[]>([...path, 'bands'])?.forEach((_, b) => {
      refs([...path, 'bands', b, 'steps'], stepIds, 'coping step');
      refs([...path, 'bands', b, 'causes'], causeIds, 'cause');
    });
    at<SafetyRule[]>([...path, 'safety'])?.forEach((rule, r) => {
      if (!typed([...path, 'safety', r])) return;
      const where = [...path, 'safety', r, 'question'];
      const question = list?.find(
        (candidate, i) => sound([...path, 'questions', i, 'id']) && candidate.id === rule.question,
      );
      if (questions && sound(where) && !questions.has(rule.question)) {
        report(where, `Unknown question id "${rule.question}"`);
      } else if (question && sound(where) && scoredKnown && question.scored !== false && rule.scoredQuestion !== true) {
        if (sound([...path, 'safety', r, 'scoredQuestion'])) {
          report(
            where,
            `Question "${rule.question}" is scored, so fear would add to the score: give it "scored": false, or set "scoredQuestion": true on this rule`,
          );
        }
      }
      within([...path, 'safety', r, 'atLeast'], rule.atLeast);
    });
  });

  const regions = at<ContentPack['hotlines']['regions']>(['hotlines', 'regions']);
  if (!regions) return;
  const defaultRegion = at<string>(['hotlines', 'defaultRegion']);
  if (defaultRegion !== undefined && sound(['hotlines', 'defaultRegion']) && !Object.hasOwn(regions, defaultRegion)) {
    report(['hotlines', 'defaultRegion'], `No hotlines are listed for the default region "${defaultRegion}"`);
  }
  // A topic one region serves (a reader can ask for it with `topics`, a safety rule can) must be
  // served by every region, or the region must say in `gaps` why not and where to turn instead.
  const topicsKnown = Object.keys(regions).every(
    (code) => sound(['hotlines', 'regions', code, 'lines']) && sound(['hotlines', 'regions', code, 'gaps']),
  );
  const served = new Set(
    topicsKnown ? Object.values(regions).flatMap((region) => region.lines.flatMap((line) => line.topics)) : [],
  );
  for (const [code, region] of Object.entries(regions)) {
    unique(['hotlines', 'regions', code, 'lines'], 'hotline');
    for (const topic of served) {
      if (region.lines.some((line) => line.topics.includes(topic))) continue;
      if (region.gaps?.some((gap) => gap.topic === topic)) continue;
      report(
        ['hotlines', 'regions', code, 'gaps'],
        `No line here serves "${topic}": add one, or a gap message saying where to turn instead`,
      );
    }
  }
}
