import type { Plugin } from 'vite';

export function minifyCssText(text: string, options?: { first?: boolean; last?: boolean }): string | undefined;
export function cssLiteralEdits(code: string): Array<[from: number, to: number, replacement: string]>;
export function applyEdits(
  code: string,
  edits: Array<[number, number, string]>,
  source: string,
): {
  code: string;
  map: { version: 3; sources: string[]; sourcesContent: string[]; names: string[]; mappings: string };
};
export function minifyCssLiterals(): Plugin;
