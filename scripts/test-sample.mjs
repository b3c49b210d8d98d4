// Opens the built sample article (dist/index.html and dist/es.html, as `npm start` serves them) in
// headless Chromium, served with the strict Content-Security-Policy of the hardening tests, and
// checks what a visitor would: all five elements render in the page's language, the theme preset
// switch restyles them, the language link leads to the Spanish article and keeps the preset, and
// nothing is blocked, fails or is requested from another origin. Needs `npm run build` first.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome-path.mjs';
import { STRICT_CSP } from '../test/server/routes.mjs';

const root = 'dist';
/** The theme presets are published from src/themes/, not copied into dist/: as `npm start` does
 * (vite.config.ts), this server answers /themes/<name>.css from there. */
const themes = 'src/themes';
const tags = [
  'trust-hotline-banner',
  'trust-signs-checklist',
  'trust-quiz',
  'trust-causes-explorer',
  'trust-coping-steps',
];
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The widgets' strict policy, plus the one image the sample page itself shows: its icon, allowed
 * by its exact address (nothing else may load an image, the widgets included). */
const pagePolicy = (host) => `${STRICT_CSP}; img-src http://${host}/favicon.svg`;

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const file = path.startsWith('/themes/')
      ? join(themes, path.slice('/themes/'.length))
      : join(root, path.endsWith('/') ? `${path}index.html` : path);
    let body = await readFile(file);
    const query = new URL(request.url, 'http://x').searchParams;
    // ?late: the page as a publisher may have it, the script neither render-blocking nor preloaded,
    // and slow to arrive (?slow), so the prerendered screen is on show before any script runs.
    if (query.has('late') && extname(path) === '.html') {
      body = String(body)
        .replace(/<link rel="modulepreload"[^>]*>/g, '')
        .replace(/ blocking="render"/g, '')
        .replace(' src="./trust-widgets.js"', ' src="./trust-widgets.js?slow"');
      if (!body.includes('trust-widgets.js?slow')) throw new Error(`${path}: no script tag for ?late to slow down`);
    }
    if (query.has('slow')) await new Promise((resolve) => setTimeout(resolve, 1500));
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': pagePolicy(request.headers.host),
    });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

/** A shipped preset's light `:root` surface and text colours, as getComputedStyle reports them. */
async function presetColours(name) {
  const css = await readFile(join(themes, `${name}.css`), 'utf8');
  const light = css.slice(css.indexOf(':root'), css.indexOf('}'));
  const rgb = (token) => {
    const hex = light.match(new RegExp(`${token}:\\s*(?:light-dark\\()?(#[0-9a-f]{6})`, 'i'))?.[1];
    if (!hex) throw new Error(`${themes}/${name}.css sets no light ${token}`);
    const n = Number.parseInt(hex.slice(1), 16);
    return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
  };
  return `${rgb('--trust-color-surface')} / ${rgb('--trust-color-text')}`;
}

// axe-core comes with @open-wc/testing (its accessibility assertions); run from the test, not the page.
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const spanish = JSON.parse(await readFile('content/trust-issues.es.json', 'utf8'));
const english = JSON.parse(await readFile('content/trust-issues.en.json', 'utf8'));

const failures = [];
/** What the page reported: errors, failed or foreign requests, CSP violations. */
const problems = [];
function check(condition, message) {
  if (condition) console.log(`  ✓ ${message}`);
  else failures.push(message);
}

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400) problems.push(`${response.status()} ${url}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(base)) problems.push(`request to another origin: ${request.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  /** Waits until every trust-* element has rendered its content; returns what the page shows. */
  const rendered = async () => {
    await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.contentReady));
    }, tags);
    return page.waitForFunction(
      (tags) => {
        const elements = [...document.querySelectorAll(tags.join(','))];
        return {
          lang: document.documentElement.lang,
          tags: [...new Set(elements.map((el) => el.localName))].sort(),
          langs: [...new Set(elements.map((el) => el.shadowRoot.querySelector('[part~="base"]').getAttribute('lang')))],
          errors: elements.filter((el) => el.shadowRoot.querySelector('[part~="error"]')).map((el) => el.localName),
          checklistText: document.querySelector('trust-signs-checklist').shadowRoot.textContent,
          colours: (({ backgroundColor, color }) => `${backgroundColor} / ${color}`)(
            getComputedStyle(document.querySelector('trust-hotline-banner').shadowRoot.querySelector('[part~="base"]')),
          ),
          preset: document.querySelector('#sample-preset').value,
          inline: document.querySelectorAll('script:not([src]), [style]').length,
        };
      },
      { timeout: 15_000 },
      tags,
    );
  };
  const state = async () => (await rendered()).jsonValue();
  /** axe on the whole page, widgets included: the ids and targets of every violation. */
  const axe = async () => {
    await page.evaluate(axeSource);
    return page.evaluate(async () =>
      // No CSSOM preload: axe would copy the shadow roots' linked stylesheets into inline <style>
      // elements, which the strict CSP blocks (a violation of the test tool's, not of the page's).
      (await globalThis.axe.run(document, { preload: false })).violations.map(
        (violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
    );
  };

  console.log('Sample article (dist/index.html, strict CSP)');
  // Publish-time rendering (issue 13): the build prerendered every widget's first screen.
  for (const [file, pack] of [
    ['index.html', english],
    ['es.html', spanish],
  ]) {
    const served = await (await fetch(`${base}/${file}`)).text();
    const shadows = tags.map(
      (tag) => (served.match(new RegExp(`<${tag}[^>]*><template[^>]* shadowrootmode="open"`, 'g')) ?? []).length,
    );
    check(
      shadows.every((count) => count >= 1),
      `${file} carries a declarative shadow root for each of the five elements`,
    );
    check(
      [pack.signs.title, pack.quizzes[0].title, pack.causes.title, pack.coping.title].every((text) =>
        served.includes(text),
      ),
      `${file}: the widgets' words are in the HTML itself (checklist, quiz, causes and steps titles)`,
    );
    // What Lighthouse's SEO and best-practices audits ask of the page itself (issue 13).
    const alternates = [...served.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
    check(
      ['en', 'es', 'x-default'].every((lang) => alternates.some((match) => match[1] === lang)) &&
        alternates.every((match) => /^https:\/\/[^/]+\//.test(match[2])),
      `${file}: names its English, Spanish and default versions with absolute hreflang addresses`,
    );
    check(
      /<link rel="icon" href="\.\/favicon\.svg"/.test(served) && (await fetch(`${base}/favicon.svg`)).ok,
      `${file}: declares its icon, a file served beside it`,
    );
  }

  // Without JavaScript: everything readable is there, the links are real links.
  const noScript = await browser.newPage();
  await noScript.setJavaScriptEnabled(false);
  await noScript.goto(`${base}/index.html`, { waitUntil: 'load' });
  const bare = await noScript.evaluate((tags) => {
    const elements = [...document.querySelectorAll(tags.join(','))];
    const links = elements.flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    );
    return {
      defined: tags.filter((tag) => customElements.get(tag)).length,
      rooted: elements.filter((el) => el.shadowRoot?.querySelector('[part~="base"]')).length,
      count: elements.length,
      text: elements.map((el) => el.shadowRoot.textContent).join(' '),
      tel: links.filter((href) => href.startsWith('tel:')).length,
      exit: links.some((href) => href.startsWith('https://www.bbc.co.uk/')),
      visibleStart: [...document.querySelector('trust-quiz').shadowRoot.querySelectorAll('button.start')].some(
        (button) => button.checkVisibility(),
      ),
    };
  }, tags);
  await noScript.close();
  check(
    bare.defined === 0 && bare.rooted === bare.count,
    'with JavaScript off, every element shows its prerendered first screen',
  );
  check(
    [
      english.signs.title,
      english.quizzes[0].intro.slice(0, 40),
      english.causes.items[0].title,
      english.coping.tracks[0].steps[0].title,
    ].every((text) => bare.text.includes(text)),
    'with JavaScript off, the signs, the quiz intro, the causes and the first step are readable',
  );
  check(bare.tel > 0 && bare.exit, 'with JavaScript off, the tel: links and the quick-exit link are there');
  check(!bare.visibleStart, 'with JavaScript off, no Start button pretends to work');

  await page.evaluateOnNewDocument(() => {
    globalThis.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Before the script: the prerendered layout; after hydration: the same boxes, nothing moved.
  const late = await browser.newPage();
  await late.evaluateOnNewDocument(() => {
    globalThis.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Not awaited to DOMContentLoaded: that waits for module scripts. Parsed is enough.
  const loading = late.goto(`${base}/index.html?late`, { waitUntil: 'load' });
  await late.waitForFunction(() => document.readyState !== 'loading', { timeout: 15_000, polling: 20 });
  const boxes = (tags) =>
    [...document.querySelectorAll(tags.join(','))].map((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return {
        tag: el.localName,
        defined: Boolean(customElements.get(el.localName)),
        box: [x, y, width, height].map(Math.round).join(),
      };
    });
  const before = await late.evaluate(boxes, tags);
  await late.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 15_000 }, tags);
  await late.evaluate(async (tags) => {
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.contentReady));
  }, tags);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await late.evaluate(boxes, tags);
  await loading;
  const lateShifts = await late.evaluate(() => globalThis.__shifts);
  await late.close();
  check(
    before.every((entry) => !entry.defined),
    'the slow script had not run when the prerendered page was measured',
  );
  check(
    JSON.stringify(before.map((entry) => entry.box)) === JSON.stringify(after.map((entry) => entry.box)),
    'every widget has the same box before the script and after hydration',
  );
  check(lateShifts === 0, `no layout shift with a late, non-blocking script (${lateShifts.toFixed(4)})`);

  await page.goto(`${base}/index.html`, { waitUntil: 'load' });
  const en = await state();
  const hydrated = await page.evaluate(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].every(
        (el) =>
          el.hasUpdated && !el.hasAttribute('ssr-key') && el.shadowRoot.querySelectorAll('[part~="base"]').length === 1,
      ),
    tags,
  );
  check(hydrated, 'with JavaScript, every prerendered element is hydrated once, with no doubled DOM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const shifts = await page.evaluate(() => globalThis.__shifts);
  check(shifts === 0, `no layout shift from load to hydration (${shifts.toFixed(4)})`);
  check(en.lang === 'en', 'the English article has lang="en"');
  check(JSON.stringify(en.tags) === JSON.stringify([...tags].sort()), `all five elements are on the page`);
  check(JSON.stringify(en.langs) === '["en"]', 'every element uses the English pack');
  check(en.errors.length === 0, 'no element shows its error panel');
  check(en.checklistText.includes(english.signs.title), 'the checklist shows the English pack');
  check(en.inline === 0, 'no inline script or style attribute');
  const enViolations = await axe();
  check(enViolations.length === 0, `passes axe${enViolations.length ? `: ${enViolations.join('; ')}` : ''}`);
  const builtIn = en.colours;

  // Every shipped preset, as the switch links it from /themes/ (warm last: it is kept below).
  for (const name of ['calm', 'high-contrast', 'warm']) {
    const expected = await presetColours(name);
    await page.select('#sample-preset', name);
    const applied = await page
      .waitForFunction(
        (expected) => {
          const base = document.querySelector('trust-hotline-banner').shadowRoot.querySelector('[part~="base"]');
          const { backgroundColor, color } = getComputedStyle(base);
          return `${backgroundColor} / ${color}` === expected;
        },
        { timeout: 5000 },
        expected,
      )
      .then(
        () => true,
        () => false,
      );
    check(applied && expected !== builtIn, `the ${name} preset restyles the elements (banner surface and text)`);
  }
  const warm = await presetColours('warm');
  check(new URL(page.url()).searchParams.get('preset') === 'warm', 'the address keeps the preset (?preset=warm)');

  console.log('Language link → dist/es.html');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[data-locale-link]')]);
  const es = await state();
  check(new URL(page.url()).pathname === '/es.html', 'the language link opens the Spanish article');
  check(es.lang === 'es', 'the Spanish article has lang="es"');
  check(JSON.stringify(es.tags) === JSON.stringify([...tags].sort()), 'all five elements are on the Spanish page');
  check(JSON.stringify(es.langs) === '["es"]', 'every element uses the Spanish pack');
  check(es.checklistText.includes(spanish.signs.title), 'the checklist shows the Spanish pack');
  check(es.errors.length === 0 && es.inline === 0, 'no error panel, inline script or style attribute');
  check(es.preset === 'warm' && es.colours === warm, 'the warm preset is still chosen and applied');
  const esViolations = await axe();
  check(
    esViolations.length === 0,
    `passes axe with the warm preset${esViolations.length ? `: ${esViolations.join('; ')}` : ''}`,
  );

  await page.select('#sample-preset', '');
  await page.waitForFunction(() => !document.querySelector('link[data-trust-preset]'), { timeout: 5000 });
  check((await state()).colours === builtIn, 'choosing the built-in look removes the preset');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[data-locale-link]')]);
  const back = await state();
  check(back.lang === 'en' && !new URL(page.url()).searchParams.has('preset'), 'the link leads back to English');
} catch (error) {
  failures.push(`stopped: ${error instanceof Error ? error.message : error}`);
} finally {
  await browser.close();
  server.close();
}
failures.push(...problems);
if (failures.length) {
  console.error(`\nThe sample article failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('The sample article works from dist/ under the strict CSP.');
