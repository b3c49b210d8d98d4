// Builds the publish-time renderer (`trust-widgets/ssr`, dist/ssr.js, for Node) and the stylesheets
// its declarative shadow roots link (dist/styles/<tag>.css), then prerenders the sample article
// (dist/index.html, dist/es.html) in place. Run by `npm run build`, after Vite.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

await build({
  entryPoints: ['src/ssr/index.ts'],
  outfile: 'dist/ssr.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Lit, Lit SSR, zod and parse5 stay the package's dependencies: one Lit for the renderer and the elements.
  packages: 'external',
  logLevel: 'warning',
});

const ssr = await import(pathToFileURL(resolve('dist/ssr.js')).href);
await mkdir('dist/styles', { recursive: true });
for (const tag of ssr.WIDGET_TAGS) {
  const styles = customElements
    .get(tag)
    .elementStyles.map((style) => style.cssText)
    .join('\n');
  await writeFile(`dist/styles/${tag}.css`, `${styles}\n`);
}
console.log(`dist/ssr.js and dist/styles/ (${ssr.WIDGET_TAGS.length} stylesheets)`);
