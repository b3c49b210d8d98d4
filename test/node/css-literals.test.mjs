// The build-time minifier for CSS in Lit `css` literals (scripts/minify-css-literals.mjs): what it
// removes, what it must keep, and that the source map still points at the right lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, cssLiteralEdits, minifyCssText, shortNames } from '../../scripts/minify-css-literals.mjs';

const minify = (code) => applyEdits(code, cssLiteralEdits(code), 'x.ts').code;

test('drops comments, indentation, spaces around { } ; , after : and the last ;', () => {
  const out = minify(`const s = css\`
    /* the box */
    :host {
      display: block;
      font-family: var(--x, a, "b c");
    }
    a:hover,
    a:focus-visible { color: red; }
  \`;`);
  assert.equal(
    out,
    'const s = css`:host{display:block;font-family:var(--x,a,"b c")}a:hover,a:focus-visible{color:red}`;',
  );
});

test('keeps descendant combinators, spaces inside calc(), media queries and !important', () => {
  assert.equal(
    minifyCssText(
      ' .a  .b :is(p) > i { margin: calc(1px + 2%) auto !important; }\n@media (min-width: 30em) and (max-width: 40em) {}',
    ),
    '.a .b :is(p) > i{margin:calc(1px + 2%) auto !important}@media (min-width:30em) and (max-width:40em){}',
  );
});

test('keeps CSS strings exactly, and a comment between tokens still separates them', () => {
  assert.equal(
    minifyCssText(`a::before { content: ' ,  { } ; /* x */ '; }`),
    `a::before{content:' ,  { } ; /* x */ '}`,
  );
  assert.equal(minifyCssText('.a/* c */.b {}'), '.a .b{}');
});

test('keeps the ${} expressions and one space where whitespace met one', () => {
  const out = minify('const s = css`\n  :host([dark]) {\n    ${dark}\n  }\n  .a ${b} .c { x: ${y}; }\n`;');
  assert.equal(out, 'const s = css`:host([dark]){${dark}}.a ${b} .c{x:${y}}`;');
});

test('expressions holding braces, strings and templates do not end the literal early', () => {
  const out = minify("const s = css`a { b: ${f({ k: '}`' }, `${1}}`)} ; }` + css` i { j: k } `;");
  assert.equal(out, "const s = css`a{b:${f({ k: '}`' }, `${1}}`)}}` + css`i{j:k}`;");
});

test('minifies unsafeCSS(`…`) and leaves other templates alone', () => {
  assert.equal(
    minify('u = unsafeCSS(`\n  --a: 1;\n`); h = html` <p> a  b </p> `; mycss`a { }`'),
    'u = unsafeCSS(`--a:1;`); h = html` <p> a  b </p> `; mycss`a { }`',
  );
});

test('leaves a literal with a backslash or an unclosed comment exactly as written', () => {
  const escaped = 'const s = css`a::before { content: \\\\2014 ; }`;';
  assert.equal(minify(escaped), escaped);
  const open = 'const s = css`a { /* b ${c} */ }`;';
  assert.equal(minify(open), open);
});

test('short names for private properties skip names already in use, and each is unique', () => {
  const names = ['--_accent', '--_b', '--_space-s', ...Array.from({ length: 30 }, (_, i) => `--_n${i}`)];
  const map = shortNames(names);
  assert.equal(map.get('--_accent'), '--_a');
  assert.equal(map.get('--_b'), '--_c', '--_b is taken by a name in the list');
  assert.equal(map.get('--_space-s'), '--_d');
  const shorts = [...map.values()];
  assert.equal(new Set(shorts).size, names.length);
  assert.deepEqual(
    shorts.filter((short) => names.includes(short) && map.get(short) !== short),
    [],
    'no short name is also a long name',
  );
  assert.equal(map.get('--_n29'), '--_ha', 'two letters after the 26th');
});

test('renames listed private properties in declarations and var(), never in strings or longer names', () => {
  const rename = new Map([
    ['--_accent', '--_a'],
    ['--_space-s', '--_b'],
  ]);
  const code =
    'const s = css`:host { --_accent: var(--trust-accent, red); --_space-s: 1px }\n' +
    '  a::before { content: "--_accent"; margin: var(--_space-s) var(--_space-sx); color: var(--_accent, blue) }`;\n' +
    'const d = unsafeCSS(`--_accent: var(--x);`);';
  assert.equal(
    applyEdits(code, cssLiteralEdits(code, { rename }), 'x.ts').code,
    'const s = css`:host{--_a:var(--trust-accent,red);--_b:1px}' +
      'a::before{content:"--_accent";margin:var(--_b) var(--_space-sx);color:var(--_a,blue)}`;\n' +
      'const d = unsafeCSS(`--_a:var(--x);`);',
  );
});

test('a literal left as written that uses a renamed property stops the build', () => {
  const rename = new Map([['--_accent', '--_a']]);
  assert.throws(
    () => cssLiteralEdits('const s = css`a::before { content: \\\\2014; color: var(--_accent) }`;', { rename }),
    /--_accent/,
  );
  const other = 'const s = css`a::before { content: \\\\2014; color: var(--_other) }`;';
  assert.deepEqual(cssLiteralEdits(other, { rename }), []);
});

/** Decodes source-map mappings to [output line, output column, original line, original column]. */
function decode(mappings) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = [];
  const state = [0, 0, 0, 0];
  mappings.split(';').forEach((line, outLine) => {
    state[0] = 0;
    for (const segment of line ? line.split(',') : []) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = alphabet.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if (!(digit & 32)) {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = shift = 0;
        }
      }
      values.forEach((delta, i) => (state[i] += delta));
      out.push([outLine, state[0], state[2], state[3]]);
    }
  });
  return out;
}

test('the source map sends code inside and after a literal back to its original line and column', () => {
  const code = 'const s = css`\n  a {\n    b: c;\n  }\n`;\nexport const after = 1;\n';
  const { code: out, map } = applyEdits(code, cssLiteralEdits(code), 'x.ts');
  assert.equal(out, 'const s = css`a{b:c}`;\nexport const after = 1;\n');
  assert.deepEqual(decode(map.mappings), [
    [0, 0, 0, 0], // const s = css`
    [0, 14, 0, 14], // the minified CSS ← where the literal's text began
    [0, 20, 4, 0], // the closing backtick, on the original fifth line
    [1, 0, 5, 0], // export const after ← sixth line
  ]);
});
