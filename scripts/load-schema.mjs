// Loads src/schema/index.ts in Node without a build (esbuild bundles it to a temporary module).
import { build } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadSchemaModule() {
  const out = join(await mkdtemp(join(tmpdir(), 'trust-schema-')), 'schema.mjs');
  const result = await build({
    entryPoints: [new URL('../src/schema/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  await writeFile(out, result.outputFiles[0].text);
  return import(pathToFileURL(out).href);
}
