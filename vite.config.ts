import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/** One entry per element: `src/define/*.ts` → `dist/define/*.js`. */
const defines = Object.fromEntries(
  readdirSync('src/define')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

/**
 * Chunk names the size budgets (test/node/size.test.mjs) rely on: a built-in content pack is
 * `chunks/content-<file>-<hash>.js`, the zod validator `chunks/validator-<hash>.js`. Both are loaded
 * by dynamic import only, so a page downloads them only when it needs them.
 */
function chunkFileNames(chunk: { name: string; moduleIds: readonly string[] }): string {
  const ids = chunk.moduleIds.map((id) => id.replaceAll('\\', '/'));
  if (ids.some((id) => /\/content\/[^/]+\.json$/.test(id))) return 'chunks/content-[name]-[hash].js';
  if (ids.some((id) => id.endsWith('/src/schema/parse.ts'))) return 'chunks/validator-[hash].js';
  return 'chunks/[name]-[hash].js';
}

/**
 * Built-in packs (`content/*.json`) become `export default JSON.parse('…')`: smaller than the object
 * literal the bundler writes (and without its named exports, which nothing uses), and V8 parses a
 * JSON string faster than the same object as JavaScript.
 */
function jsonAsParse(): Plugin {
  return {
    name: 'trust-json-as-parse',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      if (!/\/content\/[^/]+\.json$/.test(file)) return null;
      const json = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      const literal = `'${json.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029')}'`;
      return { code: `export default JSON.parse(${literal});\n`, moduleType: 'js', map: { mappings: '' } };
    },
  };
}

/**
 * Two builds write dist/ (`npm run build` runs both):
 * - `vite build`: one module per element, `dist/define/<name>.js`, plus `dist/schema.js`. They share
 *   chunks (Lit, the base element, the banner), so a page that loads several gets one copy of each.
 * - `vite build --mode all-in-one`: `dist/trust-widgets.js`, every element in one self-contained file
 *   (one request, no import waterfall, and gzip compresses it as a whole: about 4 KB less than the
 *   same code in shared chunks). Use it, or the define modules, on one page: not both.
 * In both, the built-in packs and the validator are separate chunks loaded by dynamic import only.
 */
export default defineConfig(({ mode }) => {
  const allInOne = mode === 'all-in-one';
  const entry: Record<string, string> = allInOne
    ? { 'trust-widgets': 'src/index.ts' }
    : { schema: 'src/schema/index.ts', ...defines };
  return {
    publicDir: 'site',
    plugins: [jsonAsParse(), minifyCssLiterals()],
    build: {
      target: 'es2022',
      // Maps are for debugging; browsers fetch them only with devtools open, so budgets leave them out.
      sourcemap: true,
      minify: true,
      emptyOutDir: !allInOne,
      lib: {
        entry,
        formats: ['es'],
      },
      rolldownOptions: {
        output: { chunkFileNames, minify: true },
      },
    },
    preview: { port: 4173, strictPort: false },
  };
});
