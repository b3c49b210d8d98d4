import { applyEdits, findNodeAtLocation, modify, parseTree, type Node } from 'jsonc-parser';
import { formatJson } from './format.js';
import type { Key } from './schema-walk.js';

/** One change the form makes to the pack, at a path of keys. */
export type FormEdit =
  /** The value at `path` becomes `value` (a property or a map entry is added when missing). */
  | { kind: 'set'; path: Key[]; value: unknown }
  /** The property, map entry or array item at `path` goes. */
  | { kind: 'remove'; path: Key[] }
  /** `value` goes into the array at the index `path` ends with (the array's length: at the end). */
  | { kind: 'insert'; path: Key[]; value: unknown }
  /** The array item at `path` swaps places with its neighbour at index `to`. */
  | { kind: 'move'; path: Key[]; to: number };

/** One replacement that turns `before` into `after` (their common start and end kept). */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

const formatting = { insertSpaces: true, tabSize: 2, eol: '\n' };
const raw = (text: string, node: Node) => text.slice(node.offset, node.offset + node.length);

/**
 * The text with the edit made (jsonc-parser's `modify`, which changes only the value the path
 * names), then formatted as Save formats it (format.ts): the rest of the file keeps its bytes.
 * A move swaps the two items' own text, so each keeps its formatting. Throws on text that is not JSON.
 */
export function editText(text: string, edit: FormEdit): string {
  let next: string;
  if (edit.kind === 'move') {
    const tree = parseTree(text, [], { disallowComments: true });
    const array = tree && findNodeAtLocation(tree, edit.path.slice(0, -1));
    const from = edit.path.at(-1) as number;
    const [first, second] = [array?.children?.[Math.min(from, edit.to)], array?.children?.[Math.max(from, edit.to)]];
    if (!first || !second || Math.abs(from - edit.to) !== 1) throw new Error('No such items to move');
    next =
      text.slice(0, first.offset) +
      raw(text, second) +
      text.slice(first.offset + first.length, second.offset) +
      raw(text, first) +
      text.slice(second.offset + second.length);
  } else {
    const value = edit.kind === 'remove' ? undefined : edit.value;
    const edits = modify(text, edit.path, value, {
      formattingOptions: formatting,
      isArrayInsertion: edit.kind === 'insert',
    });
    next = applyEdits(text, edits);
  }
  const formatted = formatJson(next);
  if (formatted === undefined) throw new Error('The edit left text that is not JSON');
  return formatted;
}

/** The parsed pack with the same edit made (a copy along the path; the rest shared). */
export function editValue(value: unknown, edit: FormEdit): unknown {
  const [key, ...rest] = edit.path;
  if (key === undefined) return edit.kind === 'set' ? edit.value : value;
  const copy: Record<Key, unknown> | unknown[] = Array.isArray(value)
    ? [...(value as unknown[])]
    : { ...(value as Record<string, unknown>) };
  const record = copy as Record<Key, unknown>;
  if (rest.length > 0) {
    record[key] = editValue(record[key], { ...edit, path: rest } as FormEdit);
    return copy;
  }
  if (Array.isArray(copy) && typeof key === 'number') {
    if (edit.kind === 'remove') copy.splice(key, 1);
    else if (edit.kind === 'insert') copy.splice(key, 0, edit.value);
    else if (edit.kind === 'move') [copy[key], copy[edit.to]] = [copy[edit.to], copy[key]];
    else copy[key] = edit.value;
    return copy;
  }
  if (edit.kind === 'remove') delete record[key];
  else if (edit.kind === 'set' || edit.kind === 'insert') record[key] = edit.value;
  return copy;
}
