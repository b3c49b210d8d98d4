import { html, nothing, type TemplateResult } from 'lit';

/** Schemes a link in content may use. Anything else renders as plain text. */
const SAFE_LINK =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be rejected
  /^(?:https:\/\/[^\s\u0000-\u001f\u007f-\u009f]+|(?:tel|sms|mailto):[^\s\u0000-\u001f\u007f-\u009f]+)$/i;

/**
 * Returns the URL when it is an allowed link (`https:`, `tel:`, `sms:`, `mailto:`), else `undefined`.
 * Any control character or whitespace anywhere rejects it, so `java\tscript:` and `\x01javascript:`
 * tricks cannot slip through a browser's URL clean-up.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string' || !SAFE_LINK.test(url)) return undefined;
  if (/^https:/i.test(url)) {
    try {
      return new URL(url).protocol === 'https:' ? url : undefined;
    } catch {
      return undefined;
    }
  }
  return url;
}

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

const TOKEN = /\*([^*\n]+)\*|\[([^\]\n]+)\]\(([^)\s]*)\)/g;

/**
 * Parses the tiny inline syntax: `*emphasis*` and `[label](url)`. Everything else is text.
 * A link with a disallowed scheme becomes its label as plain text.
 */
export function parseRichText(source: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > last) out.push({ type: 'text', text: source.slice(last, match.index) });
    const [, emphasis, label, url] = match;
    if (emphasis !== undefined) out.push({ type: 'em', children: [{ type: 'text', text: emphasis }] });
    else {
      const href = safeHref(url);
      // A link with a disallowed scheme is shown exactly as written, so nothing is hidden from the reader.
      if (href) out.push({ type: 'link', href, children: parseRichText(label!).filter((n) => n.type !== 'link') });
      else out.push({ type: 'text', text: match[0] });
    }
    last = match.index + match[0].length;
  }
  if (last < source.length) out.push({ type: 'text', text: source.slice(last) });
  return out;
}

function renderInline(nodes: Inline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'em':
        return html`<em>${renderInline(node.children)}</em>`;
      case 'link':
        return html`<a href=${node.href} rel="noopener noreferrer">${renderInline(node.children)}</a>`;
    }
  });
}

/** Renders rich text through Lit templates only: text is always text, never HTML. */
export function richText(source: string | undefined): TemplateResult | typeof nothing {
  if (!source) return nothing;
  return html`${renderInline(parseRichText(source))}`;
}

/** Rich text as plain words (for a live region): the text of every node, marks and links dropped. */
export function plainText(source: string): string {
  const walk = (nodes: Inline[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : walk(node.children))).join('');
  return walk(parseRichText(source));
}
