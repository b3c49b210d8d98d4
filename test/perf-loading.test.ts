import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TrustElement } from '../src/internal/trust-element.js';

/**
 * What the built bundle (dist/trust-widgets.js) downloads for its content: the built-in pack's
 * sections only when a widget has no other content, and only those its elements render (issue 17), the validator chunk only when a publisher supplies it.
 * Needs `npm run build` first (npm test does it).
 */
async function loadPage(content: 'property' | 'src' | 'builtin', only = ''): Promise<string[]> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      src="/test/fixtures/perf-loading.html?${new URLSearchParams({ content, only })}"
      title="Sample page"
      width="800"
      height="600"
    ></iframe>`,
  );
  await oneEvent(frame, 'load');
  const win = frame.contentWindow as Window & { __tags?: string[] };
  await waitUntil(() => win.__tags, 'the page script did not run', { timeout: 8000 });
  const elements = win.__tags!.map((tag) => frame.contentDocument!.querySelector(tag)!);
  expect(elements.length).to.equal(only ? 1 : 5);
  await Promise.all(elements.map((el) => (el as TrustElement).contentReady));
  const errors = elements.filter((el) => el.shadowRoot!.querySelector('[part="error"]')).map((el) => el.localName);
  expect(errors, 'widgets showing the error panel').to.deep.equal([]);
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/chunks/') || path.startsWith('/__test/'));
}

const packChunks = (paths: string[]) => paths.filter((path) => /\/chunks\/content-[^/]+\.js$/.test(path));
/** `core` for `/dist/chunks/content-trust-issues.en.core.js`. */
const section = (path: string) => path.replace(/^.*\.(\w+)\.js$/, '$1');
const validatorChunks = (paths: string[]) => paths.filter((path) => /\/chunks\/validator-[^/]+\.js$/.test(path));

describe('dist/trust-widgets.js: what a page downloads for its content', () => {
  before(async () => {
    const probe = await fetch('/dist/trust-widgets.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/ must be built first: run `npm test` or `npm run build`').to.equal(true);
  });

  it('content given as a property: no built-in pack request, the validator once', async () => {
    const paths = await loadPage('property');
    expect(packChunks(paths)).to.deep.equal([]);
    expect(validatorChunks(paths)).to.have.length(1);
  });

  it('content from src: one request for the URL, no built-in pack request, the validator once', async () => {
    const paths = await loadPage('src');
    expect(paths.filter((path) => path === '/__test/pack/perf-src.json')).to.have.length(1);
    expect(packChunks(paths)).to.deep.equal([]);
    expect(validatorChunks(paths)).to.have.length(1);
  });

  it('a slow pack: the banner fetches the built-in pack after a second and shows its hotlines until the pack arrives', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/fixtures/perf-loading.html?content=slow" title="Sample page"></iframe>`,
    );
    await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & { __tags?: string[] };
    await waitUntil(() => win.__tags, 'the page script did not run', { timeout: 8000 });
    const el = frame.contentDocument!.querySelector('trust-hotline-banner') as TrustElement;
    let arrived = false;
    void el.contentReady.then(() => (arrived = true));
    await el.updateComplete;
    const ownFallback = el.querySelector('a[href="tel:911"]')!;
    expect(ownFallback.getClientRects().length, "the page's own fallback links stay on screen").to.be.greaterThan(0);
    await waitUntil(() => el.shadowRoot?.querySelector('a[href="tel:988"]'), 'built-in hotlines shown', {
      timeout: 2500,
    });
    expect(arrived, 'the slow pack has not arrived yet').to.equal(false);
    await el.contentReady;
    const paths = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(packChunks(paths)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('a[href="tel:988"]')).to.not.equal(null);
  });

  it('no content given: each section of the English built-in pack once, and no validator', async () => {
    const paths = await loadPage('builtin');
    expect(packChunks(paths).map(section).sort()).to.deep.equal(['causes', 'coping', 'core', 'quizzes', 'signs']);
    expect(packChunks(paths).every((path) => /\/content-trust-issues\.en\./.test(path))).to.equal(true);
    expect(validatorChunks(paths)).to.deep.equal([]);
  });

  // Each element alone on the built-in pack downloads only the sections it renders: the banner its
  // hotlines and strings (`core`), the quiz `core` and `quizzes` (which holds the few signs, steps
  // and causes its results name). test/node/size.test.mjs holds the bytes of each set.
  const alone = {
    'trust-hotline-banner': ['core'],
    'trust-quiz': ['core', 'quizzes'],
    'trust-signs-checklist': ['core', 'signs'],
    'trust-causes-explorer': ['causes', 'coping', 'core'],
    'trust-coping-steps': ['coping', 'core'],
  };
  for (const [tag, sections] of Object.entries(alone)) {
    it(`<${tag}> alone on the built-in pack: only ${sections.join(', ')}`, async () => {
      const paths = await loadPage('builtin', tag);
      expect(packChunks(paths).map(section).sort()).to.deep.equal(sections);
      expect(validatorChunks(paths)).to.deep.equal([]);
    });
  }
});
