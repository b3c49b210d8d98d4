/**
 * What the pack tool in the toolbar (manager.ts) and the preview (pack-loader.ts) say to each other
 * over the Storybook channel. The choice itself is the `trustPack` global: '' for the built-in
 * packs, `url:<n>:<address>` or `file:<n>:<name>`; the pack's JSON stays in the preview's memory.
 */
export const ADDON_ID = 'trust-widgets/pack';
export const GLOBAL = 'trustPack';

export const EVENTS = {
  /** Manager → preview: read this pack and answer with `result`. */
  load: `${ADDON_ID}/load`,
  /** Preview → manager: how the pack read. */
  result: `${ADDON_ID}/result`,
  /** Preview → manager: the preview was reloaded and lost a file's text; send it again if you have it. */
  resend: `${ADDON_ID}/resend`,
} as const;

export type LoadRequest =
  { key: string; kind: 'url'; url: string } | { key: string; kind: 'file'; name: string; text: string };

export interface Problem {
  path: string;
  message: string;
}

export type LoadResult =
  | { key: string; state: 'ready'; source: string; title: string }
  | { key: string; state: 'invalid'; source: string; problems: Problem[] }
  | { key: string; state: 'failed'; source: string; message: string };

/**
 * The choice's key for an address or a file. Each numbers the load, so a pack loaded again (edited
 * since) is read again and every story re-renders on it, even if its name has not changed.
 */
export const urlKey = (n: number, url: string): string => `url:${n}:${url}`;
export const fileKey = (n: number, name: string): string => `file:${n}:${name}`;
/** The address in a key made by `urlKey`. */
export const keyUrl = (key: string): string | undefined => /^url:\d+:(.+)$/s.exec(key)?.[1];
