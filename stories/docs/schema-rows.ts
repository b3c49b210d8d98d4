/**
 * Flattens the generated JSON Schema (content/schema.json, itself generated from the zod schema in
 * src/schema/) into reference rows, so the Content packs docs page is never written by hand.
 */

export interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  default?: unknown;
}

export interface SchemaRow {
  /** Dotted path: `quizzes[].bands[].min`, `hotlines.regions.<region>.lines[]`. */
  path: string;
  type: string;
  required: boolean;
  /** Constraints other than the type: length, range, pattern, item counts. */
  rules: string[];
  description: string;
}

function typeOf(node: SchemaNode): string {
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf) return node.anyOf.map(typeOf).join(' | ');
  if (node.type === 'array') return `${node.items ? typeOf(node.items) : 'unknown'}[]`;
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
    return 'map';
  }
  return Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'any');
}

function rulesOf(node: SchemaNode): string[] {
  const rules: string[] = [];
  if (node.minLength !== undefined) rules.push(node.minLength === 1 ? 'not empty' : `≥ ${node.minLength} characters`);
  if (node.maxLength !== undefined) rules.push(`≤ ${node.maxLength} characters`);
  if (node.minimum !== undefined) rules.push(`≥ ${node.minimum}`);
  if (node.maximum !== undefined) rules.push(`≤ ${node.maximum}`);
  if (node.minItems !== undefined) rules.push(`at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}`);
  if (node.maxItems !== undefined) rules.push(`at most ${node.maxItems} items`);
  if (node.pattern) rules.push(node.pattern === '\\S' ? 'not blank' : `matches /${node.pattern}/`);
  if (node.format) rules.push(`format: ${node.format}`);
  if (node.default !== undefined) rules.push(`default ${JSON.stringify(node.default)}`);
  if (node.propertyNames?.pattern) rules.push(`keys match /${node.propertyNames.pattern}/`);
  return rules;
}

/** Every field below `node`, depth first, in schema order. */
export function schemaRows(node: SchemaNode, path = '', required = true, out: SchemaRow[] = []): SchemaRow[] {
  if (path) {
    out.push({ path, type: typeOf(node), required, rules: rulesOf(node), description: node.description ?? '' });
  }
  const described = node.type === 'array' && node.items ? node.items : node;
  const prefix = node.type === 'array' ? `${path}[]` : path;
  for (const [name, child] of Object.entries(described.properties ?? {})) {
    schemaRows(child, prefix ? `${prefix}.${name}` : name, described.required?.includes(name) ?? false, out);
  }
  const record = described.additionalProperties;
  if (record && typeof record === 'object') {
    const key = prefix.endsWith('regions') ? '<region>' : '<key>';
    schemaRows({ ...record, description: record.description ?? '' }, `${prefix}.${key}`, true, out);
  }
  return out;
}

/** The rows grouped by top-level section (`meta`, `signs`, `quizzes`, `ui`, …). */
export function schemaSections(schema: SchemaNode): { name: string; description: string; rows: SchemaRow[] }[] {
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== '$schema')
    .map(([name, node]) => ({
      name,
      description: node.description ?? '',
      rows: schemaRows(node, name, schema.required?.includes(name) ?? false).slice(1),
    }));
}
