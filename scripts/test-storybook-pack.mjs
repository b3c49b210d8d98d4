// The toolbar's Pack tool, driven as a publisher would in the built Storybook (called from
// scripts/test-storybook.mjs, which serves storybook-static): a pack loaded from an address and
// from a file shows its words in the story, keeps showing them after moving to other stories and
// docs pages through the sidebar, an invalid pack gives every element its error panel and the tool
// says so, an address that fails says so and changes nothing, and "Back to the built-in pack" undoes it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packs = fileURLToPath(new URL('../test/fixtures/storybook/packs/', import.meta.url));
/** The example publisher pack as the "See your own words" guide names it, and words only it has. */
export const EXAMPLE_PACK = 'example-packs/harbour-weekly.en.json';
const HARBOUR = 'Harbour Weekly';

/** Every text of the trust-* elements in the preview, shadow roots included, and whether one shows its error panel. */
const inPreview = () => {
  const texts = [];
  let errorPanel = '';
  /** The safety help in view (a cause's, the quiz's), as opposed to help in a closed tab or disclosure. */
  const shownSafety = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent);
    if (node.shadowRoot) {
      const panel = node.shadowRoot.querySelector('[part~="error"]');
      if (panel) errorPanel ||= panel.textContent.replace(/\s+/g, ' ');
      for (const safety of node.shadowRoot.querySelectorAll('[part~="safety"]'))
        if (safety.checkVisibility()) shownSafety.push(safety.textContent.replace(/\s+/g, ' '));
      walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  // The story's root, or the docs page's, whichever is shown.
  const root = [...document.querySelectorAll('#storybook-root, #storybook-docs')].find((el) => el.checkVisibility());
  const elements = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('trust-'));
  for (const el of elements) walk(el);
  return { count: elements.length, text: texts.join(' ').replace(/\s+/g, ' '), errorPanel, shownSafety };
};

export async function testPackTool({ browser, base }) {
  const started = Date.now();
  const failures = [];
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const check = (ok, message) => {
    if (ok) console.log(`  ✓ pack tool: ${message}`);
    else failures.push(`pack tool: ${message}`);
  };
  const preview = async () => (await page.$('#storybook-preview-iframe')).contentFrame();
  /** Waits until the preview's elements satisfy `test` (given what `inPreview` saw); returns what it saw last. */
  const previewShows = async (test, timeout = 10_000) => {
    const frame = await preview();
    const until = Date.now() + timeout;
    let seen;
    do {
      seen = await frame.evaluate(inPreview).catch(() => undefined);
      if (seen?.count && test(seen)) return { ...seen, ok: true };
      await new Promise((resolve) => setTimeout(resolve, 100));
    } while (Date.now() < until);
    return { ...(seen ?? { text: '', errorPanel: '', shownSafety: [] }), ok: false };
  };
  const openTool = async () => {
    if (!(await page.$('#trust-pack-panel'))) await page.click('#trust-pack-tool');
    await page.waitForSelector('#trust-pack-panel', { timeout: 5000 });
  };
  const status = (text, timeout = 10_000) =>
    page
      .waitForFunction(
        (text) => document.querySelector('#trust-pack-status')?.textContent.includes(text),
        { timeout },
        text,
      )
      .then(
        () => true,
        () => false,
      );
  const statusText = () => page.$eval('#trust-pack-status', (el) => el.textContent).catch(() => '(no status)');
  const loadUrl = async (url) => {
    await openTool();
    await page.$eval('#trust-pack-url', (input) => input.select());
    await page.type('#trust-pack-url', url);
    await page.click('#trust-pack-load');
  };
  const loadFile = async (path) => {
    await openTool();
    const input = await page.$('#trust-pack-file');
    await input.uploadFile(path.includes('/') ? path : `${packs}${path}`);
  };
  const drafts = await mkdtemp(join(tmpdir(), 'trust-pack-'));
  /** Moves to an entry through the sidebar, as a reader would (expanding its component first). */
  const navigate = async (component, id) => {
    await page.keyboard.press('Escape'); // closes the tool's popover, if it is open
    if (!(await page.$(`[data-item-id="${id}"]`))) await page.click(`[data-item-id="${component}"]`);
    await page.waitForSelector(`[data-item-id="${id}"]`, { timeout: 5000 });
    await page.click(`[data-item-id="${id}"] a, a[data-item-id="${id}"], [data-item-id="${id}"]`);
    await page.waitForFunction((id) => location.search.includes(id), { timeout: 5000 }, id);
  };

  try {
    // The a11y addon's automatic checks are off (a11y.manual): they are not what this tests, and cost seconds per story.
    await page.goto(`${base}/?path=/story/elements-quiz--mid-quiz&globals=a11y.manual:!true`, { waitUntil: 'load' });
    await page.waitForSelector('#trust-pack-tool', { timeout: 20_000 });
    let seen = await previewShows((s) => s.text.includes('Question 4 of 12'));
    check(seen.ok && !seen.text.includes(HARBOUR), 'the quiz starts on the built-in pack');

    // An address: a path on this Storybook.
    await loadUrl(EXAMPLE_PACK);
    check(await status(`Showing “${HARBOUR}`), `loading an address says what it shows (${await statusText()})`);
    seen = await previewShows((s) => s.text.includes('Harbour Weekly readers') && s.text.includes('Question 4 of 12'));
    check(seen.ok && !seen.errorPanel, `the quiz, played again up to question 4, shows the pack's words`);
    check(
      (await page.$eval('#trust-pack-tool', (el) => el.textContent)) === 'Pack: harbour-weekly.en.json',
      'the toolbar names the pack',
    );

    // Other stories, picked in the sidebar: their ids (a step, a cause, a region) are not the pack's.
    await navigate('elements-coping-steps', 'elements-coping-steps--last-step-with-hotlines');
    seen = await previewShows((s) => s.text.includes('Harbour Weekly: small steps back to trust'));
    check(seen.ok && !seen.errorPanel, `another story still shows the pack's words, with no error panel`);
    // The story names the built-in step "get-help", the last of the first track: the pack's is "reach-out".
    check(
      seen.text.includes('Step 9 of 9') && seen.text.includes('Samaritans'),
      'it shows the last step, as the story means',
    );
    await navigate('docs-content-packs--docs', 'docs-content-packs--docs');
    await navigate('elements-causes-explorer', 'elements-causes-explorer--safety-flagged');
    seen = await previewShows((s) => s.text.includes('Harbour Weekly: where the wariness starts'));
    check(seen.ok && !seen.errorPanel, 'after a docs page, a story picking a cause by id shows the pack');
    // It names the built-in "abuse", the fourth cause: the pack's fourth, "harm-at-home", opens with its safety help
    // (the first cause, which an element shows for an id it does not know, has safety help of its own).
    check(
      seen.shownSafety.some((text) => text.includes('You deserve to be safe. If someone is hurting')),
      'the cause it opens is the safety-flagged one in the same place',
    );
    await navigate('elements-hotline-banner', 'elements-hotline-banner--docs');
    // All but one: "Failing content" is about a `src` that fails, so it shows no toolbar pack.
    seen = await previewShows((s) => s.count > 5 && s.text.split('Harbour Weekly readers').length - 1 === s.count - 1);
    check(seen.ok, 'every banner on the docs page shows the pack (but the one about failing content)');

    // A file that is not a valid pack: every element shows its error panel, and the tool says why.
    await navigate('elements-signs-checklist', 'elements-signs-checklist--all-signs');
    await loadFile('harbour-weekly.invalid.json');
    check(
      await status('harbour-weekly.invalid.json is not a valid content pack (2 problems; first: meta.version'),
      `an invalid pack is reported in the toolbar (${await statusText()})`,
    );
    seen = await previewShows((s) => s.errorPanel.includes('quizzes[0].bands[1].min'));
    check(seen.ok, `the story shows the error panel with the problem's path (${seen.errorPanel.slice(0, 80)})`);
    check((await page.$eval('#trust-pack-tool', (el) => el.textContent)).endsWith('⚠'), 'the toolbar button warns');

    // An address that fails: said so, and the stories keep the pack they had.
    await loadUrl('example-packs/no-such-pack.json');
    check(
      (await status('Could not load')) && (await statusText()).includes('404'),
      `a failed address is reported (${await statusText()})`,
    );
    seen = await previewShows((s) => s.errorPanel.includes('quizzes[0].bands[1].min'), 2000);
    check(
      seen.ok && (await statusText()).includes('still show the harbour-weekly.invalid.json pack'),
      'and changes nothing',
    );
    await loadUrl('http://example.com/pack.json');
    check(await status('Use an https: address'), 'a plain http: address elsewhere is refused before any request');

    // A valid file, then another story.
    await loadFile('harbour-weekly.en.json');
    check(await status(`Showing “${HARBOUR}`), 'a valid file loads');
    seen = await previewShows((s) => s.text.includes('Harbour Weekly checklist') && !s.errorPanel);
    check(seen.ok, `the checklist shows the file's words`);
    // The same file, edited and chosen again: its new words show.
    const draft = JSON.parse(await readFile(`${packs}harbour-weekly.en.json`, 'utf8'));
    draft.signs.title = 'Harbour Weekly checklist, second draft';
    await writeFile(join(drafts, 'harbour-weekly.en.json'), JSON.stringify(draft));
    await loadFile(join(drafts, 'harbour-weekly.en.json'));
    seen = await previewShows((s) => s.text.includes('Harbour Weekly checklist, second draft'));
    check(seen.ok, 'the same file, edited and chosen again, shows its new words');
    await navigate('elements-quiz', 'elements-quiz--result-heavy');
    seen = await previewShows((s) => s.text.includes('Carrying a lot right now'));
    check(seen.ok && !seen.errorPanel, `a story answered in play reaches the pack's last band`);

    // And back.
    await openTool();
    await page.click('#trust-pack-builtin');
    seen = await previewShows((s) => !s.text.includes(HARBOUR) && s.text.includes('Trust feels heavy right now'));
    check(seen.ok, 'Back to the built-in pack shows the built-in words again');
    // Nothing of the pack, its name or its address was written to the manager's or the preview's storage.
    const stored = () =>
      [localStorage, sessionStorage].flatMap((storage) =>
        Object.entries(storage).filter((entry) => /harbour/i.test(entry.join(' '))),
      );
    const found = [...(await page.evaluate(stored)), ...(await (await preview()).evaluate(stored))];
    check(found.length === 0, `nothing about the pack is stored (${found.map(([key]) => key).join(', ')})`);
    check(errors.length === 0, `no page error (${errors.join('; ')})`);
  } catch (error) {
    failures.push(`pack tool: ${error.message}`);
  } finally {
    await page.close();
    await rm(drafts, { recursive: true, force: true });
  }
  console.log(`  pack tool: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failures;
}
