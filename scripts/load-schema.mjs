// Loads src/schema/index.ts in Node without a build (esbuild bundles it to a temporary module), with
// `rules` (src/schema/rules.ts), whose functions the compiled schema names, and two internals for tests. A missing
// src/schema/compiled.ts (which `npm run schema` writes from this module) loads as an empty stub.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function loadSchemaModule() {
  const out = join(await mkdtemp(join(tmpdir(), 'trust-schema-')), 'schema.mjs');
  const result = await build({
    stdin: {
      contents: [
        "export * from './src/schema/index.ts';",
        "export * as rules from './src/schema/rules.ts';",
        // for test/node/validator.test.mjs, which words zod's issues as parseContentPack does
        "export { meantBranch } from './src/schema/parse.ts';",
        "export { explain } from './src/schema/validate.ts';",
      ].join('\n'),
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    // jsonc-parser (src/schema/positions.ts): its ES build, not the UMD one that require()s its parts.
    mainFields: ['module', 'main'],
    write: false,
    plugins: [
      {
        name: 'compiled-stub',
        setup(build) {
          build.onResolve({ filter: /\/compiled\.js$/ }, ({ path, resolveDir }) =>
            existsSync(join(resolveDir, path.replace(/\.js$/, '.ts'))) ? undefined : { path, namespace: 'stub' },
          );
          build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: "export const PACK = ['b', []];" }));
        },
      },
    ],
  });
  await writeFile(out, result.outputFiles[0].text);
  return import(pathToFileURL(out).href);
}
