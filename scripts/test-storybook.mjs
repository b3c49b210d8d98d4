// Serves the built Storybook and opens every story in headless Chromium: each must render its
// element (no loading placeholder left) with no page error. Then opens every docs page (the MDX
// guides and each element's autodocs): each must render its content, and every trust-* element on
// it, with no page error and no Storybook error display. Last, the toolbar's Pack tool, driven
// through Storybook's own UI (scripts/test-storybook-pack.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome-path.mjs';
import { STRICT_CSP } from '../test/server/routes.mjs';
import { EXAMPLE_PACK, testPackTool } from './test-storybook-pack.mjs';

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
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
/** Text a docs page must show, so the guide stays true to what the tests check. */
const docsMustSay = {
  'docs-content-security-policy--docs': [STRICT_CSP],
  'docs-see-your-own-words--docs': [EXAMPLE_PACK, 'Pack: built-in', 'Load this address', 'Back to the built-in pack'],
};
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
const failures = [];

/** Waits for every trust-* element under `selector` to settle: `contentReady`, their public signal. */
const contentReady = (page, selector) =>
  page.evaluate(
    (selector) =>
      Promise.race([
        Promise.all(
          [...(document.querySelector(selector)?.querySelectorAll('*') ?? [])]
            .filter((el) => el.localName.startsWith('trust-'))
            .map((el) => el.contentReady),
        ),
        new Promise((_, reject) => setTimeout(() => reject(new Error('contentReady timed out')), 10_000)),
      ]),
    selector,
  );
/** The message of Storybook's error screen, when it shows one instead of the story or docs page. */
const storybookError = (page) =>
  page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'error display shown')
      : '',
  );

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
          if (document.body.classList.contains('sb-show-errordisplay')) return true; // reported below
          const root = document.querySelector('#storybook-root');
          const elements = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('trust-'));
          return elements.length > 0 && elements.every((el) => 'contentReady' in el);
        },
        { timeout: 10_000 },
      );
      await contentReady(page, '#storybook-root');
      const errorDisplay = await storybookError(page);
      if (errorDisplay) errors.push(`Storybook error: ${errorDisplay}`);
    } catch {
      errors.push('no trust-* element finished rendering');
    }
    if (errors.length) failures.push(`${story.id}: ${errors.join('; ')}`);
    else console.log(`  ✓ ${story.id}`);
  }
  for (const entry of docs) {
    errors = [];
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () => {
          const docsRoot = document.querySelector('#storybook-docs');
          if (document.body.classList.contains('sb-show-errordisplay')) return true; // reported below
          if (!docsRoot?.querySelector('h1')) return false;
          const elements = [...docsRoot.querySelectorAll('*')].filter((el) => el.localName.startsWith('trust-'));
          return elements.every((el) => 'contentReady' in el);
        },
        { timeout: 15_000 },
      );
      await contentReady(page, '#storybook-docs');
      for (const phrase of docsMustSay[entry.id] ?? []) {
        const said = await page
          .waitForFunction(
            (text) => document.querySelector('#storybook-docs')?.textContent?.includes(text),
            { timeout: 5000 },
            phrase,
          )
          .then(
            () => true,
            () => false,
          );
        if (!said) errors.push(`does not show: ${phrase}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200)); // late errors from the page's effects
      const errorDisplay = await storybookError(page);
      if (errorDisplay) errors.push(`Storybook error: ${errorDisplay}`);
    } catch {
      errors.push('the docs page (or a trust-* element on it) did not finish rendering');
    }
    if (errors.length) failures.push(`${entry.id}: ${errors.join('; ')}`);
    else console.log(`  ✓ ${entry.id}`);
  }
  const missing = Object.keys(docsMustSay).filter((id) => !docs.some((entry) => entry.id === id));
  for (const id of missing) failures.push(`${id}: no such docs page`);
  failures.push(...(await testPackTool({ browser, base })));
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(
    `\n${failures.length} of ${stories.length} stories and ${docs.length} docs pages failed:\n${failures.join('\n')}`,
  );
  process.exit(1);
}
console.log(`${stories.length} stories and ${docs.length} docs pages rendered without errors; the Pack tool works.`);
