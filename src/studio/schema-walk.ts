/**
 * Reading the pack's JSON Schema (content/schema.json, generated from the zod schema) for the form:
 * `$ref` into `$defs`, the branches of a union, which branch a value takes, the schema of a child,
 * the value a new entry starts with. Plain functions on plain JSON, so the form never re-declares a
 * shape of the pack.
 */

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export type Key = string | number;

/** `#/$defs/x` (a JSON Pointer into the root); a schema with no `$ref` as it is. `allOf` is merged. */
export function resolve(root: JsonSchema, schema: JsonSchema | undefined, seen = 0): JsonSchema {
  if (!schema) return {};
  let result = schema;
  if (schema.$ref && seen < 32) {
    if (!schema.$ref.startsWith('#')) throw new Error(`Only local $ref are read, not ${schema.$ref}`);
    let target: unknown = root;
    for (const part of schema.$ref.slice(1).split('/').filter(Boolean)) {
      const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
      target = (target as Record<string, unknown> | undefined)?.[key];
    }
    if (!target) throw new Error(`The schema's $ref ${schema.$ref} names nothing`);
    const rest = { ...schema };
    delete rest.$ref;
    result = { ...resolve(root, target as JsonSchema, seen + 1), ...rest };
  }
  if (result.allOf) {
    const { allOf, ...rest } = result;
    result = allOf.reduce<JsonSchema>((merged, part) => {
      const resolved = resolve(root, part, seen + 1);
      return {
        ...merged,
        ...resolved,
        properties: { ...merged.properties, ...resolved.properties },
        required: [...(merged.required ?? []), ...(resolved.required ?? [])],
      };
    }, rest);
  }
  return result;
}

/** The branches of a union (`anyOf` or `oneOf`), resolved; undefined when `schema` is not one. */
export function branches(root: JsonSchema, schema: JsonSchema): JsonSchema[] | undefined {
  const list = schema.anyOf ?? schema.oneOf;
  return list?.map((branch) => resolve(root, branch));
}

/** The JSON type of a value, as JSON Schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The type a schema declares (the first one, when it names several), or one read from its keywords. */
export function typeOf(schema: JsonSchema): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type) return type;
  if (schema.properties || schema.additionalProperties) return 'object';
  if (schema.items) return 'array';
  if (schema.enum?.every((v) => typeof v === 'string')) return 'string';
  return undefined;
}

/** The value's JSON type fits the schema's (an integer is a number too). */
export function fits(schema: JsonSchema, value: unknown): boolean {
  const type = typeOf(schema);
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (!type) return true;
  const actual = jsonType(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Which branch of a union the value takes: the first whose type fits it (undefined for none). */
export function branchOf(root: JsonSchema, list: JsonSchema[], value: unknown): number | undefined {
  const index = list.findIndex((branch) => fits(resolve(root, branch), value));
  return index === -1 ? undefined : index;
}

/** The schema of `key` inside `schema` (a property, a map entry or an array item). */
export function childSchema(root: JsonSchema, schema: JsonSchema, key: Key): JsonSchema {
  if (typeof key === 'number') return resolve(root, schema.items);
  const property = schema.properties?.[key];
  if (property) return resolve(root, property);
  return typeof schema.additionalProperties === 'object' ? resolve(root, schema.additionalProperties) : {};
}

/** The schema at `path` from the root (following, in a union, the branch the value there takes). */
export function schemaAt(root: JsonSchema, path: readonly Key[], value: unknown): JsonSchema {
  let schema = resolve(root, root);
  let here = value;
  for (const key of path) {
    const list = branches(root, schema);
    if (list) schema = list[branchOf(root, list, here) ?? 0] ?? {};
    schema = childSchema(root, schema, key);
    here = (here as Record<Key, unknown> | undefined)?.[key];
  }
  return schema;
}

/**
 * The value a new entry starts with: its default, else the first enum value, else an object of its
 * required properties, an array of its minimum items, an empty string, the minimum number, `false`.
 */
export function defaultFor(root: JsonSchema, given: JsonSchema, depth = 0): unknown {
  const schema = resolve(root, given);
  if (schema.default !== undefined) return structuredClone(schema.default);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const list = branches(root, schema);
  if (list?.[0]) return defaultFor(root, list[0], depth + 1);
  switch (typeOf(schema)) {
    case 'object': {
      const value: Record<string, unknown> = {};
      if (depth > 8) return value;
      for (const key of schema.required ?? []) value[key] = defaultFor(root, childSchema(root, schema, key), depth + 1);
      return value;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => defaultFor(root, schema.items ?? {}, depth + 1));
    case 'number':
    case 'integer':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return '';
  }
}

/**
 * A value carried over to another branch of a union, where it can be: a text becomes the first
 * required text of an object (a plural's `other`); an object becomes its first text (its `other`).
 */
export function convertTo(root: JsonSchema, branch: JsonSchema, value: unknown, from?: JsonSchema): unknown {
  if (fits(branch, value)) return value;
  const fresh = defaultFor(root, branch);
  const type = typeOf(branch);
  if (type === 'object' && typeof value === 'string' && fresh && typeof fresh === 'object') {
    const keys = [...(branch.required ?? []), ...Object.keys(branch.properties ?? {})];
    const text = keys.find((key) => typeOf(childSchema(root, branch, key)) === 'string');
    if (text) return { ...fresh, [text]: value };
  }
  if (type === 'string' && value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const text = [...(from?.required ?? []), ...Object.keys(record)]
      .map((key) => record[key])
      .find((v) => typeof v === 'string');
    if (typeof text === 'string') return text;
  }
  return fresh;
}

/** What a branch of a union is, for its choice: its title, else its type (with an object's keys). */
export function branchLabel(branch: JsonSchema): string {
  if (branch.title) return branch.title;
  const type = typeOf(branch);
  if (type === 'object' && branch.properties) return `Separate texts: ${Object.keys(branch.properties).join(', ')}`;
  if (type === 'string') return 'One text';
  if (type === 'array') return 'A list';
  return type ?? 'Any value';
}

/** `clinicalReview` → "Clinical review", `showsUpAs` → "Shows up as", `3` → "Item 4". */
export function labelFor(key: Key): string {
  if (typeof key === 'number') return `Item ${key + 1}`;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A short name for an entry of a list: its title, label, name, text or id, else its number. */
export function entryName(value: unknown, index: number): string {
  if (typeof value === 'string' && value.trim()) return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of ['title', 'label', 'name', 'question', 'text', 'display', 'message', 'id']) {
      const text = record[key];
      if (typeof text === 'string' && text.trim()) return entryName(text, index);
    }
  }
  return `Item ${index + 1}`;
}
