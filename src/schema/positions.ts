import { findNodeAtLocation, type Node } from 'jsonc-parser';

/**
 * Where a problem's path (`quizzes[0].bands[2].min`, `formatPath`'s form) is in a pack's JSON text:
 * for every CLI command that reports on a pack (validate, lint, diff: bin/positions.mjs) and for the
 * pack studio's problems list. `tree` is jsonc-parser's `parseTree` of the text.
 */

/** 1-based line and column (UTF-16 units, as editors count) of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
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

/**
 * The node `path` names in the tree or, for a value that is missing (or a path the text does not
 * have), the nearest enclosing one that is there.
 */
export function nodeAt(tree: Node | undefined, path: string): Node | undefined {
  const keys = pathKeys(path);
  for (let length = keys.length; length >= 0; length -= 1) {
    const node = tree && findNodeAtLocation(tree, keys.slice(0, length));
    if (node) return node;
  }
  return undefined;
}
