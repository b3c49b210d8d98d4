#!/usr/bin/env node
// trust-widgets authoring CLI: validate content packs, print the JSON Schema.
// Uses the same schema code as the widgets (dist/schema.js, built from src/schema/).
import { readFile } from 'node:fs/promises';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

const usage = `Usage:
  trust-widgets validate [--json] <pack.json> [more.json…]
      check content packs; prints every problem as "file:line:column: path: message", or with --json
      one JSON array of { file, line, column, path, message }; exits 0 if all are valid, 1 on
      problems, 2 when a file cannot be read
  trust-widgets schema                              print the content pack JSON Schema`;

/** 1-based line and column (UTF-16 units, as editors count) of `offset` in `text`. */
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** `quizzes[0].bands[2].min` or `hotlines.regions["x y"]` (formatPath's form) back to its keys. */
function pathKeys(path) {
  const keys = [];
  for (const [, name, index, quoted] of path.matchAll(/\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    keys.push(name ?? (index !== undefined ? Number(index) : JSON.parse(quoted)));
  }
  return keys;
}

/**
 * Where a problem is in the file: the value its path names or, for a value that is missing (or a
 * path the file does not have), the nearest enclosing value that is there.
 */
function positionOf(text, tree, path) {
  const keys = pathKeys(path);
  for (let length = keys.length; length >= 0; length -= 1) {
    const node = tree && findNodeAtLocation(tree, keys.slice(0, length));
    if (node) return lineColumn(text, node.offset);
  }
  return { line: 1, column: 1 };
}

/** Every problem of one file, each with its position: `[]` when it is valid. */
async function problemsOfFile(file, parseContentPack) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'file not found' : `cannot be read (${error.code ?? error.message})`;
    return { unreadable: true, problems: [{ file, line: null, column: null, path: '', message: reason }] };
  }
  const errors = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  let input;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const at = lineColumn(text, errors[0]?.offset ?? 0);
    return { problems: [{ file, ...at, path: '', message: `not valid JSON (${error.message})` }] };
  }
  const result = parseContentPack(input);
  if (result.ok) return { problems: [] };
  return {
    problems: result.problems.map(({ path, message }) => ({ file, ...positionOf(text, tree, path), path, message })),
  };
}

const [command, ...args] = process.argv.slice(2);
// `render` (publish-time rendering) lives in its own module, with its own usage lines.
// So do `build-pack` (precompiled packs) and `studio` (the pack studio).
const own = { render: './render.mjs', 'build-pack': './build-pack.mjs', studio: './studio.mjs' }[command];
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
  const { usage: studioUsage } = await import('./studio.mjs');
  console.error(`${usage}\n${buildPackUsage}\n${renderUsage}\n${studioUsage}`);
  process.exitCode = command === 'help' || command === '--help' ? 0 : 2;
}
