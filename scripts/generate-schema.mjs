// Writes content/schema.json from the zod schema (run by `npm run schema`; a test fails when stale).
import { writeFile } from 'node:fs/promises';
import { loadSchemaModule } from './load-schema.mjs';

const { contentPackJsonSchema } = await loadSchemaModule();
await writeFile('content/schema.json', `${JSON.stringify(contentPackJsonSchema(), null, 2)}\n`);
console.log('Wrote content/schema.json');
