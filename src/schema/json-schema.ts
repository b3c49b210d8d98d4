import { z } from 'zod';
import { ContentPackObject } from './pack.js';

/**
 * The content pack schema as JSON Schema (draft 2020-12), for editors' autocomplete and for
 * `trust-widgets schema`. Generated from the zod schema, never written by hand. Cross-field rules
 * (unique ids, references, band coverage) cannot be expressed in JSON Schema: `parseContentPack`
 * and `trust-widgets validate` check them.
 */
export function contentPackJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ContentPackObject, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'trust-widgets content pack',
    description:
      'One JSON document with everything the trust-widgets elements show, for one topic and one locale. ' +
      'Rich text allows only *emphasis* and [label](url) links (https:, tel:, sms:, mailto:).',
  };
}
