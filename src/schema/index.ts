/**
 * `trust-widgets/schema`: the content pack schema, its types and `parseContentPack`.
 * No side effects: importing it registers no element.
 */
export * from './pack.js';
export { Id, Text, RichText, SourceIds, HttpsUrl, Dialable, Region, Locale, IsoDate } from './primitives.js';
export { CommonStrings, BannerStrings, QuizStrings, ChecklistStrings, ExplorerStrings, StepsStrings } from './ui.js';
export { parseContentPack, formatPath, MAX_DEPTH, MAX_VALUES, MAX_PROBLEMS, MAX_MESSAGE } from './parse.js';
export type { ContentProblem, ParseResult } from './parse.js';
export { contentPackJsonSchema } from './json-schema.js';
export { lineColumn, pathKeys, nodeAt } from './positions.js';
