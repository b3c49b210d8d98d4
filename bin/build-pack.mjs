// `trust-widgets build-pack <pack.json> -o <pack.js>`: validates a content pack and writes a module
// that registers it by its meta.id, for widgets with pack="<id>" (src/internal/pack-registry.ts):
// no validator download and no fetch on the page. The module carries the pack's hash; widgets refuse
// a module whose pack was edited after it was written.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

export const usage = `  trust-widgets build-pack <pack.json> -o <pack.js>
                                                    validate a pack and write a module that registers it,
                                                    for <trust-quiz pack="<meta.id>"> and the other elements`;

/** Runs `build-pack`; resolves to the exit code (0 written, 1 invalid pack, 2 usage or unreadable). */
export async function main(args) {
  const at = args.indexOf('-o');
  const out = at < 0 ? undefined : args[at + 1];
  const inputs = args.filter((_arg, i) => i !== at && i !== at + 1);
  if (inputs.length !== 1 || !out) {
    console.error(`build-pack needs one pack and -o <file.js>\n\nUsage:\n${usage}`);
    return 2;
  }
  const [file] = inputs;
  let input;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: ${error.code === 'ENOENT' ? 'file not found' : `not valid JSON (${error.message})`}`);
    return 2;
  }
  const { parseContentPack } = await import('../dist/schema.js');
  const { packHash } = await import('../dist/ssr.js');
  const result = parseContentPack(input);
  if (!result.ok) {
    for (const problem of result.problems) console.error(`${file}: ${problem.path || '(pack)'}: ${problem.message}`);
    console.error(`${file}: not valid, nothing written (trust-widgets validate ${file} shows where)`);
    return 1;
  }
  const { pack } = result;
  const json = JSON.stringify(pack);
  const literal = JSON.stringify(json)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const module = `// Written by trust-widgets build-pack from ${basename(file)}. Do not edit: the widgets check this
// pack against its hash and refuse it when they differ. Change the JSON and build it again instead.
const pack = JSON.parse(${literal});
(globalThis[Symbol.for('trust-widgets.packs')] ??= []).push({ id: ${JSON.stringify(pack.meta.id)}, hash: ${JSON.stringify(packHash(pack))}, pack });
globalThis.dispatchEvent?.(new Event('trust-widgets-pack'));
export default pack;
`;
  await writeFile(out, module);
  console.log(
    `${out}: registers "${pack.meta.id}" (${Math.round(module.length / 1024)} KB); use pack="${pack.meta.id}"`,
  );
  return 0;
}
