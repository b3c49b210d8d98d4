// Takes the README's screenshots of the pack studio (docs/studio/*.png): the real CLI on a copy of
// the built-in English pack, headless Chromium. Needs the build: `npm run build`, then
// `node docs/studio/screenshots.mjs`.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';

const out = new URL('.', import.meta.url).pathname;
const file = join(mkdtempSync(join(tmpdir(), 'trust-studio-shots-')), 'my-pack.json');
copyFileSync('content/trust-issues.en.json', file);
const child = spawn(process.execPath, ['bin/trust-widgets.mjs', 'studio', file, '--port', '0'], { stdio: 'pipe' });
const url = await new Promise((resolve) =>
  child.stdout.on('data', (chunk) => {
    const found = String(chunk).match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (found) resolve(found[0]);
  }),
);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 700 });
  await page.goto(url);
  await page.waitForSelector('pack-studio-form [id="field-meta"]');
  const shoot = async (name) => {
    await sleep(600);
    const path = join(out, name);
    await page.screenshot({ path });
    console.log(`${path}: ${Math.round(statSync(path).size / 1024)} KB`);
  };
  const studio = (script, ...args) => page.evaluate(script, ...args);

  // The raw view: an id that breaks the rule, underlined and listed in Problems.
  const text = await studio(() => document.querySelector('pack-studio').text);
  await studio(
    (at) => document.querySelector('pack-studio').jumpTo({ offset: at }),
    text.indexOf('trust-issues-en') + 15,
  );
  await page.keyboard.type(' Draft');
  await page.waitForSelector('.problems .finding');
  await sleep(1200); // CodeMirror's own check underlines it
  await shoot('studio-raw.png');
  for (let i = 0; i < ' Draft'.length; i += 1) await page.keyboard.press('Backspace');
  await page.waitForSelector('.problems .none');

  // The form for one cause, a help text and an error under its fields.
  await studio(() => document.querySelector('pack-studio').select(['causes', 'items', 1]));
  await page.focus('[id="field-causes.items.1.summary"]');
  await page.keyboard.press('End');
  await page.keyboard.type(' Rebuilding it takes time.');
  await shoot('studio-form.png');

  // The preview: phone width, dark, a quiz result.
  const preview = (name, value) =>
    studio(
      (n, v) => {
        const select = document.querySelector('pack-studio-preview').shadowRoot.querySelector(`select[name="${n}"]`);
        select.value = v;
        select.dispatchEvent(new Event('change'));
      },
      name,
      value,
    );
  await preview('width', 'phone');
  await preview('scheme', 'dark');
  const band = await studio(() => JSON.parse(document.querySelector('pack-studio').text).quizzes[0].bands[1].id);
  await preview('quiz-state', `band:${band}`);
  await shoot('studio-preview.png');
} finally {
  await browser.close();
  child.kill();
}
