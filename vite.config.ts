import { existsSync, readFileSync, readdirSync } from 'node:fs';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin } from 'vite';

/** One entry per element: `src/define/*.ts` → `dist/define/*.js`. */
const defines = Object.fromEntries(
  readdirSync('src/define')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

/** A built-in pack's section (scripts/split-packs.mjs writes them from content/*.json). */
const BUILTIN_PACK = /\/src\/internal\/builtin\/[^/]+\.json$/;

/**
 * Chunk names the size budgets (test/node/size.test.mjs) rely on: a section of a built-in pack is
 * `chunks/content-<file>.js` (e.g. `content-trust-issues.en.core.js`), the zod validator `chunks/validator-<hash>.js`. Both are loaded
 * by dynamic import only, so a page downloads them only when it needs them. Pack chunks keep a
 * stable name (no hash) so a page can `<link rel="modulepreload">` the one it uses and render the
 * widgets without a layout shift (README, "Performance"); serve dist/ from a versioned path.
 */
function chunkFileNames(chunk: { name: string; moduleIds: readonly string[] }): string {
  const ids = chunk.moduleIds.map((id) => id.replaceAll('\\', '/'));
  if (ids.some((id) => BUILTIN_PACK.test(id))) return 'chunks/content-[name].js';
  if (ids.some((id) => id.endsWith('/src/schema/parse.ts'))) return 'chunks/validator-[hash].js';
  if (ids.some((id) => id.endsWith('/src/internal/hydrate-support.ts'))) return 'chunks/hydrate-[hash].js';
  return 'chunks/[name]-[hash].js';
}

/**
 * One shared chunk for the define build, `chunks/define-<hash>.js`: Lit, the base element and the
 * rest of src/internal/, and the hotline banner, which four of the five elements render (the quiz,
 * coping steps and causes explorer show hotlines for safety). Each file a page downloads is gzipped
 * on its own, so one larger chunk costs less than the same code in several small ones. Lit's
 * directives stay out: only the quiz (`keyed`) and coping steps (`live`) use them.
 */
function sharedModule(id: string): boolean {
  const file = id.replaceAll('\\', '/');
  if (file.includes('/node_modules/')) {
    return (
      /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(file) &&
      !/\/directives?[/.-]/.test(file)
    );
  }
  return (
    /\/src\/(internal|components\/hotline-banner)\//.test(file) &&
    !BUILTIN_PACK.test(file) &&
    !file.endsWith('/hydrate-support.ts')
  );
}

/**
 * Minifies the HTML and CSS inside Lit's `html`, `svg` and `css` templates, which the JavaScript
 * minifier leaves as written (Lit's own plugin: html-minifier-next and lightningcss). Measured with
 * gzip level 9 (scripts/bundle-size.mjs): 1.07 KB less for dist/trust-widgets.js, 3.25 KB less over it
 * and the five define entries together, and without it two entries go over their size budget.
 * Only our sources (Lit's own templates are minified already); a template it cannot parse fails the
 * build. It is typed as a Rollup plugin, whose hooks rolldown runs unchanged: hence the cast.
 */
function minifyTemplates(): Plugin {
  return minifyHtmlLiterals({ include: 'src/**/*.ts', failOnError: true }) as unknown as Plugin;
}

/**
 * Built-in pack sections (`src/internal/builtin/*.json`) become `export default JSON.parse('…')`: smaller than the object
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
      if (!BUILTIN_PACK.test(file)) return null;
      const json = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      const literal = `'${json.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029')}'`;
      return { code: `export default JSON.parse(${literal});\n`, moduleType: 'js', map: { mappings: '' } };
    },
  };
}

/**
 * The theme presets are published as written from src/themes/ (package.json `exports`:
 * `trust-widgets/themes/<name>.css`), not copied into dist/. `npm start` serves them at /themes/,
 * where the sample article's preset switch links them (scripts/test-sample.mjs does the same).
 */
function themesInPreview(): Plugin {
  return {
    name: 'trust-themes-in-preview',
    configurePreviewServer({ middlewares }) {
      middlewares.use('/themes/', (request, response, next) => {
        const file = `src/themes/${new URL(request.url ?? '/', 'http://x').pathname.slice(1)}`;
        if (!/^src\/themes\/[\w-]+\.css$/.test(file) || !existsSync(file)) return next();
        response.setHeader('content-type', 'text/css');
        response.end(readFileSync(file));
      });
    },
  };
}

/**
 * Two builds write dist/ (`npm run build` runs both):
 * - `vite build`: one module per element, `dist/define/<name>.js`, plus `dist/schema.js` and
 *   `dist/lint.js` (the rules of `trust-widgets lint` and `diff`, for the CLI). They share
 *   chunks (Lit, the base element, the banner), so a page that loads several gets one copy of each.
 * - `vite build --mode all-in-one`: `dist/trust-widgets.js`, every element in one self-contained file
 *   (one request, no import waterfall, and gzip compresses it as a whole: about 4 KB less than the
 *   same code in shared chunks). Use it, or the define modules, on one page: not both.
 * In both, the built-in packs and the validator are separate chunks loaded by dynamic import only.
 * A third, `vite build --mode ssr`, writes the publish-time renderer for Node (see `ssrBuild`), and
 * a fourth, `vite build --mode studio`, the pack studio's page (see `studioBuild`).
 */
export default defineConfig(({ mode }) => {
  if (mode === 'ssr') return ssrBuild();
  if (mode === 'studio') return studioBuild();
  const allInOne = mode === 'all-in-one';
  const entry: Record<string, string> = allInOne
    ? { 'trust-widgets': 'src/index.ts' }
    : { schema: 'src/schema/index.ts', lint: 'src/lint/index.ts', ...defines };
  return {
    publicDir: 'site',
    plugins: [jsonAsParse(), minifyTemplates(), themesInPreview()],
    build: {
      target: 'es2022',
      // Maps are written next to each file for debugging (load them in devtools by hand) but not
      // linked with a `sourceMappingURL` comment: that comment is in every file a reader downloads.
      sourcemap: 'hidden',
      minify: true,
      emptyOutDir: !allInOne,
      lib: {
        entry,
        formats: ['es'],
      },
      rolldownOptions: {
        // The all-in-one file may gain exports (Lit's internals that the hydration chunk shares), so
        // that it stays one file instead of splitting Lit into a third chunk.
        ...(allInOne ? { preserveEntrySignatures: 'allow-extension' as const } : {}),
        output: {
          chunkFileNames,
          minify: true,
          // No comments in the output: those left would be `/* @__PURE__ */` marks, for bundlers only.
          comments: false,
          ...(allInOne ? {} : { codeSplitting: { groups: [{ name: 'define', test: sharedModule }] } }),
        },
      },
    },
    preview: { port: 4173, strictPort: false },
  };
});

/**
 * `vite build --mode ssr`: `dist/ssr.js`, the publish-time renderer (`trust-widgets/ssr`) for Node.
 * Built by Vite with the same template minifier as the browser bundles on purpose: hydration
 * matches each prerendered part by a digest of its template's strings, so the server must render
 * exactly the templates the browser has. Its dependencies (Lit, Lit SSR, zod, parse5) stay imports.
 */
function ssrBuild() {
  return {
    plugins: [jsonAsParse(), minifyTemplates()],
    build: {
      target: 'node20',
      ssr: 'src/ssr/index.ts',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      rolldownOptions: { output: { entryFileNames: 'ssr.js', codeSplitting: false } },
    },
  };
}

/**
 * Parts of codemirror-json-schema the studio never runs, replaced so they are not shipped: its
 * markdown renderer loads shiki (a grammar engine and two themes, to colour code blocks that the
 * pack schema's descriptions do not have) and markdown-it; its JSON5 and YAML modes bring their
 * parsers (json5, yaml, codemirror-json5). In their place: plain text with `code` spans, escaped
 * (the library puts the result in innerHTML), and modes that say they are not built in
 * (src/studio/lean/).
 */
function studioLean(): Plugin {
  const stubs: Record<string, string> = {
    'utils/markdown.js': 'src/studio/lean/markdown.js',
    'parsers/json5-parser.js': 'src/studio/lean/no-json5.js',
    'parsers/yaml-parser.js': 'src/studio/lean/no-yaml.js',
  };
  return {
    name: 'trust-studio-lean',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      const end = Object.keys(stubs).find((name) => file.endsWith(`/codemirror-json-schema/dist/${name}`));
      return end ? { code: readFileSync(stubs[end]!, 'utf8'), moduleType: 'js' } : null;
    },
  };
}

/**
 * `vite build --mode studio`: dist/studio/studio.js and studio.css, the page `trust-widgets studio`
 * serves (bin/studio.mjs), with CodeMirror, codemirror-json-schema and the five elements bundled in,
 * so the command needs no bundler at run time. No source maps: they would double its size in the
 * package.
 */
function studioBuild() {
  return {
    publicDir: false as const,
    plugins: [jsonAsParse(), minifyTemplates(), studioLean()],
    build: {
      target: 'es2022',
      outDir: 'dist/studio',
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      lib: { entry: { studio: 'src/studio/main.ts' }, formats: ['es' as const], cssFileName: 'studio' },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', comments: false } },
    },
  };
}
