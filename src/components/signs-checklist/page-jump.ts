/** Widgets the checklist's feedback can point on to, when they are on the same page. */
export type JumpTarget = 'trust-quiz' | 'trust-coping-steps';

/** The first `tag` in the same document or shadow root as `from`, if any. */
export function findOnPage(from: Node, tag: JumpTarget): HTMLElement | undefined {
  const root = from.getRootNode() as Document | ShadowRoot;
  return root.querySelector<HTMLElement>(tag) ?? undefined;
}

/** Scrolls `target` into view (without animation when the reader prefers reduced motion) and focuses it. */
export function jumpTo(target: HTMLElement): void {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  if (!target.matches(':focus-within')) {
    // The widget does not take focus itself: make its host programmatically focusable.
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
}
