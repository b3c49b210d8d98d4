const WARNED = Symbol.for('trust-widgets.define-warned');

/**
 * Registers a custom element. Defining a tag that is already defined (the bundle loaded twice, or
 * two builds on one page) is a no-op: the first definition stays, and one warning is logged for
 * the whole page, however many tags were skipped.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) {
    customElements.define(tag, constructor);
    return;
  }
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (!flags[WARNED]) {
    flags[WARNED] = true;
    console.warn(
      `trust-widgets: <${tag}> is already defined, so this copy of trust-widgets was not registered again. ` +
        'Load the script once per page.',
    );
  }
}
