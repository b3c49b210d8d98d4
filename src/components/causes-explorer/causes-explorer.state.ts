import type { Cause, ContentPack, RelationshipTag, UiStrings } from '../../schema/pack.js';

/** Every relationship tag, in the order the filter lists them. */
export const TAGS: readonly RelationshipTag[] = ['romantic', 'family', 'friends', 'work'];

export type Filter = RelationshipTag | 'all';

/** The filter's label for a tag, from the pack's UI strings. */
export function tagLabel(strings: UiStrings['explorer'], tag: Filter): string {
  const labels: Record<Filter, string> = {
    all: strings.all,
    romantic: strings.tagRomantic,
    family: strings.tagFamily,
    friends: strings.tagFriends,
    work: strings.tagWork,
  };
  return labels[tag];
}

/** Whether the pack tags any cause, so a filter makes sense. */
export function isTagged(causes: readonly Cause[]): boolean {
  return causes.some((cause) => (cause.relationships?.length ?? 0) > 0);
}

/** The causes a filter lets through, in pack order. Untagged causes show only under "all". */
export function filterCauses(causes: readonly Cause[], filter: Filter): Cause[] {
  return filter === 'all' ? [...causes] : causes.filter((cause) => cause.relationships?.includes(filter));
}

/** Titles of coping steps by id, from any track; ids the pack does not have are left out. */
export function stepTitles(pack: ContentPack, ids: readonly string[]): { id: string; title: string }[] {
  const steps = pack.coping?.tracks.flatMap((track) => track.steps) ?? [];
  return ids.flatMap((id) => {
    const step = steps.find((candidate) => candidate.id === id);
    return step ? [{ id, title: step.title }] : [];
  });
}

/**
 * The tab to move to for a key in a tab list of `count` tabs, or `undefined` for other keys.
 * Left/Right mean previous/next, flipped in right-to-left text; both wrap around. Home/End go to
 * the first/last tab.
 */
export function tabKeyTarget(key: string, index: number, count: number, rtl: boolean): number | undefined {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (index + 1) % count;
    case backward:
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
