// `npm run lighthouse` (after `npm run build`; not part of `npm test`): Lighthouse 12.2.3, mobile
// (its defaults: a Moto G Power-sized screen, simulated slow 4G and 4× CPU slowdown), on the built
// sample article, dist/index.html and dist/es.html, served with gzip and the strict CSP by
// bench/serve.mjs on 127.0.0.1. Prints the four category scores, the layout shift and what lost
// marks; builds nothing itself. Options: --runs N (default 1 per page; the median score is printed),
// --json DIR (keep each report there), --pages /a.html,/b.html (other pages of dist/), --record
// (write the figures as the "Lighthouse" section of bench/RESULTS.md, which `npm run bench` keeps).
//
// Lighthouse runs through `npx --yes lighthouse@12.2.3` rather than as a devDependency: it is a
// large tree (puppeteer-core, a CDP client, trace processing) used by nobody but this script, and
// `npm install` for everyone else stays small. 12.x because 13 needs a newer Node than the
// project's `engines` (Node 20.19).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChrome } from '../scripts/chrome-path.mjs';
import { serveDist } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const LIGHTHOUSE = 'lighthouse@12.2.3';
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
};
const RUNS = Number(arg('runs', 1));
const KEEP = arg('json', undefined);
const RECORD = process.argv.includes('--record');
const PAGES = arg('pages', '/index.html,/es.html').split(',');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(join(ROOT, 'dist/index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs a command to its end; resolves with its exit code (or signal). */
const run = (command, args) =>
  new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? signal));
  });

const server = await serveDist();
const scratch = mkdtempSync(join(tmpdir(), 'trust-lighthouse-'));
if (KEEP) mkdirSync(KEEP, { recursive: true });
const results = [];
let failed = false;
try {
  const runsOf = new Map(PAGES.map((path) => [path, []]));
  // Alternating pages, so a machine that slows down (other work on it) weighs on each alike.
  for (let i = 0; i < RUNS; i += 1) {
    for (const path of PAGES) {
      const runs = runsOf.get(path);
      const out = join(KEEP ?? scratch, `${path.slice(1).replace(/\W+/g, '-')}${RUNS > 1 ? `-${i + 1}` : ''}.json`);
      // Asynchronous: the server answering Lighthouse's requests runs in this process.
      const status = await run('npx', [
        '--yes',
        LIGHTHOUSE,
        `${server.origin}${path}`,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        `--chrome-path=${findChrome()}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
      ]);
      if (status !== 0 || !existsSync(out)) {
        console.error(`${path}: Lighthouse exited with ${status}`);
        failed = true;
        continue;
      }
      runs.push(JSON.parse(readFileSync(out, 'utf8')));
    }
  }
  for (const [path, runs] of runsOf) {
    if (runs.length === 0) continue;
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, median(runs.map((report) => Math.round(report.categories[id].score * 100)))]),
    );
    const cls = median(runs.map((report) => report.audits['cumulative-layout-shift'].numericValue));
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index'].map((id) => [
        id,
        median(runs.map((report) => report.audits[id].numericValue)),
      ]),
    );
    // What cost marks: every audit a category weighs that scored below 1 in any run, with its
    // median value over the runs.
    const lost = [];
    for (const id of CATEGORIES) {
      for (const ref of runs[0].categories[id].auditRefs) {
        if (ref.weight === 0) continue;
        const audits = runs.map((report) => report.audits[ref.id]);
        if (!audits.some((audit) => audit.score !== null && audit.score < 1)) continue;
        const values = audits.map((audit) => audit.numericValue).filter((value) => typeof value === 'number');
        const value = values.length ? ` ${Math.round(median(values))} ${audits[0].numericUnit ?? ''}`.trimEnd() : '';
        lost.push(`${id}: ${ref.id}${value}`);
      }
    }
    results.push({
      path,
      scores,
      cls,
      metrics,
      lost,
      version: runs[0].lighthouseVersion,
      // Lighthouse's own measure of this machine's CPU speed: under 1000 it warns that the default
      // 4x slowdown is too much for it, and the performance score suffers.
      benchmarkIndex: median(runs.map((report) => report.environment.benchmarkIndex)),
      warnings: [...new Set(runs.flatMap((report) => report.runWarnings))],
    });
  }
} finally {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}

for (const { path, scores, cls, metrics, lost, version, benchmarkIndex, warnings } of results) {
  console.log(
    `\n${path} (Lighthouse ${version}, mobile, ${RUNS} run${RUNS > 1 ? 's, medians' : ''}; ` +
      `CPU benchmark index ${Math.round(benchmarkIndex)})`,
  );
  console.log(
    `  performance ${scores.performance} · accessibility ${scores.accessibility} · ` +
      `best practices ${scores['best-practices']} · SEO ${scores.seo} · CLS ${cls.toFixed(3)}`,
  );
  console.log(
    `  FCP ${Math.round(metrics['first-contentful-paint'])} ms · LCP ${Math.round(metrics['largest-contentful-paint'])} ms · ` +
      `TBT ${Math.round(metrics['total-blocking-time'])} ms · speed index ${Math.round(metrics['speed-index'])} ms (simulated)`,
  );
  for (const item of lost) console.log(`  lost marks: ${item}`);
  for (const warning of warnings) console.log(`  Lighthouse warns: ${warning.replace(/\s+/g, ' ')}`);
}
/** One page's row of the RESULTS.md table. */
const tableRow = ({ path, scores, cls, metrics, benchmarkIndex }) =>
  [
    `\`dist${path}\``,
    scores.performance,
    scores.accessibility,
    scores['best-practices'],
    scores.seo,
    cls.toFixed(3),
    ...['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'].map(
      (id) => `${Math.round(metrics[id])} ms`,
    ),
    Math.round(benchmarkIndex),
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .replace(/$/, ' |');

if (RECORD && !failed) {
  const file = join(ROOT, 'bench/RESULTS.md');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const at = before.indexOf('\n## Lighthouse');
  const cpus = os.cpus();
  const section = `
## Lighthouse: the sample article

Generated by \`npm run lighthouse\` (bench/lighthouse.mjs) on ${new Date().toISOString().slice(0, 10)}: Lighthouse
${results[0]?.version} through npx, mobile (its defaults: simulated slow 4G, 4× CPU slowdown), headless
Chromium, on dist/ as \`npm run build\` writes it, served by bench/serve.mjs on 127.0.0.1 with gzip and
the strict CSP; ${RUNS} run${RUNS > 1 ? 's per page, alternating, medians' : ' per page'}. Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, shared with other work while
measured; Lighthouse's CPU benchmark index is given because its performance score depends on it (it
warns that the 4× slowdown overstates a machine whose index is under 1000, as some runs here were).

| page | performance | accessibility | best practices | SEO | CLS | FCP | LCP | TBT | CPU index |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${results.map(tableRow).join('\n')}

What still costs marks (audits below full score in any run): ${[...new Set(results.flatMap((result) => result.lost.map((item) => item.replace(/ [\d.]+ \w+$/, ''))))].join(', ') || 'nothing'}.
`;
  writeFileSync(file, at === -1 ? `${before.trimEnd()}\n${section}` : `${before.slice(0, at)}\n${section}`);
  console.log(`\nRecorded in ${file}.`);
}
if (failed) process.exit(1);
