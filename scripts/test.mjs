// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { findChrome } from './chrome-path.mjs';

findChrome(); // stops at once, saying how to install Chromium, when there is none

/** [what it checks, the package.json script that does it]: each command is defined there, once. */
const steps = [
  ['typecheck', 'typecheck'],
  ['lint (ESLint, then Prettier)', 'lint'],
  ['build', 'build'],
  ['node tests (CLI, package, size budgets)', 'test:node'],
  ['sample article (built, strict CSP)', 'test:sample'],
  ['browser tests', 'test:browser'],
  ['storybook build', 'build-storybook'],
  ['storybook stories', 'test:storybook'],
];

for (const [name, script] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npm', ['run', script], { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log('\nAll checks passed.');
