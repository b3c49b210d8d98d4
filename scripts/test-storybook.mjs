// Serves the built Storybook and opens every story in headless Chromium: each must render its
// element (no loading placeholder left) with no page error.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome-path.mjs';

const root = 'storybook-static';
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  for (const story of stories) {
    errors = [];
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          const elements = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('trust-'));
          return (
            elements.length > 0 &&
            elements.every(
              (el) =>
                el.shadowRoot &&
                el.shadowRoot.querySelector('[part~="base"]') &&
                !el.shadowRoot.querySelector('.loading'),
            )
          );
        },
        { timeout: 10_000 },
      );
    } catch {
      errors.push('no trust-* element finished rendering');
    }
    if (errors.length) failures.push(`${story.id}: ${errors.join('; ')}`);
    else console.log(`  ✓ ${story.id}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.length} of ${stories.length} stories failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${stories.length} stories rendered without errors.`);
