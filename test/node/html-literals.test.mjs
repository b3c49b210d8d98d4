// The build-time minifier for Lit `html` / `svg` templates (scripts/minify-html-literals.mjs): it
// collapses only whitespace runs that hold a line break, and leaves alone whatever that could change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { applyEdits } from '../../scripts/minify-css-literals.mjs';
import { htmlLiteralEdits, htmlTemplates, minifyHtmlPieces } from '../../scripts/minify-html-literals.mjs';

const minify = (code) => applyEdits(code, htmlLiteralEdits(code), 'x.ts').code;

test('a whitespace run with a line break becomes one space, in text and between attributes', () => {
  const code = 'const t = html`\n  <button\n    type="button"\n    @click=${go}\n  >\n    ${label}\n  </button>\n`;';
  assert.equal(minify(code), 'const t = html` <button type="button" @click=${go} > ${label} </button> `;');
});

test('keeps whitespace without a line break, and every expression as written', () => {
  const code = 'const t = html`<p>${a}  ${b} (${c})</p>\n  ${d.map((x) => `a\n  b`)}`;';
  assert.equal(minify(code), 'const t = html`<p>${a}  ${b} (${c})</p> ${d.map((x) => `a\n  b`)}`;');
});

test('minifies nested templates and svg, and nothing but `html` and `svg` tagged templates', () => {
  const code =
    'const t = html`<ul>\n  ${items.map((i) => html`<li>\n  ${i}\n</li>`)}\n</ul>`;\n' +
    'const s = svg`<rect\n  x="1"\n></rect>`;\n' +
    '/* html`<p>\n  a comment</p>` */\n' +
    'const u = `<p>\n  plain</p>`; const v = unsafeHTML`<p>\n  x</p>`; const w = css`a {\n  b: c }`;';
  assert.equal(
    minify(code),
    'const t = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;\n' +
      'const s = svg`<rect x="1" ></rect>`;\n' +
      '/* html`<p>\n  a comment</p>` */\n' +
      'const u = `<p>\n  plain</p>`; const v = unsafeHTML`<p>\n  x</p>`; const w = css`a {\n  b: c }`;',
  );
});

test('leaves a template exactly as written when a line break is inside an attribute value', () => {
  for (const code of [
    'const t = html`<p title="a\n  b">\n  x</p>`;',
    "const t = html`<p title='a ${b}\n  c'>\n  x</p>`;",
  ]) {
    assert.equal(minify(code), code);
  }
  // Across an expression in a quoted value the state carries on: the quote is still open.
  assert.deepEqual(minifyHtmlPieces(['<rect class="band ', '">\n  </rect>']), ['<rect class="band ', '"> </rect>']);
  assert.equal(minifyHtmlPieces(['<rect class="band ', '\n  x">']), undefined);
});

test('leaves a template as written when a line break is in a comment, <pre>, <textarea>, <script> or <style>', () => {
  for (const markup of [
    '<!-- a\n  b --><p>\n</p>',
    '<pre>a\n  b</pre>\n',
    '<textarea>\n</textarea>\n',
    '<script>a\n</script>',
    '<style>a {\n}</style>',
  ]) {
    assert.equal(minifyHtmlPieces([markup]), undefined, markup);
  }
  // Without a line break inside them they are kept as they are, and the rest is minified.
  assert.deepEqual(minifyHtmlPieces(['<pre> a  b</pre>\n  <textarea id="n"></textarea>\n']), [
    '<pre> a  b</pre> <textarea id="n"></textarea> ',
  ]);
  assert.deepEqual(minifyHtmlPieces(['<!-- a  b -->\n<p>1 < 2</p>']), ['<!-- a  b --> <p>1 < 2</p>']);
});

test('minifies every template in src/: none is left as written with a line break in its markup', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  let templates = 0;
  for (const file of files) {
    const out = minify(readFileSync(`src/${file}`, 'utf8'));
    for (const ranges of htmlTemplates(out)) {
      templates += 1;
      const text = ranges.map(([from, to]) => out.slice(from, to)).join('${…}');
      assert.ok(!text.includes('\n'), `src/${file}: a template the build cannot minify: ${text.slice(0, 80)}`);
    }
  }
  assert.ok(templates > 50, `only ${templates} templates found in src/`);
});
