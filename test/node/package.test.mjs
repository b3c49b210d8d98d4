// What `npm install trust-widgets` gets: the build, the theme presets from src/themes/, and no
// test-only files, under 3.25 MB unpacked. Needs the build first, as npm test runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** 1024 × 1024 bytes, as the size budgets count KB (test/node/size.test.mjs). */
const MB = 1024 * 1024;
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { encoding: 'utf8' }));
const paths = pack.files.map((file) => file.path);
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

test('the npm package ships no test-only files', () => {
  assert.ok(paths.includes('dist/trust-widgets.js'), 'the bundle is in the package');
  assert.deepEqual(
    paths.filter((path) =>
      /(^|\/)(\.copy|dist-copy|test|tests|fixtures|__test)(\/|$)|\.(test|spec|stories)\./.test(path),
    ),
    [],
    'test-only files in the package',
  );
  assert.deepEqual(
    paths.filter((path) => path.startsWith('src/') && !/^src\/themes\/[\w-]+\.css$/.test(path)),
    [],
    'of src/, only the theme presets are published',
  );
});

// Was 2.5 MB (2.39 MB used) until the pack studio (issue 14): dist/studio/ adds 0.95 MB. Its
// studio.js (0.90 MB, 0.22 MB gzipped) bundles CodeMirror 6 (about 0.45 MB), codemirror-json-schema
// with json-schema-library (about 0.1 MB), the five elements, the validator and content/schema.json,
// so `npx trust-widgets studio` needs no bundler; no source maps. The source maps of the CLI's own
// modules (dist/schema.js, dist/lint.js: 0.62 MB) are not shipped, as the validator chunks' are not:
// 2.93 MB in all, 3.01 MB with the studio's outline and form.
test('the npm package is under 3.25 MB unpacked', () => {
  assert.ok(
    pack.unpackedSize < 3.25 * MB,
    `${(pack.unpackedSize / MB).toFixed(2)} MB unpacked (${pack.unpackedSize} bytes), over 3.25 MB`,
  );
});

test('trust-widgets/themes/<name>.css is every preset in src/themes/, as written', () => {
  assert.equal(manifest.exports['./themes/*'], './src/themes/*');
  const presets = readdirSync('src/themes').filter((file) => file.endsWith('.css'));
  assert.deepEqual(presets.sort(), ['calm.css', 'high-contrast.css', 'warm.css']);
  for (const file of presets) assert.ok(paths.includes(`src/themes/${file}`), `src/themes/${file} is in the package`);
});
