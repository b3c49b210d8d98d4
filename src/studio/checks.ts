import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineColumn, nodeAt } from '../schema/positions.js';

export { pathKeys } from '../schema/positions.js';
import { parseContentPack } from '../schema/parse.js';
import { diffPacks, lintPack } from '../lint/index.js';

/**
 * Every check the studio runs on the text, behind one function: the JSON parse, the pack validator
 * (`parseContentPack`, what the elements and `trust-widgets validate` run), the safe-messaging and
 * safety rules (`lintPack`, as `trust-widgets lint`) and, when a second pack is open beside it, the
 * translation differences (`diffPacks`, as `trust-widgets diff`).
 */

export interface Finding {
  /** Which check found it. */
  source: 'json' | 'schema' | 'lint' | 'diff';
  severity: 'error' | 'warning';
  /** Where in the pack, e.g. `quizzes[0].bands[2].min`; empty for the pack as a whole. */
  path: string;
  message: string;
  /** A lint rule's id, or a diff finding's kind. */
  id?: string;
  /** Offset in the text of the value `path` names (or of the nearest value the text has). */
  offset: number;
  /** 1-based line and column of `offset`. */
  line: number;
  column: number;
}

export interface CheckResult {
  /** The parsed JSON, when the text is JSON (valid pack or not). */
  value?: unknown;
  /** jsonc-parser's tree of the text (offsets of every value), when it is JSON. */
  tree?: Node;
  /** The text is JSON and a valid pack. */
  valid: boolean;
  findings: Finding[];
}

/** Runs every check on the text of a pack (and `compare`, a second pack's JSON, for the diff). Never throws. */
export function checkText(text: string, compare?: unknown): CheckResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const first = errors[0];
    const offset = first?.offset ?? 0;
    // The browser's own message ("Expected ',' or '}' after property value…"), with the parser's name for it.
    const reason = `${(error as Error).message}${first ? ` (${printParseErrorCode(first.error)})` : ''}`;
    return {
      valid: false,
      findings: [
        {
          source: 'json',
          severity: 'error',
          path: '',
          message: `Not valid JSON: ${reason}`,
          offset,
          ...lineColumn(text, offset),
        },
      ],
    };
  }
  const result = parseContentPack(value);
  const at = (path: string) => {
    const offset = nodeAt(tree, path)?.offset ?? 0;
    return { offset, ...lineColumn(text, offset) };
  };
  const findings: Finding[] = result.problems.map(({ path, message }) => ({
    source: 'schema',
    severity: 'error',
    path,
    message,
    ...at(path),
  }));
  for (const { id, severity, path, message, guideline } of lintPack(value)) {
    findings.push({ source: 'lint', severity, id, path, message: `${message} (${id}, ${guideline})`, ...at(path) });
  }
  if (compare !== undefined) {
    // diffPacks(a, b) names this pack `a`: "only in b" is missing here.
    for (const { kind, path, message } of diffPacks(value, compare)) {
      findings.push({ source: 'diff', severity: 'warning', id: kind, path, message, ...at(path) });
    }
  }
  return { value, tree, valid: result.ok, findings };
}
