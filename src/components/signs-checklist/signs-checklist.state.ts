import type { ContentPack, SignGroup } from '../../schema/pack.js';

type Signs = NonNullable<ContentPack['signs']>;
type Feedback = Signs['feedback'][number];

/** The groups to show: every group, or only the one named by `group`. `undefined` for an unknown id. */
export function groupsToShow(signs: Signs, group?: string | null): SignGroup[] | undefined {
  if (!group) return signs.groups;
  const found = signs.groups.find((candidate) => candidate.id === group);
  return found ? [found] : undefined;
}

/** Every sign id in the checklist, in pack order. */
export function allSignIds(groups: readonly SignGroup[]): string[] {
  return groups.flatMap((group) => group.signs.map((sign) => sign.id));
}

/**
 * The pack's feedback for `count` ticked out of the `shown` signs on screen.
 *
 * The pack's ranges are written for the whole checklist (0..all signs). When only one group is
 * shown, the count is scaled to the whole checklist before the ranges are applied, so the words
 * keep their meaning: ticking every sign of a group reads as "many of these", not "a few", and
 * nothing ticked is always the "none" message. A count above 0 never scales down to 0.
 */
export function feedbackFor(
  feedback: readonly Feedback[],
  count: number,
  shown: number,
  all: number,
): Feedback | undefined {
  const scaled =
    shown === all || shown === 0 ? count : count === 0 ? 0 : Math.max(1, Math.round((count * all) / shown));
  return feedback.find((range) => scaled >= range.min && scaled <= range.max);
}

/** Ticked ids read back from storage, kept only when they are still signs on screen, in pack order. */
export function restoreChecked(stored: unknown, ids: readonly string[]): string[] {
  if (!Array.isArray(stored)) return [];
  const wanted = new Set(stored.filter((value): value is string => typeof value === 'string'));
  return ids.filter((id) => wanted.has(id));
}

/**
 * What to store: the ticks on screen, plus stored ids this checklist does not show (another pack
 * with the same `meta.id` keeps its ticks under the same key).
 */
export function keepForeign(stored: unknown, shown: readonly string[], checked: readonly string[]): string[] {
  const mine = new Set(shown);
  const others = Array.isArray(stored)
    ? stored.filter((value): value is string => typeof value === 'string' && !mine.has(value))
    : [];
  return [...others, ...checked];
}
