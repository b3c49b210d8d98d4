// Writes the built-in packs (content/trust-issues.<lang>.json) split by section (the `splitPack` of
// src/internal/sections.ts, which the elements use to put them together again) into
// src/internal/builtin/trust-issues.<lang>.<section>.json: one chunk each in the build, so a page
// downloads only the sections its elements render (issue 17). Run by `npm run schema` and first in
// `npm run build`; test/node/size.test.mjs checks the built chunks against content/*.json.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

export const OUT = 'src/internal/builtin';

/** src/internal/sections.ts, bundled for Node by esbuild. */
export async function loadSections() {
  const result = await build({ entryPoints: ['src/internal/sections.ts'], bundle: true, format: 'esm', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

export async function writeSections() {
  const { splitPack } = await loadSections();
  mkdirSync(OUT, { recursive: true });
  const written = [];
  for (const file of readdirSync('content').filter((name) => /^trust-issues\.[a-z]+\.json$/.test(name))) {
    const pack = JSON.parse(readFileSync(`content/${file}`, 'utf8'));
    for (const [name, section] of Object.entries(splitPack(pack))) {
      const out = `${OUT}/${file.replace(/\.json$/, '')}.${name}.json`;
      writeFileSync(out, `${JSON.stringify(section)}\n`);
      written.push(out);
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) await writeSections();
