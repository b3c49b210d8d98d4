/**
 * What the pack tool in the toolbar (manager.ts) and the preview (pack-loader.ts) say to each other
 * over the Storybook channel. The choice itself is the `trustPack` global: '' for the built-in
 * packs, `url:<address>` or `file:<n>:<name>`; the pack's JSON stays in the preview's memory.
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

/** The choice's key for a URL; a file's key also numbers the load, so a file chosen again is read again. */
export const urlKey = (url: string): string => `url:${url}`;
export const fileKey = (n: number, name: string): string => `file:${n}:${name}`;
