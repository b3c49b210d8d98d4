// Where a path (`quizzes[0].bands[2].min`, formatPath's form) is in a JSON file: its line and column,
// for every CLI command that reports on a pack (validate, lint, diff).
import { readFile } from 'node:fs/promises';
import { parseTree } from 'jsonc-parser';
// The same position helpers as the pack studio's (src/schema/positions.ts).
import { lineColumn, nodeAt } from '../dist/schema.js';

/** Where a problem is in the file: the value its path names, or the nearest enclosing value there. */
function positionOf(text, tree, path) {
  const node = nodeAt(tree, path);
  return node ? lineColumn(text, node.offset) : { line: 1, column: 1 };
}

/**
 * Reads a JSON file for a command: `{ value, at(path) }`, where `at` gives a path's line and column,
 * or `{ error }` with what is wrong, in words ("file not found", "not valid JSON (…)"), and for
 * invalid JSON where (`line`, `column`) the parser stopped.
 */
export async function readJsonFile(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { error: error.code === 'ENOENT' ? 'file not found' : `cannot be read (${error.code ?? error.message})` };
  }
  const errors = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  try {
    const value = JSON.parse(text);
    return { value, at: (path) => positionOf(text, tree, path) };
  } catch (error) {
    return { error: `not valid JSON (${error.message})`, ...lineColumn(text, errors[0]?.offset ?? 0) };
  }
}
