// Writes, from the zod schema (src/schema/), the two files generated from it (run by `npm run schema`;
// tests fail when either is stale):
// - content/schema.json, the JSON Schema for editors' autocomplete;
// - src/schema/compiled.ts, the schema as plain data for the small validator (src/schema/validate.ts),
//   which a page downloads instead of zod.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { loadSchemaModule } from './load-schema.mjs';

export const COMPILED = 'src/schema/compiled.ts';

/** The message a check was given (`.min(1, 'List at least one…')`), or undefined for zod's own. */
const messageOf = (def) => {
  const message = def.error?.({});
  return typeof message === 'string' ? message : message?.message;
};

/**
 * The TypeScript source of src/schema/compiled.ts: every node of `schema` as a `Node` of
 * src/schema/validate.ts. A zod feature the small validator does not implement stops it with an
 * error, so the schema cannot grow a rule that the pages' validator would silently skip.
 */
export async function compiledSchema(module, schema = module.ContentPackObject) {
  const ruleNames = new Map(Object.entries(module.rules).map(([name, fn]) => [fn, name]));
  const exportNames = new Map();
  for (const [name, value] of Object.entries(module)) {
    if (value?._zod && !exportNames.has(value)) exportNames.set(value, name);
  }
  const uses = new Map();
  const count = (node) => {
    uses.set(node, (uses.get(node) ?? 0) + 1);
    if (uses.get(node) > 1) return;
    for (const child of children(node)) count(child);
  };
  const children = (node) => {
    const def = node._zod.def;
    if (def.type === 'array') return [def.element];
    if (def.type === 'object') return Object.values(def.shape);
    if (def.type === 'optional') return [def.innerType];
    if (def.type === 'record') return [def.keyType, def.valueType];
    if (def.type === 'union') return def.options;
    return [];
  };
  count(schema);

  const names = new Map();
  const lines = [];
  const unsupported = (what) => {
    throw new Error(`The small validator (src/schema/validate.ts) does not implement ${what}`);
  };
  const checksOf = (node, allowed) =>
    (node._zod.def.checks ?? [])
      .filter((check) => check !== node && !['describe', 'meta'].includes(check._zod.def.check))
      .map((check) => {
        const def = check._zod.def;
        // (zod gives every length check a `when`: run on anything with a length; validate.ts does the same)
        if (def.abort || (def.when && !/_length$/.test(def.check))) unsupported(`"when" or "abort" on ${def.check}`);
        const message = messageOf(def);
        const tail = message === undefined ? '' : `, ${JSON.stringify(message)}`;
        const kind = {
          max_length: () => `['max', ${def.maximum}${tail}]`,
          min_length: () => `['min', ${def.minimum}${tail}]`,
          greater_than: () => (def.inclusive ? `['gte', ${def.value}${tail}]` : unsupported('an exclusive minimum')),
          less_than: () => (def.inclusive ? `['lte', ${def.value}${tail}]` : unsupported('an exclusive maximum')),
          string_format: () =>
            def.format === 'regex' ? `['re', ${String(def.pattern)}${tail}]` : unsupported(`the ${def.format} format`),
          custom: () => {
            const name =
              ruleNames.get(def.fn) ?? unsupported('a refinement that is not a function of src/schema/rules.ts');
            const path = def.path?.length ? `, ${JSON.stringify(def.path)}` : '';
            return `['fn', rules.${name}${message === undefined && path ? ', undefined' : tail}${path}]`;
          },
        }[def.check];
        if (!kind || !allowed.includes(def.check)) unsupported(`the ${def.check} check on a ${node._zod.def.type}`);
        return kind();
      });
  const emit = (node) => {
    if (names.has(node)) return names.get(node);
    const def = node._zod.def;
    let code;
    switch (def.type) {
      case 'string':
        if (def.format) unsupported(`the ${def.format} format`);
        code = `['s', [${checksOf(node, ['max_length', 'min_length', 'string_format', 'custom']).join(', ')}]]`;
        break;
      case 'number': {
        if (def.format && def.format !== 'safeint') unsupported(`the ${def.format} number format`);
        const checks = checksOf(node, ['greater_than', 'less_than']);
        code = `['n', [${[...(def.format ? ["['int']"] : []), ...checks].join(', ')}]]`;
        break;
      }
      case 'boolean':
        code = `['b', []]`;
        break;
      case 'enum':
        code = `['e', ${JSON.stringify(Object.values(def.entries))}]`;
        break;
      case 'array':
        code = `['a', ${emit(def.element)}, [${checksOf(node, ['min_length', 'max_length']).join(', ')}]]`;
        break;
      case 'object': {
        if (def.catchall?._zod.def.type !== 'never') unsupported('an object that is not strict');
        const shape = Object.entries(def.shape).map(([key, value]) => `${JSON.stringify(key)}: ${emit(value)}`);
        code = `['o', { ${shape.join(', ')} }, [${checksOf(node, ['custom']).join(', ')}]]`;
        break;
      }
      case 'optional':
        code = `['?', ${emit(def.innerType)}]`;
        break;
      case 'record':
        if (def.keyType._zod.def.type !== 'string') unsupported('a record whose keys are not strings');
        code = `['r', ${emit(def.keyType)}, ${emit(def.valueType)}]`;
        break;
      case 'union':
        if (def.inclusive === false || def.discriminator) unsupported('an exclusive or discriminated union');
        code = `['u', [${def.options.map(emit).join(', ')}]]`;
        break;
      default:
        unsupported(`the ${def.type} type`);
    }
    if (def.type !== 'object' && def.checks?.length && !['string', 'number', 'array'].includes(def.type)) {
      unsupported(`checks on a ${def.type}`);
    }
    if (uses.get(node) > 1 || node === schema) {
      const name = node === schema ? 'PACK' : (exportNames.get(node) ?? `node${names.size}`);
      lines.push(`${node === schema ? 'export ' : ''}const ${name}: Node = ${code};`);
      names.set(node, name);
      return name;
    }
    return code;
  };
  emit(schema);
  const source = [
    '// Generated by `npm run schema` (scripts/generate-schema.mjs) from the zod schema in this folder: do',
    '// not edit. The content pack schema as plain data for the small validator (validate.ts), so a page',
    '// validating a pack downloads neither zod nor its error messages.',
    "/* eslint-disable no-control-regex -- the schema's own patterns, as primitives.ts writes them */",
    "import * as rules from './rules.js';",
    "import type { Node } from './validate.js';",
    '',
    ...lines,
    '',
  ].join('\n');
  const config = (await prettier.resolveConfig(COMPILED)) ?? {};
  return prettier.format(source, { ...config, parser: 'typescript' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const module = await loadSchemaModule();
  await writeFile('content/schema.json', `${JSON.stringify(module.contentPackJsonSchema(), null, 2)}\n`);
  console.log('Wrote content/schema.json');
  const compiled = await compiledSchema(module);
  if (compiled !== (await readFile(COMPILED, 'utf8').catch(() => ''))) await writeFile(COMPILED, compiled);
  console.log(`Wrote ${COMPILED}`);
}
