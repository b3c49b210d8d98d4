// Build-time minifier for the CSS inside Lit `css` tagged templates (and `unsafeCSS(`…`)` calls).
// The bundler's minifier keeps template literals as they are, so every indent, newline and comment
// of the element styles would otherwise ship. This removes only what CSS never needs:
//   - comments; runs of whitespace become one space;
//   - whitespace next to `{ } ; ,` and after `:`; the `;` before `}`; whitespace at either end.
// It never touches CSS strings ('…' / "…"), the `${…}` expressions, or a literal that has a
// backslash outside a CSS string or a comment it cannot close (those are left exactly as written).
// Optionally (`shorten`), it also renames the private custom properties the elements share
// (`--_accent` → `--_a`): names no one outside the shadow roots can read (publishers set the
// public `--trust-*` tokens), repeated in every element's styles.
// It returns a source map so the lines after a literal still map.

const OPENERS = /(?<![\w$.])(?:css`|unsafeCSS\(`)/g;

/**
 * Short names for private custom properties: `--_a`, `--_b`, … in the order given, skipping any
 * name already in the list. Returns a map from each long name to its short one.
 */
export function shortNames(names) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const taken = new Set(names);
  const map = new Map();
  let n = 0;
  for (const name of names) {
    let short;
    do {
      short = '--_';
      let k = n++;
      do {
        short += letters[k % 26];
        k = Math.floor(k / 26) - 1;
      } while (k >= 0);
    } while (taken.has(short));
    map.set(name, short);
  }
  return map;
}

const PRIVATE_NAME = /^--_[\w-]+/;

/**
 * Minifies one static piece of a CSS literal, or returns undefined when it is not safe to. With
 * `rename` (a Map), custom property names it holds are replaced (outside CSS strings).
 */
export function minifyCssText(text, { first = true, last = true, rename } = {}) {
  let out = '';
  let i = 0;
  let space = false; // whitespace seen since the last character written
  const flushSpace = (next) => {
    const needed = out === '' ? !first : !/[{};,:]$/.test(out);
    if (space && needed && !/^[{};,]/.test(next)) out += ' ';
    space = false;
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') return undefined;
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return undefined;
      i = end + 2;
      space = true; // a comment separates tokens like whitespace does
      continue;
    }
    if (/\s/.test(char)) {
      space = true;
      i += 1;
      continue;
    }
    if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== char) {
        if (text[end] === '\\') end += 1;
        if (text[end] === '\n') return undefined;
        end += 1;
      }
      if (end >= text.length) return undefined;
      flushSpace(char);
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (char === '}' && out.endsWith(';')) out = out.slice(0, -1);
    flushSpace(char);
    const name = rename && char === '-' && !/[\w-]$/.test(out) ? PRIVATE_NAME.exec(text.slice(i))?.[0] : undefined;
    if (name !== undefined) {
      out += rename.get(name) ?? name;
      i += name.length;
      continue;
    }
    out += char;
    i += 1;
  }
  if (space && !last && !/[{};,:]$/.test(out)) out += ' ';
  return out;
}

/** Index just past the `}` that closes a `${` whose body starts at `start`. */
function skipExpression(code, start) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    } else if (char === '"' || char === "'") {
      i += 1;
      while (i < code.length && code[i] !== char) i += code[i] === '\\' ? 2 : 1;
    } else if (char === '`') {
      i = skipTemplate(code, i + 1).end - 1;
    }
    i += 1;
  }
  return -1;
}

/** Splits a template literal whose body starts at `start` into static pieces, up to its closing backtick. */
function skipTemplate(code, start) {
  const pieces = []; // [from, to) ranges of static text
  let from = start;
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      i += 2;
    } else if (char === '`') {
      pieces.push([from, i]);
      return { pieces, end: i + 1 };
    } else if (char === '$' && code[i + 1] === '{') {
      pieces.push([from, i]);
      const after = skipExpression(code, i + 2);
      if (after === -1) return { pieces: [], end: code.length };
      from = i = after;
    } else {
      i += 1;
    }
  }
  return { pieces: [], end: code.length };
}

/**
 * The edits that minify every CSS literal in `code`: [from, to, replacement]. With `rename`, a
 * literal that must be left as written but uses a name to rename is an error: renaming the name
 * everywhere else would break it.
 */
export function cssLiteralEdits(code, { rename } = {}) {
  const edits = [];
  for (const match of code.matchAll(OPENERS)) {
    const bodyStart = match.index + match[0].length;
    const { pieces } = skipTemplate(code, bodyStart);
    const replaced = pieces.map(([from, to], index) =>
      minifyCssText(code.slice(from, to), { first: index === 0, last: index === pieces.length - 1, rename }),
    );
    if (pieces.length === 0 || replaced.includes(undefined)) {
      const text = pieces.map(([from, to]) => code.slice(from, to)).join('');
      const kept = rename && [...rename.keys()].find((name) => new RegExp(`${name}(?![\\w-])`).test(text));
      if (kept) throw new Error(`a CSS literal that cannot be minified uses ${kept}, which the build renames`);
      continue; // leave it exactly as written
    }
    pieces.forEach(([from, to], index) => {
      if (code.slice(from, to) !== replaced[index]) edits.push([from, to, replaced[index]]);
    });
  }
  return edits;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** Applies the edits and builds a source map: one segment at the start of each kept run of text. */
export function applyEdits(code, edits, source) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
  const position = (index) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > index) line -= 1;
    return [line, index - lineStarts[line]];
  };
  // Pieces of output in order, each with the index in `code` its first character came from.
  // Replacements never contain a newline (whitespace runs become at most one space).
  const runs = [];
  let cursor = 0;
  for (const [from, to, replacement] of edits) {
    runs.push({ text: code.slice(cursor, from), origin: cursor });
    runs.push({ text: replacement, origin: from });
    cursor = to;
  }
  runs.push({ text: code.slice(cursor), origin: cursor });

  const lines = [[]]; // per output line: [column, original line, original column]
  let column = 0;
  for (const run of runs) {
    let offset = 0;
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) {
        lines.push([]);
        column = 0;
      }
      if (part.length > 0) lines.at(-1).push([column, ...position(run.origin + offset)]);
      column += part.length;
      offset += part.length + 1;
    });
  }
  let previousLine = 0;
  let previousOriginalColumn = 0;
  const mappings = lines
    .map((segments) => {
      let previousColumn = 0;
      return segments
        .map(([col, line, originalColumn]) => {
          const segment =
            vlq(col - previousColumn) +
            vlq(0) +
            vlq(line - previousLine) +
            vlq(originalColumn - previousOriginalColumn);
          previousColumn = col;
          previousLine = line;
          previousOriginalColumn = originalColumn;
          return segment;
        })
        .join(',');
    })
    .join(';');
  return {
    code: runs.map((run) => run.text).join(''),
    map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings },
  };
}

/**
 * Vite/Rolldown plugin: minifies CSS literals in the project's own sources at build time.
 * `shorten`: private custom property names (`--_…`) to rename to short ones, in every literal.
 */
export function minifyCssLiterals({ shorten = [] } = {}) {
  const rename = shorten.length > 0 ? shortNames(shorten) : undefined;
  return {
    name: 'trust-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id.split('?')[0])) return null;
      if (!code.includes('css`') && !code.includes('unsafeCSS(`')) return null;
      const edits = cssLiteralEdits(code, { rename });
      return edits.length === 0 ? null : applyEdits(code, edits, id);
    },
  };
}
