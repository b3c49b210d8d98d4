// Stands in for codemirror-json-schema's YAML parser in the studio build (vite.config.ts, studioLean).
export const parseYAMLDocumentState = () => {
  throw new Error('YAML is not built into the trust-widgets studio');
};
