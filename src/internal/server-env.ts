/**
 * What an element rendered on the server (publish time, `trust-widgets/ssr`) cannot ask the DOM:
 * the language it inherits and the other widgets on its page. The renderer sets it before each
 * element it renders; in the browser nothing reads it (every use is behind Lit's `isServer`).
 */
export interface ServerPage {
  /** The nearest `lang` around the element in the page (its own attribute still wins). */
  lang?: string;
  /** The first element of each widget tag in the page, by tag: its `id` (links point to it). */
  widgets: Map<string, { id: string }>;
}

export const serverPage: ServerPage = { widgets: new Map() };
