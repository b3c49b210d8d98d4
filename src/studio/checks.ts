import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseContentPack } from '../schema/parse.js';

/**
 * Every check the studio runs on the text, behind one function, so that more checks join here only:
 * for now the JSON parse and the pack validator (`parseContentPack`, what the elements and
 * `trust-widgets validate` run). `trust-widgets lint` (safe-messaging rules) and `diff` (against a
 * second pack) are written on another branch, in src/lint/; once merged, `checkText` adds their
 * findings with `source: 'lint'` (severity, rule id, reason and guideline included) and the
 * problems list shows them as they are.
 */

export interface Finding {
  /** Which check found it. */
  source: 'json' | 'schema' | 'lint' | 'diff';
  severity: 'error' | 'warning';
  /** Where in the pack, e.g. `quizzes[0].bands[2].min`; empty for the pack as a whole. */
  path: string;
  message: string;
  /** A lint rule's id (lint findings only). */
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

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    start = at + 1;
  }
  return { line, column: offset - start + 1 };
}

/** `quizzes[0].bands[2].min` or `hotlines.regions["x y"]` (formatPath's form) back to its keys. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const [, name, index, quoted] of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    keys.push(name ?? (index !== undefined ? Number(index) : (JSON.parse(quoted!) as string)));
  }
  return keys;
}

/** The node `path` names in the tree, or the nearest enclosing one the text has. */
export function nodeAt(tree: Node | undefined, path: string): Node | undefined {
  const keys = pathKeys(path);
  for (let length = keys.length; length >= 0; length -= 1) {
    const node = tree && findNodeAtLocation(tree, keys.slice(0, length));
    if (node) return node;
  }
  return undefined;
}

/** Runs every check on the text of a pack. Never throws. */
export function checkText(text: string): CheckResult {
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
  const findings: Finding[] = result.problems.map(({ path, message }) => {
    const offset = nodeAt(tree, path)?.offset ?? 0;
    return { source: 'schema', severity: 'error', path, message, offset, ...lineColumn(text, offset) };
  });
  return { value, tree, valid: result.ok, findings };
}
