// Development helper: validates content packs against the TypeScript schema without a build.
// Usage: node scripts/check-pack.mjs content/trust-issues.en.json [more.json…]
import { readFile } from 'node:fs/promises';
import { loadSchemaModule } from './load-schema.mjs';

const { parseContentPack } = await loadSchemaModule();
let failed = false;
for (const file of process.argv.slice(2)) {
  const parsed = parseContentPack(JSON.parse(await readFile(file, 'utf8')));
  if (parsed.ok) console.log(`${file}: valid`);
  else {
    failed = true;
    for (const p of parsed.problems) console.log(`${file}: ${p.path || '(pack)'}: ${p.message}`);
  }
}
process.exit(failed ? 1 : 0);
