// What `npm install trust-widgets` gets: no test-only files (dist/.copy/ is a second copy of the
// build made for test/dist.test.ts). Needs the build first, as npm test runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

test('the npm package ships no test-only files', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { encoding: 'utf8' }));
  const paths = pack.files.map((file) => file.path);
  assert.ok(paths.includes('dist/trust-widgets.js'), 'the bundle is in the package');
  assert.deepEqual(
    paths.filter((path) => /(^|\/)(\.copy|test|tests|fixtures)\/|\.test\./.test(path)),
    [],
    'test-only files in the package',
  );
});
