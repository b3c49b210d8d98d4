import type { Plugin } from 'vite';

export function shortNames(names: readonly string[]): Map<string, string>;
export function minifyCssText(
  text: string,
  options?: { first?: boolean; last?: boolean; rename?: ReadonlyMap<string, string> },
): string | undefined;
export function cssLiteralEdits(
  code: string,
  options?: { rename?: ReadonlyMap<string, string> },
): Array<[from: number, to: number, replacement: string]>;
export function applyEdits(
  code: string,
  edits: Array<[number, number, string]>,
  source: string,
): {
  code: string;
  map: { version: 3; sources: string[]; sourcesContent: string[]; names: string[]; mappings: string };
};
export function minifyCssLiterals(options?: { shorten?: readonly string[] }): Plugin;
