import { expect, oneEvent } from '@open-wc/testing';
import type { ContentErrorDetail, TrustElement } from '../src/internal/trust-element.js';
import { defineElements, clonePack, create, mount, stubLeave, unmountAll } from './hardening/elements.js';

/**
 * The content pipeline every element shares (src/internal/content-controller.ts): content that is
 * at hand renders in the element's first update, with no loading state (publish-time rendering
 * needs exactly that); an inline JSON child that arrives late is read; and every problem, a
 * missing section or an unknown id as much as a failed download, shows the error panel and fires
 * `trust-content-error`.
 */
const elements = await defineElements();
stubLeave();

/** A valid pack the first render can be told apart by: its `lang` is `en-GB`. */
const marked = () => {
  const pack = clonePack();
  pack.meta.locale = 'en-GB';
  return pack;
};
const baseLang = (el: TrustElement) => el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang');
const loading = (el: TrustElement) => el.shadowRoot!.querySelector('.loading') !== null;

/** How many times the element has updated (rendered). */
const updates = new WeakMap<TrustElement, number>();

/** Connects `el` and waits until it has nothing more to render, counting its updates. */
async function firstUpdate(el: TrustElement): Promise<TrustElement> {
  const instance = el as unknown as { updated(changed: unknown): void };
  const updated = instance.updated;
  instance.updated = function (this: TrustElement, changed: unknown) {
    updates.set(el, (updates.get(el) ?? 0) + 1);
    updated.call(this, changed);
  };
  const host = document.createElement('div');
  host.className = 'hardening-host';
  host.append(el);
  document.body.append(host);
  await el.contentReady;
  return el;
}

/** Whether the element rendered its content at once: one update, no loading state left, its pack's `lang`. */
const renderedAtOnce = (el: TrustElement) => [updates.get(el), loading(el), baseLang(el)];

const section: Record<string, 'quizzes' | 'signs' | 'causes' | 'coping'> = {
  'trust-quiz': 'quizzes',
  'trust-signs-checklist': 'signs',
  'trust-causes-explorer': 'causes',
  'trust-coping-steps': 'coping',
};
const selector: Record<string, [attribute: string, path: string]> = {
  'trust-quiz': ['quiz', 'quizzes'],
  'trust-signs-checklist': ['group', 'signs.groups'],
  'trust-coping-steps': ['track', 'coping.tracks'],
};

describe('content pipeline', () => {
  afterEach(() => unmountAll());

  // That all five elements are here is test/registry.test.ts's to say.

  it('validates one content object once, however many widgets are given it', async () => {
    const spec = elements.find((candidate) => candidate.tag === 'trust-signs-checklist')!;
    let reads = 0;
    const content = new Proxy(marked(), {
      get(target, key, receiver) {
        reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    await mount(spec, content);
    expect(reads, 'the first widget validates it').to.be.greaterThan(0);
    const first = reads;
    const second = await mount(spec, content);
    expect(baseLang(second)).to.equal('en-GB');
    expect(reads, 'the second widget reads nothing of it').to.equal(first);
  });

  for (const spec of elements) {
    describe(`<${spec.tag}>`, () => {
      it('renders content that is at hand in its first update: a pack object, an inline child, the built-in pack, an arrived download', async () => {
        await mount(spec, marked()); // the validator has arrived from now on
        await mount(spec); // and the built-in pack
        const property = await firstUpdate(create(spec, marked()));
        expect(renderedAtOnce(property), 'content property').to.deep.equal([1, false, 'en-GB']);

        const inline = create(spec);
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(marked());
        inline.append(script);
        await firstUpdate(inline);
        expect(renderedAtOnce(inline), 'inline child').to.deep.equal([1, false, 'en-GB']);

        const builtin = await firstUpdate(create(spec));
        expect(renderedAtOnce(builtin), 'built-in pack').to.deep.equal([1, false, 'en']);

        const src = `/__test/pack/first-render-${spec.tag}.json`;
        await mount(spec, undefined, { src });
        const downloaded = await firstUpdate(create(spec, undefined, { src }));
        expect(renderedAtOnce(downloaded), 'arrived download').to.deep.equal([1, false, 'en']);
      });

      it('reads an inline JSON child that arrives after the element', async () => {
        const el = await mount(spec);
        expect(baseLang(el)).to.equal('en');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(marked());
        el.append(script);
        await el.contentReady;
        expect(baseLang(el)).to.equal('en-GB');
      });

      if (section[spec.tag]) {
        it(`fires trust-content-error and shows the panel for a pack without "${section[spec.tag]}"`, async () => {
          const { meta, hotlines, ui } = clonePack(); // valid, with no section at all
          const el = create(spec, { meta, hotlines, ui });
          const fired = oneEvent(el, 'trust-content-error');
          await firstUpdate(el);
          const { detail } = (await fired) as CustomEvent<ContentErrorDetail>;
          expect(detail.origin).to.equal('property');
          expect(detail.problems.map((problem) => problem.path)).to.deep.equal([section[spec.tag]]);
          await el.contentReady;
          expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
        });
      }

      if (selector[spec.tag]) {
        const [attribute, path] = selector[spec.tag]!;
        it(`fires trust-content-error and shows the panel for an unknown ${attribute}, and recovers when it is fixed`, async () => {
          const el = create(spec, undefined, { [attribute]: 'no-such-id' });
          const fired = oneEvent(el, 'trust-content-error');
          await firstUpdate(el);
          const { detail } = (await fired) as CustomEvent<ContentErrorDetail>;
          expect(detail.problems).to.have.length(1);
          expect(detail.problems[0]!.path).to.equal(path);
          expect(detail.problems[0]!.message).to.contain('no-such-id');
          await el.contentReady;
          expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
          el.removeAttribute(attribute);
          await el.contentReady;
          expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        });
      }
    });
  }
});

describe('content pipeline: what is not read is said; the page language is followed', () => {
  const spec = elements.find((candidate) => candidate.tag === 'trust-signs-checklist')!;
  const script = (type: string) => {
    const node = document.createElement('script');
    node.type = type;
    node.textContent = JSON.stringify(marked());
    return node;
  };
  const cases: [string, (el: TrustElement) => void][] = [
    ['a content="…" attribute', (el) => el.setAttribute('content', JSON.stringify(marked()))],
    ['a script of type application/ld+json', (el) => el.append(script('application/ld+json'))],
    [
      'a JSON script wrapped in a <div>',
      (el) => {
        const wrapper = document.createElement('div');
        wrapper.append(script('application/json'));
        el.append(wrapper);
      },
    ],
  ];
  afterEach(() => unmountAll());

  for (const [what, give] of cases) {
    it(`warns that ${what} is not read, and shows the built-in pack`, async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = create(spec);
        give(el);
        await firstUpdate(el);
        expect(baseLang(el)).to.equal('en');
        expect(warnings.join('\n')).to.contain('not read, so the built-in pack is shown');
      } finally {
        console.warn = warn;
      }
    });
  }

  it('switches a widget on the built-in pack when <html lang> changes', async () => {
    const before = document.documentElement.getAttribute('lang');
    try {
      const el = await mount(spec);
      expect(baseLang(el)).to.equal('en');
      document.documentElement.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.contentReady;
      expect(baseLang(el)).to.equal('es');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });
});
