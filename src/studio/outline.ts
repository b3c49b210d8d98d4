import { html, type TemplateResult } from 'lit';
import { entryName, labelFor, type Key } from './schema-walk.js';

/** One entry of the outline: a part of the pack the form can show. */
export interface OutlineNode {
  path: Key[];
  label: string;
  children: OutlineNode[];
}

/**
 * The outline's sections, in the order of the issue: each names the pack's key and, where the
 * section holds a list whose entries get their own form, where that list is (`[]`: the section
 * itself is the list or map) and the list inside each entry (a track's steps).
 */
const SECTIONS: { key: string; label: string; list?: string[]; nested?: string }[] = [
  { key: 'meta', label: 'Meta' },
  { key: 'signs', label: 'Signs', list: ['groups'] },
  { key: 'causes', label: 'Causes', list: ['items'] },
  { key: 'coping', label: 'Coping tracks', list: ['tracks'], nested: 'steps' },
  { key: 'quizzes', label: 'Quizzes', list: [] },
  { key: 'hotlines', label: 'Hotlines by region', list: ['regions'] },
  { key: 'ui', label: 'UI strings', list: [] },
];

function entries(value: unknown, path: Key[], nested?: string): OutlineNode[] {
  const at = (key: Key) => (value as Record<Key, unknown>)[key];
  const keys: Key[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : value && typeof value === 'object'
      ? Object.keys(value)
      : [];
  return keys.map((key) => {
    const item = at(key);
    const name = typeof key === 'number' ? entryName(item, key) : labelFor(key);
    const label = typeof key === 'string' && path.at(-1) === 'regions' ? `${key} · ${entryName(item, 0)}` : name;
    const children = nested
      ? entries((item as Record<string, unknown> | undefined)?.[nested], [...path, key, nested])
      : [];
    return { path: [...path, key], label, children };
  });
}

/** The outline of a parsed pack: its sections, with the entries of each section's list. */
export function outlineOf(pack: unknown): OutlineNode[] {
  const record = (pack && typeof pack === 'object' ? pack : {}) as Record<string, unknown>;
  return SECTIONS.filter(({ key }) => key in record).map(({ key, label, list, nested }) => {
    const listPath = list ? [key, ...list] : undefined;
    let listValue: unknown = record[key];
    for (const part of list ?? []) listValue = (listValue as Record<string, unknown> | undefined)?.[part];
    return { path: [key], label, children: listPath ? entries(listValue, listPath, nested) : [] };
  });
}

/** Every path the outline names, as `JSON.stringify(path)`: the form shows those entries as links. */
export function outlinePaths(nodes: OutlineNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    into.add(JSON.stringify(node.path));
    outlinePaths(node.children, into);
  }
  return into;
}

export const samePath = (a: readonly Key[] | undefined, b: readonly Key[]) =>
  !!a && a.length === b.length && a.every((key, i) => key === b[i]);

/** The outline as nested lists of buttons; the selected one is `aria-current`. */
export function renderOutline(nodes: OutlineNode[], selected: Key[] | undefined, onSelect: (path: Key[]) => void) {
  const list = (items: OutlineNode[]): TemplateResult =>
    html`<ul>
      ${items.map(
        (node) =>
          html`<li>
            <button
              type="button"
              class="outline-item"
              aria-current=${samePath(selected, node.path) ? 'true' : 'false'}
              @click=${() => onSelect(node.path)}
            >
              ${node.label}
            </button>
            ${node.children.length ? list(node.children) : ''}
          </li>`,
      )}
    </ul>`;
  return html`<nav class="outline" aria-labelledby="outline-title">
    <h2 id="outline-title">Outline</h2>
    ${list(nodes)}
  </nav>`;
}
