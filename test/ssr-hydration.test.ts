import { expect, waitUntil } from '@open-wc/testing';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import type { TrustElement } from '../src/internal/trust-element.js';
import type { ContentPack } from '../src/schema/index.js';
import { $, $$, prerender, textOf } from './helpers.js';

/**
 * Publish-time rendering (issue 13), in the browser: widgets prerendered by the built renderer
 * (dist/ssr.js, through the test server's /__test/render) are parsed as declarative shadow DOM
 * before any element is defined, then the built bundle a page loads (dist/trust-widgets.js)
 * hydrates them in place. (Renderer and bundle come from one build: the same minified templates.)
 */
const builtIn = pack as ContentPack;

const page = document.createElement('div');
const warnings: string[] = [];
/** Nodes of the prerendered shadow roots, held before any script could touch them. */
const held = new Map<string, Element>();
const el = <T extends TrustElement>(id: string) => page.querySelector<T>(`#${id}`)!;

before(async () => {
  // The page's widgets, as a build step that renders the whole page passes them (links between them).
  const widgets = {
    'trust-quiz': 'quiz',
    'trust-signs-checklist': 'checklist',
    'trust-causes-explorer': 'explorer',
    'trust-coping-steps': 'steps',
    'trust-hotline-banner': 'banner',
  };
  const options = { base: '/dist/', widgets };
  const own = structuredClone(builtIn);
  own.meta.id = 'publisher-pack';
  own.quizzes![0]!.title = 'Our own check-in';
  const changed = structuredClone(own);
  changed.quizzes![0]!.title = 'Edited after publishing';
  const parts = await Promise.all([
    prerender({ tag: 'trust-quiz', attributes: { id: 'quiz' }, options }),
    prerender({ tag: 'trust-quiz', attributes: { id: 'own' }, options: { ...options, pack: own } }),
    prerender({ tag: 'trust-quiz', attributes: { id: 'stale' }, options: { ...options, pack: own } }),
    prerender({ tag: 'trust-signs-checklist', attributes: { id: 'checklist' }, options }),
    prerender({ tag: 'trust-causes-explorer', attributes: { id: 'explorer' }, options }),
    prerender({ tag: 'trust-coping-steps', attributes: { id: 'steps' }, options }),
    prerender({ tag: 'trust-hotline-banner', attributes: { id: 'banner', region: 'US' }, options }),
    // A pack at a src address, rendered from that pack (as `render --html` reads the file it names):
    // nothing inline, the browser downloads it and adopts the screen drawn from it.
    prerender({
      tag: 'trust-signs-checklist',
      attributes: { id: 'fromsrc', src: '/__test/pack/ssr-src.json' },
      options: { ...options, pack: builtIn },
    }),
  ]);
  // A plain element beside the prerendered ones: a page may mix them.
  page.setHTMLUnsafe(`${parts.join('\n')}\n<trust-signs-checklist id="plain"></trust-signs-checklist>`);
  document.body.append(page);
  // The publisher's pack changed after publishing: the page now carries another pack inline.
  page.querySelector('#stale > script[type="application/json"]')!.textContent = JSON.stringify(changed);
  expect(el('fromsrc').querySelector('script'), 'a src pack is not written inline').to.equal(null);
  for (const id of ['quiz', 'own', 'stale', 'checklist', 'explorer', 'steps', 'banner', 'fromsrc']) {
    const root = el(id).shadowRoot;
    expect(root, `#${id} has a declarative shadow root before any script`).to.not.equal(null);
    held.set(id, root!.querySelector('[part~="base"]')!);
  }
  held.set('start', el('quiz').shadowRoot!.querySelector('button.start')!);
  const warn = console.warn;
  console.warn = (...args: unknown[]) => (warnings.push(args.map(String).join(' ')), warn(...args));
  await import(/* @vite-ignore */ `${location.origin}/dist/trust-widgets.js`);
  await Promise.all(
    [...page.querySelectorAll<TrustElement>('*')]
      .filter((n) => n.localName.startsWith('trust-'))
      .map((n) => n.updateComplete),
  );
  console.warn = warn;
});

describe('publish-time rendering: hydration in place', () => {
  for (const id of ['quiz', 'own', 'checklist', 'explorer', 'steps', 'banner', 'fromsrc']) {
    it(`#${id}: the prerendered nodes are adopted, not recreated, and drawn once`, async () => {
      const host = el(id);
      await host.updateComplete;
      expect(host.hasUpdated, 'upgraded and updated').to.equal(true);
      expect(held.get(id)!.isConnected, 'a node held before the script is still connected').to.equal(true);
      expect(host.shadowRoot!.querySelector('[part~="base"]')).to.equal(held.get(id));
      expect($$(host, '[part~="base"]'), 'no doubled DOM').to.have.length(1);
      expect(host.hasAttribute('ssr-key'), 'the key is read and dropped').to.equal(false);
    });
  }

  it('the hydrated quiz works: the same Start button starts it', async () => {
    const quiz = el('quiz');
    expect($(quiz, 'button.start')).to.equal(held.get('start'));
    (held.get('start') as HTMLButtonElement).click();
    await waitUntil(() => quiz.shadowRoot!.querySelector('fieldset'), 'the first question');
    expect(textOf($(quiz, 'legend'))).to.equal(builtIn.quizzes![0]!.questions[0]!.text);
  });

  it('a control that needs the script stays unseen until the element has taken its screen over, not only until it is defined', async function () {
    this.timeout(10_000);
    // Its pack takes 3 s: the element is defined at once but cannot adopt its screen before then.
    const markup = await prerender({
      tag: 'trust-quiz',
      attributes: { id: 'slow', src: '/__test/slow/ssr-slow.json' },
      options: { base: '/dist/', pack: builtIn },
    });
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(markup);
    document.body.append(holder);
    const quiz = holder.querySelector<TrustElement>('#slow')!;
    const start = quiz.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(quiz.matches(':defined'), 'defined').to.equal(true);
    expect(quiz.hasUpdated, 'not yet updated: its pack is on its way').to.equal(false);
    expect(getComputedStyle(start).visibility, 'the start button, which would not work yet').to.equal('hidden');
    await quiz.contentReady;
    expect($(quiz, 'button.start'), 'adopted, not recreated').to.equal(start);
    expect(getComputedStyle(start).visibility).to.equal('visible');
    holder.remove();
  });

  it('a plain element on the same page renders as usual', () => {
    const plain = el('plain');
    expect(plain.hasUpdated).to.equal(true);
    expect($$(plain, '[part~="base"]')).to.have.length(1);
    expect(textOf($(plain, '[part~="heading"]'))).to.equal(builtIn.signs!.title);
  });

  it("a publisher's pack inline: hydrated with that pack's words", () => {
    expect(textOf($(el('own'), '.view-heading'))).to.equal('Our own check-in');
  });

  it('a pack changed since publishing: rendered afresh from the new pack, once, with a console warning', () => {
    const stale = el('stale');
    expect(held.get('stale')!.isConnected, 'the stale nodes are gone').to.equal(false);
    expect(textOf($(stale, '.view-heading'))).to.equal('Edited after publishing');
    expect($$(stale, '[part~="base"]')).to.have.length(1);
    expect(warnings.filter((w) => w.includes('<trust-quiz>') && w.includes('prerendered'))).to.have.length(1);
  });
});
