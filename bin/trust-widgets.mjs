#!/usr/bin/env node
// trust-widgets authoring CLI: validate content packs, print the JSON Schema. Other commands have
// their own modules (the `own` map below).
// Uses the same schema code as the widgets (dist/schema.js, built from src/schema/).
import { readJsonFile } from './positions.mjs';

const usage = `Usage:
  trust-widgets validate [--json] <pack.json> [more.json…]
      check content packs; prints every problem as "file:line:column: path: message", or with --json
      one JSON array of { file, line, column, path, message }; exits 0 if all are valid, 1 on
      problems, 2 when a file cannot be read
  trust-widgets schema                              print the content pack JSON Schema`;

/** Every problem of one file, each with its position: `[]` when it is valid. */
async function problemsOfFile(file, parseContentPack) {
  const read = await readJsonFile(file);
  if (read.error && read.line === undefined) {
    return { unreadable: true, problems: [{ file, line: null, column: null, path: '', message: read.error }] };
  }
  if (read.error) return { problems: [{ file, line: read.line, column: read.column, path: '', message: read.error }] };
  const result = parseContentPack(read.value);
  if (result.ok) return { problems: [] };
  return { problems: result.problems.map(({ path, message }) => ({ file, ...read.at(path), path, message })) };
}

const [command, ...args] = process.argv.slice(2);
// `render` (publish-time rendering) lives in its own module, with its own usage lines.
// So do `build-pack` (precompiled packs), `lint` (safe-messaging rules), `diff` (translations) and
// `studio` (the pack studio).
const own = {
  render: './render.mjs',
  'build-pack': './build-pack.mjs',
  lint: './lint.mjs',
  diff: './diff.mjs',
  studio: './studio.mjs',
}[command];
const render = own ? await import(own) : undefined;
if (render) process.exitCode = await render.main(args);
const { parseContentPack, contentPackJsonSchema } = await import('../dist/schema.js');

if (command === 'schema') {
  process.stdout.write(`${JSON.stringify(contentPackJsonSchema(), null, 2)}\n`);
} else if (command === 'validate' && args.some((arg) => arg !== '--json')) {
  const json = args.includes('--json');
  const all = [];
  let unreadable = false;
  for (const file of args.filter((arg) => arg !== '--json')) {
    const result = await problemsOfFile(file, parseContentPack);
    unreadable ||= result.unreadable === true;
    all.push(...result.problems);
    if (json) continue;
    if (result.problems.length === 0) console.log(`${file}: valid`);
    for (const { line, column, path, message } of result.problems) {
      console.log(line === null ? `${file}: ${message}` : `${file}:${line}:${column}: ${path || '(pack)'}: ${message}`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  process.exitCode = unreadable ? 2 : all.length > 0 ? 1 : 0;
} else if (!render) {
  const { usage: renderUsage } = await import('./render.mjs');
  const { usage: buildPackUsage } = await import('./build-pack.mjs');
  const { usage: lintUsage } = await import('./lint.mjs');
  const { usage: diffUsage } = await import('./diff.mjs');
  const { usage: studioUsage } = await import('./studio.mjs');
  console.error(`${usage}
${lintUsage}
${diffUsage}
${buildPackUsage}
${renderUsage}
${studioUsage}`);
  process.exitCode = command === 'help' || command === '--help' ? 0 : 2;
}
