/** How long after a screen change the second click of a double-click is dropped. */
export const DOUBLE_CLICK_MS = 500;

/**
 * Drops the second click of a double-click that arrives within `DOUBLE_CLICK_MS` of a screen
 * change (`changedAt()`, a `performance.now()` time): a reader double-clicking Start must not answer
 * the first question, or press Back, with the click that lands on what replaced the button.
 */
export function dropLateDoubleClicks(host: HTMLElement, changedAt: () => number): void {
  host.addEventListener(
    'click',
    (event) => {
      if (event.detail < 2 || performance.now() - changedAt() > DOUBLE_CLICK_MS) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
