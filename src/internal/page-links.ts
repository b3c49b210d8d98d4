/**
 * Links from one widget to another on the same page: the quiz's results to a step or a cause, the
 * causes explorer to a step, the checklist on to the quiz or the steps.
 *
 * One rule finds them: a widget's page is the document or shadow root it lives in
 * (`from.getRootNode()`), searched in its light DOM for the first element of the wanted tag.
 */

import { html, isServer, type TemplateResult } from 'lit';
import { serverPage } from './server-env.js';
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
export function pageTarget(kind: PageWidget, from?: Node): HTMLElement | undefined {
  // On the server: the page the renderer was given, which knows each widget's tag and id.
  if (isServer) {
    const found = serverPage.widgets.get(TAGS[kind]);
    return found && ({ id: found.id, localName: TAGS[kind] } as HTMLElement);
  }
  from ??= document;
  return (from.getRootNode() as ParentNode).querySelector<HTMLElement>(TAGS[kind]) ?? undefined;
}

/**
 * Shows the widget for `kind` on the page of `from`, and in it the step or cause `id` when given:
 * sets its `step` / `selected` property and waits for it to render, then scrolls its top into view
 * (smoothly unless the reader prefers reduced motion) and focuses the heading of its view (the
 * question, the step, the cause: `focusHeading()`), never its host. Resolves to false when no such
 * element is on the page.
 */
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

/**
 * A link (it moves within the page, so it is a link, not a button) to the widget showing `kind` on
 * the page of `from`, and to its item `id` when given: `go` (by default `revealInPage`) moves there
 * and focuses the heading. A click with a modifier key is left to the browser. `undefined` when no
 * such widget is on the page: the caller shows plain text or nothing.
 */
export function pageLink(
  kind: PageWidget,
  label: string,
  from: Node,
  { id, className = 'page-link', go = () => void revealInPage(kind, id, from) }: PageLinkOptions = {},
): TemplateResult | undefined {
  const target = pageTarget(kind, from);
  if (!target) return undefined;
  const click = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go();
  };
  return html`<a class=${className} href="#${target.id}" data-target=${target.localName} @click=${click}>${label}</a>`;
}

export interface PageLinkOptions {
  /** The step or cause to show. */
  id?: string;
  className?: string;
  /** What a click does instead of `revealInPage` (the quiz fires a cancelable event first). */
  go?: () => void;
}
