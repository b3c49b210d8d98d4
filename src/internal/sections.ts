import type { ContentPack } from '../schema/pack.js';

/**
 * A pack by section (issue 17). `core` is what every element shows: meta, the hotlines of the
 * banner each element carries, the banner's and the error panel's strings. Each other section is
 * one element's content with its interface strings; `quizzes` also holds the signs, steps and
 * causes its questions and results name (only those). The built-in packs are split this way
 * (scripts/split-packs.mjs runs `splitPack`), so a page downloads only the sections its elements
 * render, and an element's hydration key covers only the part of a pack it reads (`packPart`).
 */
const PARTS = {
  core: { keys: ['meta', 'hotlines'], ui: ['common', 'banner'] },
  quizzes: { keys: ['quizzes'], ui: ['quiz'] },
  signs: { keys: ['signs'], ui: ['checklist'] },
  causes: { keys: ['causes'], ui: ['explorer'] },
  coping: { keys: ['coping'], ui: ['steps'] },
} as const;

export type Section = keyof typeof PARTS;

/** The sections an element reads besides `core`. */
export type ElementSections = readonly Exclude<Section, 'core'>[];

type Part = Record<string, unknown> & { ui: Record<string, unknown> };

/** The signs, steps and causes of `pack` that its quizzes name, each list kept in its own shape. */
function namedByQuizzes(pack: ContentPack): Partial<ContentPack> {
  const quizzes = pack.quizzes ?? [];
  const signs = new Set(quizzes.flatMap((quiz) => quiz.questions.map((question) => question.sign)));
  const steps = new Set(quizzes.flatMap((quiz) => quiz.bands.flatMap((band) => band.steps)));
  const causes = new Set(quizzes.flatMap((quiz) => quiz.bands.flatMap((band) => band.causes)));
  const named: Partial<ContentPack> = {};
  if (pack.signs) {
    const groups = pack.signs.groups
      .map((group) => ({ ...group, signs: group.signs.filter((sign) => signs.has(sign.id)) }))
      .filter((group) => group.signs.length > 0);
    named.signs = { ...pack.signs, groups };
  }
  if (pack.coping) {
    const tracks = pack.coping.tracks
      .map((track) => ({ ...track, steps: track.steps.filter((step) => steps.has(step.id)) }))
      .filter((track) => track.steps.length > 0);
    named.coping = { ...pack.coping, tracks };
  }
  if (pack.causes) named.causes = { ...pack.causes, items: pack.causes.items.filter((cause) => causes.has(cause.id)) };
  return named;
}

/** One section of `pack`. */
function sectionOf(pack: ContentPack, name: Section): Part {
  const whole = pack as unknown as Record<string, unknown> & { ui?: Record<string, unknown> };
  const part: Part = { ...(name === 'quizzes' ? namedByQuizzes(pack) : {}), ui: {} };
  for (const key of PARTS[name].keys) if (key in whole) part[key] = whole[key];
  for (const key of PARTS[name].ui) if (whole.ui && key in whole.ui) part.ui[key] = whole.ui[key];
  return part;
}

/** `pack` split into its sections (what scripts/split-packs.mjs writes). */
export function splitPack(pack: ContentPack): Record<Section, Part> {
  return Object.fromEntries((Object.keys(PARTS) as Section[]).map((name) => [name, sectionOf(pack, name)])) as Record<
    Section,
    Part
  >;
}

/** The sections an element reads, `core` first, then in `PARTS` order (`quizzes`' few named items before any whole list). */
export const withCore = (sections: ElementSections): Section[] =>
  (Object.keys(PARTS) as Section[]).filter((name) => name === 'core' || sections.includes(name));

/** Puts sections (in `withCore` order) together into the pack an element reads. */
export function joinSections(sections: readonly Record<string, unknown>[]): ContentPack {
  const ui: Record<string, unknown> = {};
  const pack: Record<string, unknown> = {};
  for (const section of sections as Part[]) {
    Object.assign(pack, section, { ui });
    Object.assign(ui, section.ui);
  }
  return pack as unknown as ContentPack;
}

/** The part of `pack` an element reading `sections` sees: what `joinSections` gives for the built-in pack. */
export const packPart = (pack: ContentPack, sections: ElementSections): ContentPack =>
  joinSections(withCore(sections).map((name) => sectionOf(pack, name)));

/** A stable name for a set of sections, e.g. `causes+coping`. */
export const sectionsKey = (sections: ElementSections): string => withCore(sections).join('+');
