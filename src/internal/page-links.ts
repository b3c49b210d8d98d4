/** What a quiz result can point to elsewhere on the page. */
export type PageLinkKind = 'step' | 'cause';

export interface PageLinkDetail {
  kind: PageLinkKind;
  id: string;
}

/** The element that shows each kind, and the property that picks the item in it. */
const TARGETS: Record<PageLinkKind, { tag: string; property: string }> = {
  step: { tag: 'trust-coping-steps', property: 'step' },
  cause: { tag: 'trust-causes-explorer', property: 'selected' },
};

/** The first element on the page that can show `kind`, if any (searched in the light DOM). */
export function pageTarget(kind: PageLinkKind, root: ParentNode = document): HTMLElement | undefined {
  return root.querySelector<HTMLElement>(TARGETS[kind].tag) ?? undefined;
}

/**
 * Shows a coping step or cause in the `<trust-coping-steps>` / `<trust-causes-explorer>` on the
 * page: sets its `step` / `selected` property, scrolls it into view (smoothly unless the reader
 * prefers reduced motion) and focuses it. Returns false when no such element is on the page.
 */
export async function revealInPage(kind: PageLinkKind, id: string, root: ParentNode = document): Promise<boolean> {
  const target = pageTarget(kind, root);
  if (!target) return false;
  (target as unknown as Record<string, unknown>)[TARGETS[kind].property] = id;
  await (target as { updateComplete?: Promise<unknown> }).updateComplete;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  if (!target.matches(':focus-within')) {
    // The element does not take focus itself: make its host programmatically focusable.
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
  return true;
}
