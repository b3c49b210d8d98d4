// `npm run bench` (after `npm run build`): our <trust-quiz>, client-rendered and prerendered at
// publish time (dist/ssr.js), against the same quiz in SurveyJS and a static-HTML page whose start
// button is plain HTML (the floor), in headless Chromium, alternating pages, each run in a fresh
// browser context; then, ours alone, a page of 50 widgets sharing one `src`, and the layout shift
// of the sample article (prerendered by the build).
// Writes bench/RESULTS.md. Options: --runs N (default 20 per side), --out FILE.
//
// Definitions, the same for both quizzes:
// - start button visible: until it is in the page, laid out and not hidden (a prerendered quiz
//   keeps its button unseen until the script adopts it: it would not work before);
// - interactive: until the start button works (ours: the element has rendered or hydrated);
// - first question: from navigation start until the first question's radios are in the page and
//   visible, with the start button clicked (in-page `click()`) the moment it became visible;
// - answering: from then until the result heading shows, answering every question by clicking a
//   radio and then Next ("See results" on the last) as soon as each is enabled;
// - long tasks: PerformanceObserver `longtask` entries from navigation until the result;
// - JS heap: CDP Runtime.getHeapUsage after a forced garbage collection, with the result shown;
// - bytes: every script and stylesheet response, at its gzip (level 9) size as served.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { surveyFromPack } from './surveyjs-quiz.mjs';

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const RUNS = Number(arg('runs', 20));
const OUT = arg('out', 'bench/RESULTS.md');
const ROOT = resolve(import.meta.dirname, '..');
/** The answer clicked on every question: "Rarely" (value 1): no safety rule matches, band "steady". */
const ANSWER_INDEX = 1;

if (!existsSync(join(ROOT, 'dist/define/quiz.js'))) {
  console.error('dist/define/quiz.js is missing: run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Pages

const pack = JSON.parse(readFileSync(join(ROOT, 'content/trust-issues.en.json'), 'utf8'));
const shell = (title, head, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <style>body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }</style>
    ${head}
  </head>
  <body>
    <h1>${title}</h1>
    ${body}
  </body>
</html>`;

// Issue 17's three ways to supply content, with the built-in English words as the publisher's own
// (under their own id, so nothing can take the built-in pack's place): as a JSON file for `src`,
// and as the module `trust-widgets build-pack` writes from it, for `pack="<id>"`.
const PUBLISHER_ID = 'publisher-trust-en';
const publisherJson = JSON.stringify({ ...pack, meta: { ...pack.meta, id: PUBLISHER_ID } }, null, 2);
const scratch = mkdtempSync(join(os.tmpdir(), 'trust-bench-'));
writeFileSync(join(scratch, 'publisher-pack.json'), publisherJson);
execFileSync(
  process.execPath,
  [
    join(ROOT, 'bin/trust-widgets.mjs'),
    'build-pack',
    join(scratch, 'publisher-pack.json'),
    '-o',
    join(scratch, 'publisher-pack.js'),
  ],
  { stdio: 'ignore' },
);
const publisherModule = readFileSync(join(scratch, 'publisher-pack.js'));
rmSync(scratch, { recursive: true, force: true });

/** Issue 17's rows: one element on a page, client-rendered, with each way to supply its content. */
const CONTENT_WAYS = {
  'built-in': { head: '', attribute: '' },
  'own JSON (src)': { head: '', attribute: ' src="/bench/publisher-pack.json"' },
  'precompiled (pack=)': {
    head: '<script type="module" src="/bench/publisher-pack.js"></script>\n    ',
    attribute: ` pack="${PUBLISHER_ID}"`,
  },
};
const CONTENT_ELEMENTS = { 'trust-quiz': 'quiz', 'trust-hotline-banner': 'hotline-banner' };
const contentPages = [];
for (const [tag, define] of Object.entries(CONTENT_ELEMENTS)) {
  for (const [way, { head, attribute }] of Object.entries(CONTENT_WAYS)) {
    const path = `/bench/content-${define}-${way.split(' ')[0].replace(/\W/g, '')}.html`;
    contentPages.push({ path, tag, way, head, attribute, define });
  }
}

const TAGS = [
  'trust-hotline-banner',
  'trust-quiz',
  'trust-signs-checklist',
  'trust-causes-explorer',
  'trust-coping-steps',
];
const { renderWidget } = await import(join(ROOT, 'dist/ssr.js'));
const prerenderedQuiz = await renderWidget('trust-quiz', {}, { base: '/dist/' });
const pages = {
  '/bench/prerendered.html': shell(
    'Quiz: trust-widgets, prerendered',
    '<script type="module" src="/dist/define/quiz.js"></script>',
    prerenderedQuiz,
  ),
  '/bench/static.html': shell(
    'Quiz: static HTML',
    '',
    `<p>${pack.quizzes[0].intro}</p><button type="button" class="start">${pack.ui.quiz.start}</button>`,
  ),
  '/bench/ours.html': shell(
    'Quiz: trust-widgets',
    '<script type="module" src="/dist/define/quiz.js"></script>',
    '<trust-quiz></trust-quiz>',
  ),
  '/bench/surveyjs.html': shell(
    'Quiz: SurveyJS',
    `<link rel="stylesheet" href="/vendor/survey-core/survey-core.min.css" />
    <script src="/vendor/survey-core/survey.core.min.js"></script>
    <script src="/vendor/survey-js-ui/survey-js-ui.min.js"></script>
    <script src="/bench/surveyjs-page.js" defer></script>`,
    '<div id="survey"></div>',
  ),
  '/bench/surveyjs-page.js': `const survey = new Survey.Model(${JSON.stringify(surveyFromPack(pack))});
survey.render(document.getElementById('survey'));
`,
  ...Object.fromEntries(
    contentPages.map(({ path, tag, way, head, attribute, define }) => [
      path,
      shell(
        `${tag}: ${way}`,
        `${head}<script type="module" src="/dist/define/${define}.js"></script>`,
        `<${tag}${attribute}></${tag}>`,
      ),
    ]),
  ),
  '/bench/many.html': shell(
    'Fifty widgets, one src',
    '<script type="module" src="/dist/trust-widgets.js"></script>',
    TAGS.flatMap((tag) => Array.from({ length: 10 }, () => `<${tag} src="/bench/pack.json"></${tag}>`)).join('\n    '),
  ),
};

// ---------------------------------------------------------------------------------------------
// Server: static files from dist/ and the SurveyJS packages, the pages above; gzip level 9.

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const served = new Map(); // path → { type, body, gzip }
const packRequests = { count: 0 };
const staticRoots = {
  '/dist/': join(ROOT, 'dist'),
  '/vendor/survey-core/': join(ROOT, 'node_modules/survey-core'),
  '/vendor/survey-js-ui/': join(ROOT, 'node_modules/survey-js-ui'),
};

function lookup(path) {
  if (served.has(path)) return served.get(path);
  let body;
  if (path in pages) body = Buffer.from(pages[path]);
  else if (path === '/bench/pack.json') body = readFileSync(join(ROOT, 'content/trust-issues.en.json'));
  else if (path === '/bench/publisher-pack.json') body = Buffer.from(publisherJson);
  else if (path === '/bench/publisher-pack.js') body = publisherModule;
  else {
    const prefix = Object.keys(staticRoots).find((root) => path.startsWith(root));
    if (!prefix) return undefined;
    const file = normalize(join(staticRoots[prefix], path.slice(prefix.length)));
    if (!file.startsWith(staticRoots[prefix]) || !existsSync(file)) return undefined;
    body = readFileSync(file);
  }
  const entry = { type: types[extname(path)] ?? 'application/octet-stream', body, gzip: gzipSync(body, { level: 9 }) };
  served.set(path, entry);
  return entry;
}

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (path === '/bench/pack.json') packRequests.count += 1;
  const entry = lookup(path);
  if (!entry) {
    response.writeHead(404).end();
    return;
  }
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    'content-type': `${entry.type}; charset=utf-8`,
    'cache-control': 'no-store',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(gzip ? entry.gzip : entry.body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// In-page instrumentation and drivers (installed before any page script runs).

function instrument() {
  const bench = (window.__bench = { longTasks: [], shifts: [] });
  // When the quiz's definition ran (its start button stops being hidden: `:defined`).
  customElements.whenDefined('trust-quiz').then(() => (bench.defined = performance.now()));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((source) => {
        const node = source.node;
        if (!node) return '(gone)';
        const element = node.nodeType === 1 ? node : node.parentElement;
        return element ? `${element.localName}${element.id ? `#${element.id}` : ''}` : node.nodeName;
      });
      bench.shifts.push({ value: entry.value, start: entry.startTime, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const tick = () => new Promise((done) => setTimeout(done, 0));
  const until = async (probe, what) => {
    const limit = performance.now() + 20_000;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (performance.now() > limit) throw new Error(`timed out waiting for ${what}`);
      await tick();
    }
  };
  const visible = (element) =>
    element &&
    element.isConnected &&
    element.getClientRects().length > 0 &&
    element.checkVisibility({ visibilityProperty: true });
  const quiz = () => document.querySelector('trust-quiz')?.shadowRoot;
  const ours = {
    start: () => quiz()?.querySelector('button.start'),
    radios: () => [...(quiz()?.querySelectorAll('fieldset input[type="radio"]') ?? [])],
    next: () => quiz()?.querySelector('button.next'),
    result: () => quiz()?.querySelector('.result .view-heading'),
    ready: () => document.querySelector('trust-quiz')?.hasUpdated,
  };
  const drivers = {
    prerendered: ours,
    preloaded: ours,
    static: { start: () => document.querySelector('button.start') },
    ours: {
      start: () => quiz()?.querySelector('button.start'),
      radios: () => [...(quiz()?.querySelectorAll('fieldset input[type="radio"]') ?? [])],
      next: () => quiz()?.querySelector('button.next'),
      result: () => quiz()?.querySelector('.result .view-heading'),
    },
    surveyjs: {
      start: () => document.querySelector('.sd-navigation__start-btn'),
      radios: () => [...document.querySelectorAll('.sd-question input[type="radio"]')],
      next: () =>
        [...document.querySelectorAll('.sd-navigation__next-btn, .sd-navigation__complete-btn')].find(visible),
      result: () => document.querySelector('.sd-completedpage h2'),
    },
  };

  bench.runQuiz = async (name, answerIndex) => {
    const driver = drivers[name];
    const start = await until(() => visible(driver.start()) && driver.start(), 'the start button');
    const startVisible = performance.now();
    if (!driver.radios)
      return {
        startVisible,
        interactive: startVisible,
        firstQuestion: startVisible,
        result: startVisible,
        answered: 0,
        heading: '',
      };
    if (driver.ready) await until(driver.ready, 'the element to render or hydrate');
    const interactive = performance.now();
    start.click();
    let radios = await until(() => {
      const found = driver.radios();
      return found.length > 0 && visible(found[0]) && found;
    }, 'the first question');
    const firstQuestion = performance.now();
    let answered = 0;
    for (;;) {
      const key = radios[0].name;
      radios[answerIndex].click();
      const next = await until(() => {
        const button = driver.next();
        return visible(button) && !button.disabled && button;
      }, 'an enabled Next');
      next.click();
      answered += 1;
      const after = await until(() => {
        if (driver.result()) return 'result';
        const found = driver.radios();
        return found.length > 0 && found[0].name !== key && visible(found[0]) && 'question';
      }, 'the next question or the result');
      if (after === 'result') break;
      radios = driver.radios();
    }
    const result = performance.now();
    return { startVisible, interactive, firstQuestion, result, answered, heading: driver.result().textContent.trim() };
  };

  /** Resolves when every trust-* element on the page has rendered its content (not loading, no error). */
  bench.allRendered = async () => {
    if (document.readyState === 'loading') {
      await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
    }
    const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('trust-'));
    if (elements.length === 0) throw new Error('no trust-* elements on the page');
    // Rendered with the content it was given: a banner shows the built-in hotlines while a `src`
    // pack downloads, so its first screen alone is not the publisher's content.
    await Promise.all(
      elements.map((element) => customElements.whenDefined(element.localName).then(() => element.contentReady)),
    );
    await until(
      () =>
        elements.every(
          (element) =>
            element.shadowRoot?.querySelector('[part~="base"]') &&
            !element.shadowRoot.querySelector('.loading') &&
            !element.shadowRoot.querySelector('[part="error"]'),
        ),
      'every widget to render',
    );
    return { count: elements.length, at: performance.now() };
  };

  // Start at once, before the page's own scripts run: `?bench=ours|surveyjs|rendered`.
  const task = new URLSearchParams(location.search).get('bench');
  const answer = Number(new URLSearchParams(location.search).get('answer') ?? 0);
  const started = task === 'rendered' ? bench.allRendered() : task ? bench.runQuiz(task, answer) : undefined;
  // Kept as a settled value so page.evaluate can await it without an unhandled rejection.
  bench.task = started?.then(
    (value) => ({ value }),
    (error) => ({ error: String(error) }),
  );
}

// ---------------------------------------------------------------------------------------------
// Runs

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs,
  defaultViewport: { width: 1000, height: 800 },
});

async function openPage(path, { onRequest } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  const responses = [];
  await cdp.send('Network.enable');
  cdp.on('Network.responseReceived', ({ type, response }) => responses.push({ type, url: response.url }));
  if (onRequest) cdp.on('Network.requestWillBeSent', ({ request }) => onRequest(request.url));
  await page.evaluateOnNewDocument(instrument);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
  return { context, page, cdp, responses, errors };
}

/** The value of the task the page started (see instrument), or its error. */
async function outcome(page) {
  const { value, error } = await page.evaluate(() => window.__bench.task);
  if (error) throw new Error(`${page.url()}: ${error}`);
  return value;
}

function bytesOf(responses) {
  const sum = (type) =>
    responses
      .filter((response) => response.type === type)
      .reduce((total, response) => total + (lookup(new URL(response.url).pathname)?.gzip.length ?? 0), 0);
  return { js: sum('Script'), css: sum('Stylesheet'), requests: responses.length };
}

async function quizRun(name) {
  const path = `/bench/${name}.html?bench=${name}&answer=${ANSWER_INDEX}`;
  const { context, page, cdp, responses, errors } = await openPage(path);
  const timing = await outcome(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const longTasks = await page.evaluate(
    (until) => window.__bench.longTasks.filter((task) => task.start <= until),
    timing.result,
  );
  // Where the time goes: when the page's parts arrived (resource timing), when the element was
  // defined, when it was adopted (interactive), first paint.
  const phases = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    const scripts = performance
      .getEntriesByType('resource')
      .filter(
        (entry) =>
          entry.initiatorType === 'script' || entry.initiatorType === 'link' || entry.initiatorType === 'other',
      )
      .filter((entry) => entry.name.endsWith('.js'));
    // -1: none on this page (shown as "–").
    const arrived = (test) =>
      Math.max(-1, ...scripts.filter((entry) => test(entry.name)).map((entry) => entry.responseEnd));
    return {
      html: navigation.responseEnd,
      paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? -1,
      code: arrived((name) => !/\/content-/.test(name)),
      packChunk: arrived((name) => /\/content-/.test(name)),
      defined: window.__bench.defined ?? -1,
    };
  });
  await context.close();
  if (errors.length) throw new Error(`${name}: page errors: ${errors.join('; ')}`);
  return {
    ...timing,
    answering: timing.result - timing.firstQuestion,
    longTaskCount: longTasks.length,
    longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
    heap: usedSize,
    phases,
    scripts: responses.filter((response) => response.type === 'Script').map((response) => response.url),
    ...bytesOf(responses),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.log(`Chromium ${await browser.version()}, ${RUNS} runs per quiz, alternating…`);
// The recommended embedding (README, "Performance"): the same prerendered page, with a
// `<link rel="modulepreload">` for every other module the quiz loads (its shared chunk and the
// built-in pack chunk), so they arrive in one round trip instead of a chain of three. The list is
// read off what the plain prerendered page loads, as a publisher would read it off the network panel.
const discovered = await quizRun('prerendered');
const entry = `${origin}/dist/define/quiz.js`;
const preloads = discovered.scripts.filter((url) => url !== entry).map((url) => new URL(url).pathname);
pages['/bench/preloaded.html'] = shell(
  'Quiz: trust-widgets, prerendered, modules preloaded',
  [
    ...preloads.map((href) => `<link rel="modulepreload" href="${href}" />`),
    '<script type="module" src="/dist/define/quiz.js"></script>',
  ].join('\n    '),
  prerenderedQuiz,
);

const contestants = ['ours', 'prerendered', 'preloaded', 'surveyjs', 'static'];
const runs = Object.fromEntries(contestants.map((name) => [name, []]));
// Warm-up of the server's file cache and the browser process, not counted.
for (const name of contestants) await quizRun(name);
for (let i = 0; i < RUNS; i += 1) {
  const order = i % 2 ? [...contestants].reverse() : contestants;
  for (const name of order) runs[name].push(await quizRun(name));
  process.stdout.write('.');
}
console.log();
for (const name of ['ours', 'prerendered', 'preloaded', 'surveyjs']) {
  const answered = new Set(runs[name].map((run) => run.answered));
  const headings = new Set(runs[name].map((run) => run.heading));
  if (answered.size !== 1 || [...answered][0] !== pack.quizzes[0].questions.length || headings.size !== 1) {
    throw new Error(`${name}: runs disagree: answered ${[...answered]}, headings ${[...headings]}`);
  }
}

// Fifty widgets on one src (ours).
const many = [];
for (let i = 0; i < Math.max(5, Math.round(RUNS / 2)); i += 1) {
  packRequests.count = 0;
  const seen = [];
  const { context, page, errors } = await openPage('/bench/many.html?bench=rendered', {
    onRequest: (url) => url.includes('/bench/pack.json') && seen.push(url),
  });
  const rendered = await outcome(page);
  await context.close();
  if (errors.length) throw new Error(`many: page errors: ${errors.join('; ')}`);
  many.push({ ...rendered, requests: seen.length, served: packRequests.count });
}

// Issue 17: one element, three ways to supply its content; bytes (gzip, as served) of everything the
// page downloads but the page itself, split into the content (pack chunk, JSON file or precompiled
// module) and the code; time until the element has rendered its content (client-rendered, so it is
// interactive then too). Alternating pages, a fresh context each.
const isContent = (url) => /\/chunks\/content-|\/bench\/publisher-pack\./.test(url);
const contentRuns = Object.fromEntries(contentPages.map(({ path }) => [path, []]));
for (const { path } of contentPages) await openPage(`${path}?bench=rendered`).then(({ context }) => context.close());
for (let i = 0; i < RUNS; i += 1) {
  const order = i % 2 ? [...contentPages].reverse() : contentPages;
  for (const { path } of order) {
    const { context, page, responses, errors } = await openPage(`${path}?bench=rendered`);
    const rendered = await outcome(page);
    await context.close();
    if (errors.length) throw new Error(`${path}: page errors: ${errors.join('; ')}`);
    const size = (test) =>
      responses
        .filter((response) => response.type !== 'Document' && test(response.url))
        .reduce((total, response) => total + (lookup(new URL(response.url).pathname)?.gzip.length ?? 0), 0);
    contentRuns[path].push({
      at: rendered.at,
      content: size(isContent),
      code: size((url) => !isContent(url)),
      requests: responses.filter((response) => response.type !== 'Document').length,
    });
  }
}

// Layout shift of the sample article, from load until every widget has rendered (and settled).
const articles = [];
for (let i = 0; i < 5; i += 1) {
  const { context, page, errors } = await openPage('/dist/index.html?bench=rendered');
  const rendered = await outcome(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await new Promise((done) => setTimeout(done, 300));
  const shifts = await page.evaluate(() => window.__bench.shifts);
  const paint = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  const heights = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('trust-'))
      .map((element) => `${element.localName} ${Math.round(element.getBoundingClientRect().height)}px`),
  );
  await context.close();
  if (errors.length) throw new Error(`article: page errors: ${errors.join('; ')}`);
  articles.push({ ...rendered, cls: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts, paint, heights });
}
await browser.close();
server.close();

// ---------------------------------------------------------------------------------------------
// Report

const ms = (value) => `${Math.round(value)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const row = (label, key, format) => {
  const ours = median(runs.ours.map((run) => run[key]));
  const theirs = median(runs.surveyjs.map((run) => run[key]));
  const ratio = ours === 0 && theirs === 0 ? '–' : ours === 0 ? 'ours: none' : `${(theirs / ours).toFixed(1)}×`;
  return `| ${label} | ${format(ours)} | ${format(theirs)} | ${ratio} |`;
};
const cpus = os.cpus();
const packFile = readdirSync(join(ROOT, 'dist/chunks')).find((file) => /^content-trust-issues\.en\.js$/.test(file));
const packBytes = lookup(`/dist/chunks/${packFile}`)?.gzip.length ?? 0;
const chromium = (await import('node:child_process'))
  .execFileSync(findChrome(), ['--version'], { encoding: 'utf8' })
  .trim();
const report = `# Benchmark results

Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${os.type()} ${os.release()} (${os.arch()}), ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${mb(os.totalmem())} RAM;
${chromium}, headless; Node ${process.version}. Pages served from one local HTTP server (gzip level 9, no cache),
each run in a fresh browser context, ${RUNS} runs per quiz, alternating. Medians.

## \`<trust-quiz>\` (dist/define/quiz.js, built-in pack) vs the same quiz in SurveyJS 2.5.38

Same ${pack.quizzes[0].questions.length} statements, 5-point scale, bands; start page, one question per page,
survey-core's default CSS. Each answer clicks "${pack.quizzes[0].scale[ANSWER_INDEX].label}", then Next.

| median | trust-widgets | SurveyJS | SurveyJS ÷ ours |
| --- | ---: | ---: | ---: |
${[
  row('JavaScript downloaded (gzip)', 'js', kb),
  row('CSS downloaded (gzip)', 'css', kb),
  row('Requests', 'requests', (value) => String(value)),
  row('Start button visible (from navigation)', 'startVisible', ms),
  row('First question interactive (from navigation, start clicked)', 'firstQuestion', ms),
  row(`Answering all ${pack.quizzes[0].questions.length} questions until the result`, 'answering', ms),
  row('Long tasks until the result (count)', 'longTaskCount', (value) => String(value)),
  row('Long tasks until the result (total)', 'longTaskMs', ms),
  row('JS heap with the result shown (after GC)', 'heap', mb),
].join('\n')}

Our JavaScript includes the whole built-in content pack (every widget's content: ${kb(packBytes)} of it);
SurveyJS's includes only this survey's definition.

## trust-widgets alone

| what | result |
| --- | --- |
| 50 widgets (10 of each element) with one \`src\`: requests for that URL | ${[...new Set(many.map((run) => run.requests))].join(', ')} (server saw ${[...new Set(many.map((run) => run.served))].join(', ')}) over ${many.length} runs |
| 50 widgets: time until all have rendered (median, from navigation) | ${ms(median(many.map((run) => run.at)))} |
| Sample article (dist/index.html, ${articles[0].count} widgets): layout shift from load until all rendered | ${[...new Set(articles.map((run) => run.cls.toFixed(4)))].join(', ')} over ${articles.length} runs |
| Sample article: first contentful paint / all widgets rendered (median, from navigation) | ${ms(median(articles.map((run) => run.paint)))} / ${ms(median(articles.map((run) => run.at)))} |

## Publish-time rendering: the quiz prerendered (dist/ssr.js) and hydrated

The same quiz, prerendered into the page's HTML, beside the client-rendered one, SurveyJS and a
static-HTML page whose start button is plain HTML (what no widget can beat). "Above the floor" is
each time minus the static page's start-button time. "Preloaded" is the prerendered page with the
recommended embedding: a \`<link rel="modulepreload">\` for each module the quiz loads besides its
entry (${preloads.map((href) => `\`${href.replace('/dist/', '')}\``).join(', ')}).

| median (from navigation) | static HTML | prerendered | preloaded | client-rendered | SurveyJS |
| --- | ---: | ---: | ---: | ---: | ---: |
| Start button visible | ${['static', 'prerendered', 'preloaded', 'ours', 'surveyjs'].map((name) => ms(median(runs[name].map((run) => run.startVisible)))).join(' | ')} |
| Interactive (the start button works) | ${['static', 'prerendered', 'preloaded', 'ours', 'surveyjs'].map((name) => ms(median(runs[name].map((run) => run.interactive)))).join(' | ')} |
| First question interactive | – | ${['prerendered', 'preloaded', 'ours', 'surveyjs'].map((name) => ms(median(runs[name].map((run) => run.firstQuestion)))).join(' | ')} |
| JavaScript downloaded (gzip) | – | ${['prerendered', 'preloaded', 'ours', 'surveyjs'].map((name) => kb(median(runs[name].map((run) => run.js)))).join(' | ')} |

${(() => {
  const floor = median(runs.static.map((run) => run.startVisible));
  const at = (name, key) => median(runs[name].map((run) => run[key]));
  const above = (name) => at(name, 'interactive') - floor;
  const line = (name, label) =>
    `- ${label}: start button visible ${ms(at(name, 'startVisible'))}, ${((at(name, 'startVisible') / floor - 1) * 100).toFixed(0)}% after the static page's ${ms(floor)} (budget 5%); ` +
    `interactive ${ms(above(name))} above the floor against SurveyJS's ${ms(above('surveyjs'))}: ${(above('surveyjs') / Math.max(1, above(name))).toFixed(1)}× sooner (budget 10×).`;
  return [line('prerendered', 'Prerendered'), line('preloaded', 'Prerendered and preloaded')].join('\n');
})()}

Where the prerendered quiz's time goes (medians, ms from navigation; "code" is when the last module
but the pack chunk had arrived, "defined" when the element's definition ran and its start button
stopped being hidden, "interactive" when it had adopted its prerendered screen):

| median (from navigation) | static HTML | prerendered | preloaded |
| --- | ---: | ---: | ---: |
${[
  ['HTML received', 'html'],
  ['First paint', 'paint'],
  ['Code modules received', 'code'],
  ['Pack chunk received', 'packChunk'],
  ['Element defined (start button shown)', 'defined'],
]
  .map(
    ([label, key]) =>
      `| ${label} | ${['static', 'prerendered', 'preloaded']
        .map((name) => {
          const value = median(runs[name].map((run) => run.phases[key]));
          return value >= 0 ? ms(value) : '–';
        })
        .join(' | ')} |`,
  )
  .join('\n')}
| Interactive (adopted) | – | ${['prerendered', 'preloaded'].map((name) => ms(median(runs[name].map((run) => run.interactive)))).join(' | ')} |

## Content: built-in pack, the publisher's own JSON, a precompiled pack (issue 17)

One element alone on a page (\`dist/define/<name>.js\`, client-rendered), with the built-in pack, the
same words as the publisher's own file (\`src="…json"\`, a copy of content/trust-issues.en.json under
the id \`${PUBLISHER_ID}\`) and as the module \`trust-widgets build-pack\` writes from that file
(\`<script type="module">\` plus \`pack="${PUBLISHER_ID}"\`). Bytes: gzip (level 9) of every response
but the page itself, split into the content (pack chunk, JSON or precompiled module) and the code;
${RUNS} runs each, alternating, medians. Rendered is when the element shows its content (it is
interactive then: nothing is prerendered here).

| element | content | code (gzip) | content (gzip) | total (gzip) | requests | rendered (from navigation) |
| --- | --- | ---: | ---: | ---: | ---: | ---: |
${contentPages
  .map(({ path, tag, way }) => {
    const list = contentRuns[path];
    const at = (key) => median(list.map((run) => run[key]));
    return `| \`<${tag}>\` | ${way} | ${kb(at('code'))} | ${kb(at('content'))} | ${kb(at('code') + at('content'))} | ${at('requests')} | ${ms(at('at'))} |`;
  })
  .join('\n')}
`;
// `npm run lighthouse` records its own section at the end of the file: kept as it was.
const kept = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
const lighthouse = kept.indexOf('\n## Lighthouse');
writeFileSync(OUT, lighthouse === -1 ? report : `${report}${kept.slice(lighthouse)}`);
console.log(report);
for (const run of articles.filter((article) => article.cls > 0).slice(0, 1)) {
  console.log('Layout shifts in the article:', JSON.stringify(run.shifts, null, 1));
  console.log('Widget heights once rendered:', run.heights.join(', '));
}
