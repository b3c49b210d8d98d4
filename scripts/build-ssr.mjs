// Builds the publish-time renderer (`trust-widgets/ssr`, dist/ssr.js, for Node) and the stylesheets
// its declarative shadow roots link (dist/styles/<tag>.css), then prerenders the sample article
// (dist/index.html, dist/es.html) in place. Run by `npm run build`, after Vite.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

// The renderer is built by Vite (vite.config.ts, mode ssr), with the browser bundles' template minifier.
const vite = spawnSync('npx', ['vite', 'build', '--mode', 'ssr', '--logLevel', 'warn'], { stdio: 'inherit' });
if (vite.status !== 0) process.exit(vite.status ?? 1);

const ssr = await import(pathToFileURL(resolve('dist/ssr.js')).href);
await mkdir('dist/styles', { recursive: true });
for (const tag of ssr.WIDGET_TAGS) {
  const styles = customElements
    .get(tag)
    .elementStyles.map((style) => style.cssText)
    .join('\n');
  await writeFile(`dist/styles/${tag}.css`, `${styles}\n`);
}
// The sample article, as `npm start` serves it: every widget's first screen in its HTML.
for (const page of ['dist/index.html', 'dist/es.html']) {
  const { html, rendered } = await ssr.renderHtml(await readFile(page, 'utf8'), { base: './' });
  await writeFile(page, html);
  console.log(`${page}: prerendered ${rendered.join(', ')}`);
}
console.log(`dist/ssr.js and dist/styles/ (${ssr.WIDGET_TAGS.length} stylesheets)`);
