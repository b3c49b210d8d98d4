import type { ContentPack } from './pack.js';

type Path = (string | number)[];
export type Report = (path: Path, message: string) => void;

function unique(items: readonly { id: string }[], path: Path, kind: string, report: Report): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) report([...path, index, 'id'], `Duplicate ${kind} id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

function refs(ids: readonly string[], known: Set<string>, path: Path, kind: string, report: Report): void {
  ids.forEach((id, index) => {
    if (!known.has(id)) report([...path, index], `Unknown ${kind} id "${id}"`);
  });
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
 * Cross-field rules a shape cannot express: unique ids, references that resolve, covered ranges.
 * No zod here: the zod schema (pack.ts) and the small validator (parse.ts) both run it.
 */
export function checkIntegrity(pack: ContentPack, report: Report): void {
  const sources = unique(pack.meta.sources, ['meta', 'sources'], 'source', report);

  const signIds = new Set<string>();
  if (pack.signs) {
    const { groups, feedback } = pack.signs;
    unique(groups, ['signs', 'groups'], 'sign group', report);
    const allSigns = groups.flatMap((group, g) =>
      group.signs.map((sign, s) => ({ sign, path: ['signs', 'groups', g, 'signs', s] as Path })),
    );
    for (const { sign, path } of allSigns) {
      if (signIds.has(sign.id)) report([...path, 'id'], `Duplicate sign id "${sign.id}"`);
      signIds.add(sign.id);
      refs(sign.sources, sources, [...path, 'sources'], 'source', report);
    }
    checkCoverage(feedback, 0, allSigns.length, ['signs', 'feedback'], 'feedback message', report);
  }

  const stepIds = new Set<string>();
  if (pack.coping) {
    unique(pack.coping.tracks, ['coping', 'tracks'], 'track', report);
    pack.coping.tracks.forEach((track, t) =>
      track.steps.forEach((step, s) => {
        const path = ['coping', 'tracks', t, 'steps', s];
        if (stepIds.has(step.id)) report([...path, 'id'], `Duplicate step id "${step.id}"`);
        stepIds.add(step.id);
        refs(step.sources, sources, [...path, 'sources'], 'source', report);
      }),
    );
  }

  let causeIds = new Set<string>();
  if (pack.causes) {
    causeIds = unique(pack.causes.items, ['causes', 'items'], 'cause', report);
    pack.causes.items.forEach((cause, c) => {
      refs(cause.sources, sources, ['causes', 'items', c, 'sources'], 'source', report);
      refs(cause.relatedSteps, stepIds, ['causes', 'items', c, 'relatedSteps'], 'coping step', report);
    });
  }

  if (pack.quizzes) {
    unique(pack.quizzes, ['quizzes'], 'quiz', report);
    pack.quizzes.forEach((quiz, q) => {
      const path = ['quizzes', q];
      const values = quiz.scale.map((point) => point.value);
      values.forEach((value, i) => {
        if (i > 0 && value <= values[i - 1]!) {
          report([...path, 'scale', i, 'value'], 'Scale values must be listed from lowest to highest, each once');
        }
      });
      const low = Math.min(...values);
      const high = Math.max(...values);
      const questions = unique(quiz.questions, [...path, 'questions'], 'question', report);
      const scored = quiz.questions.filter((question) => question.scored !== false);
      if (scored.length === 0) report([...path, 'questions'], 'At least one question must be scored');
      quiz.questions.forEach((question, i) => {
        if (question.sign !== undefined && !signIds.has(question.sign)) {
          report([...path, 'questions', i, 'sign'], `Unknown sign id "${question.sign}"`);
        }
      });
      if (quiz.standoutAt < low || quiz.standoutAt > high) {
        report([...path, 'standoutAt'], `Must be within the scale (${low}–${high})`);
      }
      unique(quiz.bands, [...path, 'bands'], 'band', report);
      checkCoverage(quiz.bands, scored.length * low, scored.length * high, [...path, 'bands'], 'band', report);
      quiz.bands.forEach((band, b) => {
        refs(band.steps, stepIds, [...path, 'bands', b, 'steps'], 'coping step', report);
        refs(band.causes, causeIds, [...path, 'bands', b, 'causes'], 'cause', report);
      });
      quiz.safety.forEach((rule, r) => {
        const question = quiz.questions.find((candidate) => candidate.id === rule.question);
        if (!questions.has(rule.question)) {
          report([...path, 'safety', r, 'question'], `Unknown question id "${rule.question}"`);
        } else if (question?.scored !== false && rule.scoredQuestion !== true) {
          report(
            [...path, 'safety', r, 'question'],
            `Question "${rule.question}" is scored, so fear would add to the score: give it "scored": false, or set "scoredQuestion": true on this rule`,
          );
        }
        if (rule.atLeast < low || rule.atLeast > high) {
          report([...path, 'safety', r, 'atLeast'], `Must be within the scale (${low}–${high})`);
        }
      });
    });
  }

  const { defaultRegion, regions } = pack.hotlines;
  if (!Object.hasOwn(regions, defaultRegion)) {
    report(['hotlines', 'defaultRegion'], `No hotlines are listed for the default region "${defaultRegion}"`);
  }
  // A topic one region serves (a reader can ask for it with `topics`, a safety rule can) must be
  // served by every region, or the region must say in `gaps` why not and where to turn instead.
  const served = new Set(Object.values(regions).flatMap((region) => region.lines.flatMap((line) => line.topics)));
  for (const [code, region] of Object.entries(regions)) {
    unique(region.lines, ['hotlines', 'regions', code, 'lines'], 'hotline', report);
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
