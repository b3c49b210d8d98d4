/**
 * `trust-widgets lint` and `trust-widgets diff` as plain functions: safe-messaging and safety rules
 * for a content pack (lint.ts, wording.ts) and the differences a translator needs to see between two
 * packs (diff.ts). Pure and browser-safe (no node: imports), so the CLI (bin/lint.mjs, bin/diff.mjs,
 * through dist/lint.js) and the studio page run the same code. No side effects.
 */
export { lintPack, LINT_RULES } from './lint.js';
export type { LintFinding, LintRule } from './lint.js';
export { diffPacks } from './diff.js';
export type { DiffFinding } from './diff.js';
