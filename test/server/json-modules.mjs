/**
 * Serves `.json` files imported as modules (`import pack from './x.json' with { type: 'json' }`)
 * as JavaScript, as Vite does in the build. The dev server's import rewriting drops the import
 * attribute, so the browser asks for a script; plain `fetch()` of the same file still gets JSON.
 */
export function jsonModules() {
  return {
    name: 'json-modules',
    transform(context) {
      const dest = context.request.headers['sec-fetch-dest'];
      if (context.path.endsWith('.json') && (dest === 'script' || dest === 'json') && context.status === 200) {
        return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
      }
      return undefined;
    },
  };
}
