// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { findChrome } from './chrome-path.mjs';

findChrome(); // stops at once, saying how to install Chromium, when there is none

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['node tests (CLI, size budgets)', 'node', ['--test', 'test/node/']],
  ['sample article (built, strict CSP)', 'node', ['scripts/test-sample.mjs']],
  ['browser tests', 'npx', ['wtr']],
  ['storybook build', 'npm', ['run', 'build-storybook', '--silent']],
  ['storybook stories', 'node', ['scripts/test-storybook.mjs']],
];

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log('\nAll checks passed.');
