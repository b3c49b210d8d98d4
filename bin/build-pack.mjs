// `trust-widgets build-pack <pack.json> -o <pack.js>`: validates a content pack and writes a module
// that registers it by its meta.id, for widgets with pack="<id>" (src/internal/pack-registry.ts):
// no validator download and no fetch on the page. The module carries the pack's hash; widgets refuse
// a module whose pack was edited after it was written.
import { readFile, writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

export const usage = `  trust-widgets build-pack <pack.json> -o <pack.js>
                                                    validate a pack and write a module that registers it,
                                                    for <trust-quiz pack="<meta.id>"> and the other elements
  trust-widgets build-pack <pack.json> --sections -o <folder>
                                                    the same, one module per section (<id>.core.js, .quizzes.js,
                                                    .signs.js, .causes.js, .coping.js): a page includes core and
                                                    the sections of the elements it shows`;

/** Which sections each element reads besides core (src/internal/sections.ts; checked by the tests). */
export const ELEMENT_SECTIONS = {
  'trust-hotline-banner': [],
  'trust-quiz': ['quizzes'],
  'trust-signs-checklist': ['signs'],
  'trust-causes-explorer': ['causes', 'coping'],
  'trust-coping-steps': ['coping'],
};

/** The module that registers `pack` (a whole pack, or the part of one `section` holds). */
function moduleOf(file, pack, id, hash, section) {
  const json = JSON.stringify(pack);
  const literal = JSON.stringify(json)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const part = section === undefined ? '' : `, section: ${JSON.stringify(section)}`;
  return `// Written by trust-widgets build-pack from ${basename(file)}. Do not edit: the widgets check this
// pack against its hash and refuse it when they differ. Change the JSON and build it again instead.
const pack = JSON.parse(${literal});
(globalThis[Symbol.for('trust-widgets.packs')] ??= []).push({ id: ${JSON.stringify(id)}${part}, hash: ${JSON.stringify(hash)}, pack });
globalThis.dispatchEvent?.(new Event('trust-widgets-pack'));
export default pack;
`;
}

/** Runs `build-pack`; resolves to the exit code (0 written, 1 invalid pack, 2 usage or unreadable). */
export async function main(args) {
  const at = args.indexOf('-o');
  const out = at < 0 ? undefined : args[at + 1];
  const split = args.includes('--sections');
  const inputs = args.filter((arg, i) => i !== at && i !== at + 1 && arg !== '--sections');
  if (inputs.length !== 1 || !out) {
    console.error(`build-pack needs one pack and -o <${split ? 'folder' : 'file.js'}>\n\nUsage:\n${usage}`);
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
  if (split) {
    const { splitPack } = await import('../dist/ssr.js');
    await mkdir(out, { recursive: true });
    for (const [section, part] of Object.entries(splitPack(pack))) {
      const target = join(out, `${pack.meta.id}.${section}.js`);
      const module = moduleOf(file, part, pack.meta.id, packHash(part), section);
      await writeFile(target, module);
      const readers = Object.entries(ELEMENT_SECTIONS)
        .filter(([, sections]) => section === 'core' || sections.includes(section))
        .map(([tag]) => `<${tag}>`);
      console.log(
        `${target}: "${pack.meta.id}" ${section} (${Math.round(module.length / 1024)} KB), for ${readers.join(', ')}`,
      );
    }
    console.log(
      `Use pack="${pack.meta.id}", and include ${pack.meta.id}.core.js and the modules of the elements on the page.`,
    );
    return 0;
  }
  const module = moduleOf(file, pack, pack.meta.id, packHash(pack));
  await writeFile(out, module);
  console.log(
    `${out}: registers "${pack.meta.id}" (${Math.round(module.length / 1024)} KB); use pack="${pack.meta.id}"`,
  );
  return 0;
}
