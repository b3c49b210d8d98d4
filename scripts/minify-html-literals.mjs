// Build-time minifier for the markup inside Lit `html` and `svg` tagged templates. Lit keeps the
// static strings of a template exactly as written, so without this every indent of every template
// ships. It does one thing: a run of whitespace that contains a line break becomes one space.
// HTML renders such a run as one space wherever whitespace collapses (everywhere in these
// elements), and inside a tag one space separates attributes just as well. So the DOM differs only
// in the length of whitespace runs, never in what is rendered or announced.
// It leaves alone: whitespace without a line break (written on purpose, e.g. `${a} ${b}`), the
// `${…}` expressions, and any template with a line break inside a quoted attribute value, a
// comment, or <pre>, <textarea>, <script> or <style> (those are left exactly as written).
// Templates are found with a real parser (tagged templates whose tag is `html` or `svg`), never
// in comments or strings. It only changes static text, and returns a source map.
import { parseAst } from 'rolldown/parseAst';
import { applyEdits } from './minify-css-literals.mjs';

const TAGS = new Set(['html', 'svg']);
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style']);

/**
 * The minified static pieces of one template, or undefined when it is not safe to touch. `pieces`
 * are the raw strings between the `${…}` expressions; the markup state carries across them.
 */
export function minifyHtmlPieces(pieces) {
  let state = 'text'; // text | tag | quoted | comment | raw
  let quote = '';
  let tagName = ''; // name of the tag being read, lower case
  let rawName = ''; // inside <pre> and the like: the name whose end tag ends it
  const out = [];
  for (const piece of pieces) {
    let result = '';
    let i = 0;
    while (i < piece.length) {
      const char = piece[i];
      if (/\s/.test(char)) {
        let end = i;
        while (end < piece.length && /\s/.test(piece[end])) end += 1;
        const run = piece.slice(i, end);
        if (run.includes('\n')) {
          if (state !== 'text' && state !== 'tag') return undefined;
          result += ' ';
        } else {
          result += run;
        }
        i = end;
        continue;
      }
      result += char;
      i += 1;
      switch (state) {
        case 'text':
          if (char === '<') {
            if (piece.startsWith('!--', i)) {
              state = 'comment';
            } else if (/[a-zA-Z/]/.test(piece[i] ?? '')) {
              state = 'tag';
              const name = /^\/?([a-zA-Z][\w-]*)/.exec(piece.slice(i));
              tagName = name && !piece.startsWith('/', i) ? name[1].toLowerCase() : '';
            }
          }
          break;
        case 'tag':
          if (char === '"' || char === "'") {
            state = 'quoted';
            quote = char;
          } else if (char === '>') {
            if (RAW_TEXT.has(tagName)) {
              state = 'raw';
              rawName = tagName;
            } else {
              state = 'text';
            }
          }
          break;
        case 'quoted':
          if (char === quote) state = 'tag';
          break;
        case 'comment':
          if (char === '>' && result.endsWith('-->')) state = 'text';
          break;
        case 'raw':
          if (char === '<' && piece.slice(i, i + rawName.length + 1).toLowerCase() === `/${rawName}`) {
            state = 'tag';
            tagName = '';
          }
          break;
      }
    }
    out.push(result);
  }
  return out;
}

/** Every tagged template whose tag is `html` or `svg`, as arrays of [from, to) ranges of static text. */
export function htmlTemplates(code) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
      found.push(node.quasi.quasis.map((quasi) => [quasi.start, quasi.end]));
    }
    for (const key in node) if (key !== 'type') visit(node[key]);
  };
  visit(parseAst(code, { lang: 'ts' }));
  return found;
}

/** The edits that minify every `html` / `svg` template in `code`: [from, to, replacement], in order. */
export function htmlLiteralEdits(code) {
  const edits = [];
  for (const ranges of htmlTemplates(code)) {
    const pieces = ranges.map(([from, to]) => code.slice(from, to));
    const replaced = minifyHtmlPieces(pieces);
    if (replaced === undefined) continue; // leave it exactly as written
    ranges.forEach(([from, to], index) => {
      if (pieces[index] !== replaced[index]) edits.push([from, to, replaced[index]]);
    });
  }
  return edits.sort((a, b) => a[0] - b[0]);
}

/** Vite/Rolldown plugin: minifies `html` / `svg` templates in the project's own sources at build time. */
export function minifyHtmlLiterals() {
  return {
    name: 'trust-minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id.split('?')[0])) return null;
      if (!code.includes('html`') && !code.includes('svg`')) return null;
      const edits = htmlLiteralEdits(code);
      return edits.length === 0 ? null : applyEdits(code, edits, id);
    },
  };
}
