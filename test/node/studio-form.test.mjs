// The pack studio's outline and form (issue 14), as an editor uses them: the real CLI starts the
// real server, headless Chromium opens its page, and the keyboard does the editing. Needs the build
// (dist/studio/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';

const dir = mkdtempSync(join(tmpdir(), 'trust-studio-form-'));
const builtIn = readFileSync('content/trust-issues.en.json', 'utf8');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const running = new Set();
let browser;

before(async () => {
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});
after(async () => {
  await browser?.close();
  for (const child of running) child.kill('SIGTERM');
});

/** Starts `trust-widgets studio` on a fresh copy of the built-in English pack; opens its page. */
async function openStudio(name) {
  const file = join(dir, name);
  writeFileSync(file, builtIn);
  const child = spawn(process.execPath, ['bin/trust-widgets.mjs', 'studio', file, '--port', '0'], { stdio: 'pipe' });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/^http:\/\/127\.0\.0\.1:\d+\/$/m);
      if (found) resolve(found[0]);
    });
    child.on('exit', (code) => reject(new Error(`studio exited with ${code}`)));
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);
  await page.waitForSelector('pierce/.cm-content');
  await page.waitForSelector('pack-studio-form [id="field-meta"]');
  return { page, file, errors };
}

const editorText = (page) => page.$eval('pack-studio', (el) => el.text);
const field = (path) => `[id="field-${path}"]`;
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
/** Waits until the raw view's text is `text` (the form's edits reach it at once; formatting when typing pauses). */
async function rawBecomes(page, text) {
  try {
    await page.waitForFunction((t) => document.querySelector('pack-studio').text === t, { timeout: 5000 }, text);
  } catch {
    const actual = await editorText(page);
    let at = 0;
    while (actual[at] === text[at]) at += 1;
    assert.fail(
      `the raw view differs at ${at}: ${JSON.stringify(actual.slice(at - 40, at + 80))}, expected ${JSON.stringify(text.slice(at - 40, at + 80))}`,
    );
  }
}
/** The raw text is formatted as prettier formats content/*.json (what `npm run format` does). */
async function assertFormatted(text) {
  const options = await prettier.resolveConfig('content/trust-issues.en.json');
  assert.equal(text, await prettier.format(text, { ...options, parser: 'json' }), 'formatted as prettier formats it');
}
/** Waits (up to 3 s) for the raw text to be formatted: an edit of a value in place is formatted once typing pauses. */
async function waitFormatted(page) {
  const options = await prettier.resolveConfig('content/trust-issues.en.json');
  for (let start = Date.now(); ;) {
    const text = await editorText(page);
    if (text === (await prettier.format(text, { ...options, parser: 'json' }))) return text;
    if (Date.now() - start > 3000) return assertFormatted(text);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
/** Clicks the outline's entry named `label` (the first with that name). */
async function choose(page, label) {
  const buttons = await page.$$('.outline .outline-item');
  for (const button of buttons) {
    if ((await button.evaluate((b) => b.textContent.trim())) === label) {
      await button.focus();
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`No outline entry "${label}"`);
}

test('the outline opens an item in the form: typing in a field changes the raw view, and Save writes it', async () => {
  const { page, file, errors } = await openStudio('text.json');
  await choose(page, 'Betrayal, lying or cheating');
  const title = field('causes.items.1.title');
  await page.waitForSelector(title);
  assert.equal(
    await page.$eval('.outline [aria-current="true"]', (b) => b.textContent.trim()),
    'Betrayal, lying or cheating',
  );
  assert.equal(await page.$eval(title, (el) => el.value), 'Betrayal, lying or cheating');
  assert.equal(await page.$eval(`label[for="field-causes.items.1.title"]`, (el) => el.textContent.trim()), 'Title');
  // Only this cause's form is rendered, not the other causes'.
  assert.equal(await page.$(field('causes.items.0.title')), null);
  await page.focus(title);
  await page.keyboard.press('End');
  await page.keyboard.type(' (edited)');
  assert.equal(await activeId(page), 'field-causes.items.1.title', 'focus stays in the field while typing');
  const expected = builtIn.replace('"Betrayal, lying or cheating"', '"Betrayal, lying or cheating (edited)"');
  await rawBecomes(page, expected);
  assert.equal(readFileSync(file, 'utf8'), builtIn, 'nothing written before Save');
  await page.click('.bar .save');
  await page.waitForFunction(() => document.querySelector('.bar .state').textContent.includes('Saved'));
  assert.equal(readFileSync(file, 'utf8'), expected);
  // The preview follows the form too.
  await page.waitForFunction(() =>
    document
      .querySelector('pack-studio-preview')
      .shadowRoot.querySelector('trust-causes-explorer')
      .shadowRoot.textContent.includes('(edited)'),
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('choices: an enum is a list to choose from, a list of enum values a set of checkboxes, a plural a choice of forms', async () => {
  const { page, errors } = await openStudio('enum.json');
  const direction = field('meta.direction');
  assert.deepEqual(await page.$eval(direction, (select) => [...select.options].map((o) => o.textContent)), [
    'ltr',
    'rtl',
  ]);
  // The schema's description is the group's help text, tied to it.
  assert.match(
    await page.$eval(field('meta'), (group) =>
      group
        .getAttribute('aria-describedby')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? `missing ${id}`)
        .join(),
    ),
    /^About the pack: its id, locale/,
  );
  await page.select(direction, 'rtl');
  let expected = builtIn.replace('"direction": "ltr"', '"direction": "rtl"');
  await rawBecomes(page, expected);

  await choose(page, 'Betrayal, lying or cheating');
  const family = '[id="field-causes.items.1.relationships-choice-1"]';
  await page.waitForSelector(family);
  assert.equal(await page.$eval(family, (box) => box.checked), true);
  await page.focus(family);
  await page.keyboard.press('Space');
  expected = expected.replace(
    '"relationships": ["romantic", "family", "friends", "work"]',
    '"relationships": ["romantic", "friends", "work"]',
  );
  await rawBecomes(page, expected);

  // A plural (a text, or one text per plural form): switching to one text keeps the "other" form.
  await choose(page, 'Banner');
  const oneText = '[id="field-ui.banner.shiftRemaining-kind-0"]';
  await page.waitForSelector(oneText);
  await page.focus(oneText);
  await page.keyboard.press('Space');
  expected = expected.replace(
    /"shiftRemaining": \{\n[^]*?\n\s*\}/,
    '"shiftRemaining": "Press Shift {count} more times to leave"',
  );
  await rawBecomes(page, expected);
  assert.equal(
    await page.$eval(field('ui.banner.shiftRemaining'), (el) => el.value),
    'Press Shift {count} more times to leave',
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('a list: move, remove and add items with the keyboard; focus follows, and the text stays formatted', async () => {
  const { page, errors } = await openStudio('list.json');
  const cause = JSON.parse(builtIn).causes.items[1];
  await choose(page, 'Betrayal, lying or cheating');
  const list = 'causes.items.1.showsUpAs';
  await page.waitForSelector(field(`${list}.0`));
  const value = async () => JSON.parse(await editorText(page)).causes.items[1].showsUpAs;

  // Move the first item down: it is second now, and focus is on its Move down button, at its new place.
  await page.focus(`[id="field-${list}.0-down"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, { timeout: 3000 }, `field-${list}.1-down`);
  assert.deepEqual(await value(), [cause.showsUpAs[1], cause.showsUpAs[0], cause.showsUpAs[2]]);
  assert.equal(await page.$eval(field(`${list}.1`), (el) => el.value), cause.showsUpAs[0]);
  assert.match(await page.$eval('pack-studio-form [role="status"]', (el) => el.textContent), /to place 2 of 3/);
  // Again (Enter on the focused button): it goes last; Move down is off there, so focus moves to Move up.
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, {}, `field-${list}.2-up`);
  assert.deepEqual(await value(), [cause.showsUpAs[1], cause.showsUpAs[2], cause.showsUpAs[0]]);
  await assertFormatted(await editorText(page));

  // Remove the last: focus goes to the Remove button of the one before; the list fits one line now.
  await page.focus(`[id="field-${list}.2-remove"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, {}, `field-${list}.1-remove`);
  assert.deepEqual(await value(), [cause.showsUpAs[1], cause.showsUpAs[2]]);
  const text = await editorText(page);
  assert.ok(text.includes(`"showsUpAs": ["${cause.showsUpAs[1]}", "${cause.showsUpAs[2]}"],`), 'on one line');
  await assertFormatted(text);

  // Add: a new empty item, focus in it, and what is typed there is in the text.
  await page.focus(`[id="field-${list}-add"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, {}, `field-${list}.2`);
  await page.evaluate(() => {
    window.checks = 0;
    document.querySelector('pack-studio').addEventListener('pack-studio-checked', () => (window.checks += 1));
  });
  await page.keyboard.type('Checking their phone');
  await page.waitForFunction(() => window.checks > 0); // typing paused: the checks ran on the text
  let now = await editorText(page);
  assert.equal(JSON.parse(now).causes.items[1].showsUpAs[2], 'Checking their phone');
  await assertFormatted(now);
  // Typing in an item that was there at the last check changes that value alone; once the list no
  // longer fits one line, it breaks when typing pauses, as prettier would break it.
  await page.keyboard.type(' when they are out');
  const added = 'Checking their phone when they are out';
  now = await waitFormatted(page);
  assert.equal(JSON.parse(now).causes.items[1].showsUpAs[2], added);
  assert.ok(now.includes(`"showsUpAs": [\n          "${cause.showsUpAs[1]}",\n`), 'the list broke over lines');
  // Everything outside that cause is as it was.
  const after = JSON.parse(await editorText(page));
  const before = JSON.parse(builtIn);
  before.causes.items[1].showsUpAs = [cause.showsUpAs[1], cause.showsUpAs[2], added];
  assert.deepEqual(after, before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an edit in the raw view shows in the form; a problem jumps to its field in the form, else to the raw view', async () => {
  const { page, errors } = await openStudio('sync.json');
  // Raw view: a new title for the pack.
  const at = builtIn.indexOf('"Trust issues in relationships"') + 1;
  await page.evaluate((offset) => document.querySelector('pack-studio').jumpTo({ offset }), at);
  await page.keyboard.type('Raw: ');
  await page.click('#tab-form');
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.value === 'Raw: Trust issues in relationships',
    { timeout: 5000 },
    field('meta.title'),
  );

  // The form: an id that breaks the rule. The error is under the field, tied to it, and listed in Problems.
  const id = field('meta.id');
  await page.focus(id);
  await page.keyboard.type(' X');
  await page.waitForSelector('[id="field-meta.id-error"]');
  const described = await page.$eval(id, (input) => [
    input.getAttribute('aria-describedby'),
    input.getAttribute('aria-invalid'),
  ]);
  assert.deepEqual(described, ['field-meta.id-error', 'true']);
  assert.match(await page.$eval('[id="field-meta.id-error"]', (el) => el.textContent), /lowercase letters/);
  assert.match(await page.$eval('.problems .finding .where', (el) => el.textContent), /^meta\.id · line \d+/);
  await page.focus(field('meta.version'));
  await page.click('.problems .finding');
  assert.equal(await activeId(page), 'field-meta.id', 'the problem jumps to its field in the form');
  assert.equal(await page.$eval('#panel-form', (el) => el.hidden), false);

  // Another item in the form: the same problem jumps to the raw view, at the value.
  await choose(page, 'Causes');
  await page.click('.problems .finding');
  assert.equal(await page.$eval('#panel-raw', (el) => el.hidden), false);
  const text = await editorText(page);
  assert.equal(await page.$eval('pack-studio', (el) => el.cursor), text.indexOf('"trust-issues-en X"'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the studio page with the form shown passes axe, with lists, a plural and an error on screen', async () => {
  const { page, errors } = await openStudio('axe.json');
  const axe = async () => {
    await page.evaluate(axeSource);
    return page.evaluate(async () =>
      (await globalThis.axe.run(document, { preload: false })).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    );
  };
  await page.focus(field('meta.id'));
  await page.keyboard.type(' X');
  await page.waitForSelector('[id="field-meta.id-error"]');
  assert.deepEqual(await axe(), []);
  await choose(page, 'Betrayal, lying or cheating');
  await page.waitForSelector(field('causes.items.1.relationships'));
  assert.deepEqual(await axe(), []);
  await choose(page, 'Banner');
  await page.waitForSelector(field('ui.banner.shiftRemaining'));
  assert.deepEqual(await axe(), []);
  assert.deepEqual(errors, []);
  await page.close();
});
