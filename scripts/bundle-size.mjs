// What a page downloads from the build: every JavaScript file reached from an entry by static and
// dynamic imports through dist/ (chunks included), each gzipped at level 9 (deterministic), summed.
// Source maps are not counted: a browser fetches them only with devtools open.
// Used by the size budgets (test/node/size.test.mjs); `node scripts/bundle-size.mjs` prints them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
export const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** Loaded only on demand (see vite.config.ts chunkFileNames): the built-in packs' sections, the validator. */
export const isPack = (file) => /(^|\/)chunks\/content-[^/]+\.js$/.test(file);
export const isValidator = (file) => /(^|\/)chunks\/validator-[^/]+\.js$/.test(file);
/** Lit's hydration support, which only a page with prerendered elements loads (src/internal/hydration.ts). */
export const isHydration = (file) => /(^|\/)chunks\/hydrate-[^/]+\.js$/.test(file);
export const onDemand = (file) => isPack(file) || isValidator(file) || isHydration(file);

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Relative module specifiers a minified ES module imports, split into static and dynamic. */
export function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const quoted = String.raw`(["'\x60])(\.{1,2}\/[^"'\x60]+)\1`;
  const staticImports = [...code.matchAll(new RegExp(String.raw`(?:\bfrom|\bimport)\s*${quoted}`, 'g'))];
  const dynamicImports = [...code.matchAll(new RegExp(String.raw`\bimport\s*\(\s*${quoted}\s*\)`, 'g'))];
  const resolve = (match) => relative('.', join(dirname(file), match[2])).replaceAll('\\', '/');
  return { static: staticImports.map(resolve), dynamic: dynamicImports.map(resolve) };
}

/**
 * Every file a page loading `entry` can download, following static (and, unless `dynamic` is
 * false, dynamic) imports. A file for which `stop(file)` is true is listed in `stopped` but is
 * neither counted nor followed. Throws when an import points at a missing file.
 */
export function closure(entry, { stop = () => false, dynamic = true } = {}) {
  const files = new Set();
  const stopped = new Set();
  const visit = (file) => {
    if (files.has(file) || stopped.has(file)) return;
    if (stop(file)) return void stopped.add(file);
    if (!existsSync(file)) throw new Error(`${file} is imported but missing`);
    files.add(file);
    const imports = importsOf(file);
    for (const next of [...imports.static, ...(dynamic ? imports.dynamic : [])]) visit(next);
  };
  visit(entry);
  const bytes = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
  return { files, stopped, bytes };
}

/** The figures the budgets are about, for the build in `dist`. */
export function measure(dist = 'dist') {
  const defines = readdirSync(join(dist, 'define'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.replace(/\.js$/, ''));
  const packs = readdirSync(join(dist, 'chunks'))
    .map((file) => `${dist}/chunks/${file}`)
    .filter(isPack);
  return {
    all: closure(`${dist}/trust-widgets.js`, { stop: onDemand }),
    elements: Object.fromEntries(
      defines.map((name) => [name, closure(`${dist}/define/${name}.js`, { stop: onDemand })]),
    ),
    packs: Object.fromEntries(packs.map((file) => [file, { bytes: gzipSize(file), raw: readFileSync(file).length }])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const { all, elements, packs } = measure(dist);
  console.log(`all elements (${dist}/trust-widgets.js, no pack/validator): ${kb(all.bytes)}`);
  for (const file of all.files) console.log(`  ${file}: ${kb(gzipSize(file))}`);
  for (const [name, { bytes }] of Object.entries(elements)) console.log(`define/${name}.js: ${kb(bytes)}`);
  for (const [file, { bytes, raw }] of Object.entries(packs)) console.log(`${file}: ${kb(bytes)} (${kb(raw)} raw)`);
}
