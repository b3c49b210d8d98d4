// Where a path (`quizzes[0].bands[2].min`, formatPath's form) is in a JSON file: its line and column,
// for every CLI command that reports on a pack (validate, lint, diff).
import { readFile } from 'node:fs/promises';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** 1-based line and column (UTF-16 units, as editors count) of `offset` in `text`. */
export function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** `quizzes[0].bands[2].min` or `hotlines.regions["x y"]` (formatPath's form) back to its keys. */
export function pathKeys(path) {
  const keys = [];
  for (const [, name, index, quoted] of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    keys.push(name ?? (index !== undefined ? Number(index) : JSON.parse(quoted)));
  }
  return keys;
}

/**
 * Where a problem is in the file: the value its path names or, for a value that is missing (or a
 * path the file does not have), the nearest enclosing value that is there.
 */
export function positionOf(text, tree, path) {
  const keys = pathKeys(path);
  for (let length = keys.length; length >= 0; length -= 1) {
    const node = tree && findNodeAtLocation(tree, keys.slice(0, length));
    if (node) return lineColumn(text, node.offset);
  }
  return { line: 1, column: 1 };
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
