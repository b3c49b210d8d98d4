import { parseTree, type Node } from 'jsonc-parser';

/** Prettier's line width for this repository (.prettierrc), which content/*.json is formatted to. */
const WIDTH = 120;

const hasNewline = (text: string, from: number, to: number) => text.slice(from, to).includes('\n');

/**
 * Formats a JSON document the way `prettier` formats content/*.json (2 spaces, `printWidth` 120, a
 * final newline), so that saving in the studio and running `npm run format` give the same bytes:
 * - an object stays on one line only when it was written so (no line break after its `{`) and fits;
 * - an array goes on one line when it fits, unless it holds two or more objects (or arrays) with two
 *   or more entries each;
 * - strings, numbers and keys are kept as written (escapes included), as prettier keeps them.
 * Returns `undefined` for text that is not JSON: it is saved as it is.
 */
export function formatJson(text: string): string | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!tree) return undefined;
  const raw = (node: Node) => text.slice(node.offset, node.offset + node.length);
  const entries = (node: Node) => node.children ?? [];

  const forcedBreak = (node: Node): boolean => {
    const children = entries(node);
    if (node.type === 'object') return children.length > 0 && hasNewline(text, node.offset, children[0]!.offset);
    if (node.type !== 'array' || children.length < 2) return false;
    const first = children[0]!.type;
    return children.every(
      (child) =>
        (child.type === 'object' || child.type === 'array') && child.type === first && entries(child).length > 1,
    );
  };

  /** The node on one line, or undefined when it must break (itself or anything inside it). */
  const flat = (node: Node): string | undefined => {
    if (node.type !== 'object' && node.type !== 'array') return raw(node);
    const children = entries(node);
    if (children.length === 0) return node.type === 'object' ? '{}' : '[]';
    if (forcedBreak(node)) return undefined;
    const parts: string[] = [];
    for (const child of children) {
      const part = node.type === 'object' ? property(child, flat) : flat(child);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return node.type === 'object' ? `{ ${parts.join(', ')} }` : `[${parts.join(', ')}]`;
  };

  const property = (pair: Node, value: (node: Node) => string | undefined) => {
    const [key, item] = entries(pair);
    const printed = value(item!);
    return printed === undefined ? undefined : `${raw(key!)}: ${printed}`;
  };

  /** `node` printed at `column` of a line indented by `indent`, with `trailing` characters after it. */
  const print = (node: Node, indent: number, column: number, trailing: number): string => {
    if (node.type !== 'object' && node.type !== 'array') return raw(node);
    const oneLine = flat(node);
    if (oneLine !== undefined && column + oneLine.length + trailing <= WIDTH) return oneLine;
    const children = entries(node);
    const inner = ' '.repeat(indent + 2);
    const lines = children.map((child, i) => {
      const after = i < children.length - 1 ? 1 : 0;
      if (node.type === 'array') return inner + print(child, indent + 2, indent + 2, after);
      const [key, item] = entries(child);
      const head = `${raw(key!)}: `;
      return inner + head + print(item!, indent + 2, indent + 2 + head.length, after);
    });
    const [open, close] = node.type === 'object' ? ['{', '}'] : ['[', ']'];
    return `${open}\n${lines.join(',\n')}\n${' '.repeat(indent)}${close}`;
  };

  return `${print(tree, 0, 0, 0)}\n`;
}
