#!/usr/bin/env node
// trust-widgets authoring CLI: validate content packs, print the JSON Schema.
// Uses the same schema code as the widgets (dist/schema.js, built from src/schema/).
import { readFile } from 'node:fs/promises';

const usage = `Usage:
  trust-widgets validate <pack.json> [more.json…]   check content packs; prints every problem as "path: message"
  trust-widgets schema                              print the content pack JSON Schema`;

const [command, ...args] = process.argv.slice(2);
// `render` (publish-time rendering) lives in its own module, with its own usage lines.
const render = command === 'render' ? await import('./render.mjs') : undefined;
if (render) process.exitCode = await render.main(args);
const { parseContentPack, contentPackJsonSchema } = await import('../dist/schema.js');

if (command === 'schema') {
  process.stdout.write(`${JSON.stringify(contentPackJsonSchema(), null, 2)}\n`);
} else if (command === 'validate' && args.length > 0) {
  let failed = false;
  for (const file of args) {
    let input;
    try {
      input = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      failed = true;
      const reason = error.code === 'ENOENT' ? 'file not found' : `not valid JSON (${error.message})`;
      console.log(`${file}: ${reason}`);
      continue;
    }
    const result = parseContentPack(input);
    if (result.ok) {
      console.log(`${file}: valid`);
    } else {
      failed = true;
      for (const problem of result.problems) console.log(`${file}: ${problem.path || '(pack)'}: ${problem.message}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
} else if (!render) {
  const { usage: renderUsage } = await import('./render.mjs');
  console.error(`${usage}\n${renderUsage}`);
  process.exitCode = command === 'help' || command === '--help' ? 0 : 2;
}
