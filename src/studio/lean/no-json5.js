// Stands in for codemirror-json-schema's JSON5 parser in the studio build (vite.config.ts, studioLean).
const none = () => {
  throw new Error('JSON5 is not built into the trust-widgets studio');
};
export const parseJSON5DocumentState = none;
export const parseJSON5Document = none;
