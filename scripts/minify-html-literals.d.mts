import type { Plugin } from 'vite';

export function minifyHtmlPieces(pieces: readonly string[]): string[] | undefined;
export function htmlTemplates(code: string): Array<Array<[from: number, to: number]>>;
export function htmlLiteralEdits(code: string): Array<[from: number, to: number, replacement: string]>;
export function minifyHtmlLiterals(): Plugin;
