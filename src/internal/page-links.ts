/**
 * Links from one widget to another on the same page: the quiz's results to a step or a cause, the
 * causes explorer to a step, the checklist on to the quiz or the steps.
 *
 * One rule finds them: a widget's page is the document or shadow root it lives in
 * (`from.getRootNode()`), searched in its light DOM for the first element of the wanted tag.
 */

import type { TrustElement } from './trust-element.js';

/** What a quiz result can point to elsewhere on the page. */
export type PageLinkKind = 'step' | 'cause';

export interface PageLinkDetail {
  kind: PageLinkKind;
  id: string;
}

/** Every widget another one can point on to: the kinds a link can pick an item in, and the quiz. */
export type PageWidget = PageLinkKind | 'quiz';

/** The element that shows each widget. */
const TAGS: Record<PageWidget, string> = {
  step: 'trust-coping-steps',
  cause: 'trust-causes-explorer',
  quiz: 'trust-quiz',
};

/**
 * The first element that shows `kind` on the page of `from` (a widget, or the document or shadow
 * root to search), if any.
 */
export function pageTarget(kind: PageWidget, from: Node = document): HTMLElement | undefined {
  return (from.getRootNode() as ParentNode).querySelector<HTMLElement>(TAGS[kind]) ?? undefined;
}

/**
 * Shows the widget for `kind` on the page of `from`, and in it the step or cause `id` when given:
 * sets its `step` / `selected` property and waits for it to render, then scrolls its top into view
 * (smoothly unless the reader prefers reduced motion) and focuses the heading of its view (the
 * question, the step, the cause: `focusHeading()`), never its host. Resolves to false when no such
 * element is on the page.
 */
export function revealInPage(kind: PageLinkKind, id: string, from?: Node): Promise<boolean>;
export function revealInPage(kind: PageWidget, id?: undefined, from?: Node): Promise<boolean>;
export async function revealInPage(kind: PageWidget, id?: string, from: Node = document): Promise<boolean> {
  const target = pageTarget(kind, from);
  if (!target) return false;
  if (id) {
    // The property that picks the item: the coping steps' `step`, the causes explorer's `selected`.
    (target as unknown as Record<string, unknown>)[kind === 'cause' ? 'selected' : kind] = id;
    await (target as { updateComplete?: Promise<unknown> }).updateComplete;
  }
  target.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  await (target as Partial<Pick<TrustElement, 'focusHeading'>>).focusHeading?.({ preventScroll: true });
  return true;
}
