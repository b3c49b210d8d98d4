// The pack studio (issue 14), as an editor uses it: the real CLI (`trust-widgets studio`) starts the
// real server, and headless Chromium opens the page it prints. Needs the build (dist/studio/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';

const dir = mkdtempSync(join(tmpdir(), 'trust-studio-'));
const builtIn = readFileSync('content/trust-issues.en.json', 'utf8');
const running = new Set();
let browser;

before(async () => {
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});
after(async () => {
  await browser?.close();
  for (const child of running) child.kill('SIGTERM');
});

/** Runs `trust-widgets studio …` and waits for its URL (or its exit, for the refusals). */
function studio(...args) {
  const child = spawn(process.execPath, ['bin/trust-widgets.mjs', 'studio', ...args], { stdio: 'pipe' });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => {
    child.stdout.on('data', () => {
      const url = stdout.match(/^http:\/\/127\.0\.0\.1:(\d+)\/$/m);
      if (url) resolve({ child, url: url[0], port: Number(url[1]), output: () => stdout });
    });
    child.on('exit', (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh copy of the built-in English pack (or of `text`) in the test folder. */
function packFile(name, text = builtIn) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Opens the studio's page; resolves once the editor shows the file. */
async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (req) => {
    if (!req.url().startsWith(url) && !req.url().startsWith('data:')) errors.push(`request outside: ${req.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('pierce/.cm-content');
  return { page, errors };
}

/** The text in the raw editor. */
const editorText = (page) => page.$eval('pack-studio', (el) => el.text);

/** Raw HTTP to the studio (node:http, so Host and Origin can be anything). */
function call(port, { method = 'GET', path = '/', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const tokenOf = async (port) => (await call(port)).text.match(/name="trust-studio-token" content="([^"]+)"/)[1];

test('the page shows the file in the raw view, with no request outside the studio and no CSP violation', async () => {
  const file = packFile('open.json');
  const { url } = await studio(file, '--port', '0');
  const { page, errors } = await open(url);
  assert.equal(await editorText(page), builtIn);
  assert.match(await page.$eval('.bar .state', (el) => el.textContent), /Saved/);
  assert.equal(await page.$eval('.problems .none', (el) => el.textContent), 'No problems: the pack is valid.');
  const csp = (await call(new URL(url).port | 0)).headers['content-security-policy'];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Puts the raw view's cursor at `offset` (as a click there would) and types `text` with the keyboard. */
async function typeAt(page, offset, text) {
  await page.evaluate((at) => document.querySelector('pack-studio').jumpTo({ offset: at }), offset);
  await page.keyboard.type(text);
}

/** The problems list as the editor sees it: "where" and message of each entry. */
const problems = (page) =>
  page.$$eval('.problems .finding', (buttons) =>
    buttons.map((b) => ({
      where: b.querySelector('.where').textContent,
      message: b.querySelector('.message').textContent,
    })),
  );

test('typing in the raw view: the problem is listed with its path and line, and clicking it moves the cursor there', async () => {
  const file = packFile('edit.json');
  const { url } = await studio(file, '--port', '0');
  const { page, errors } = await open(url);
  const at = builtIn.indexOf('"trust-issues-en"') + 1;
  await typeAt(page, at, 'Not An Id ');
  await page.waitForSelector('.problems .finding');
  const line = builtIn.slice(0, at).split('\n').length;
  assert.deepEqual(await problems(page), [
    {
      where: `meta.id · line ${line}`,
      message: 'Use 1–64 lowercase letters, digits or hyphens, e.g. "fear-of-rejection"',
    },
  ]);
  assert.match(await page.$eval('.bar .state', (el) => el.textContent), /Unsaved changes/);
  await typeAt(page, 0, ''); // the cursor elsewhere, then the problem brings it back
  await page.click('.problems .finding');
  assert.equal(await page.$eval('pack-studio', (el) => el.cursor), at - 1, 'the cursor is at the value meta.id names');
  assert.equal(readFileSync(file, 'utf8'), builtIn, 'nothing is written before Save');
  assert.deepEqual(errors, []);
  await page.close();
});
