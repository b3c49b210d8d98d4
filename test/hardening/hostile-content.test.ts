import { expect } from '@open-wc/testing';
import '../helpers.js'; // a failing assertion about a DOM node is reported, not a browser crash
import { formatPath, parseContentPack } from '../../src/schema/parse.js';
import { resetContentCache } from '../../src/internal/content.js';
import type { ContentPack } from '../../src/schema/index.js';
import {
  defineElements,
  clonePack,
  deepElements,
  deepText,
  mount,
  reload,
  stubLeave,
  unmountAll,
  type ElementSpec,
} from './elements.js';
import { ALLOWED_SCHEMES, PAYLOADS } from './payloads.js';
import { fillText, setAt, textPaths, urlPaths } from './packs.js';
import { watchPage } from './watch.js';

/**
 * Hostile content: every free-text field of the pack carries an XSS payload (each field its own,
 * marked «round.n» so a field's text can be found). In every state of every element: nothing runs, no
 * dangerous element or attribute appears in any shadow root, no link has a scheme other than
 * https/tel/sms/mailto, and every payload the element shows reads exactly as written.
 */
const elements = await defineElements();
stubLeave();
const w = window as unknown as { __xss?: number };

const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'math',
  'use',
  'animate',
  'set',
  'foreignobject',
  'template',
  'noscript',
  'style',
]);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'background', 'poster'];

/** A pack with a payload in every free-text field; `round` shifts which payload lands where. */
function hostilePack(round: number): { pack: ContentPack; texts: string[] } {
  const texts: string[] = [];
  const pack = fillText((index) => {
    const text = `«${round}.${index}»${PAYLOADS[(index + round * 23) % PAYLOADS.length]}`;
    texts[index] = text;
    return text;
  });
  return { pack, texts };
}

/** Everything a payload could have achieved, checked in one shadow-root walk. */
function inspect(el: Element, where: string): void {
  expect(w.__xss, `a payload ran (${where})`).to.equal(undefined);
  for (const node of deepElements(el.shadowRoot!)) {
    expect(FORBIDDEN_TAGS.has(node.localName), `<${node.localName}> in the DOM (${where})`).to.equal(false);
    for (const attr of node.attributes) {
      expect(attr.name.startsWith('on'), `${attr.name} attribute on <${node.localName}> (${where})`).to.equal(false);
      if (!URL_ATTRIBUTES.includes(attr.name)) continue;
      expect(attr.name, `${attr.name}="${attr.value}" on <${node.localName}> (${where})`).to.equal('href');
      const value = attr.value;
      if (value.startsWith('#')) continue;
      const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1]?.toLowerCase();
      expect(ALLOWED_SCHEMES, `href="${value}" (${where})`).to.include(scheme);
      expect(ALLOWED_SCHEMES, `resolved href ${(node as HTMLAnchorElement).href} (${where})`).to.include(
        new URL(value, location.href).protocol,
      );
    }
  }
}

/** Watches every shadow root under `el` for added script-capable nodes or on* attributes. */
function observeInsertions(): { observe(el: Element): void; added: string[]; stop(): void } {
  const added: string[] = [];
  const seen = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.attributeName?.startsWith('on'))
        added.push(`@${record.attributeName}`);
      for (const node of record.addedNodes) {
        if (node instanceof Element && FORBIDDEN_TAGS.has(node.localName)) added.push(`<${node.localName}>`);
      }
    }
  });
  return {
    added,
    observe(el) {
      for (const node of [el, ...deepElements(el.shadowRoot!)]) {
        const root = node.shadowRoot;
        if (root && !seen.has(root)) {
          seen.add(root);
          observer.observe(root, { childList: true, subtree: true, attributes: true });
        }
      }
    },
    stop: () => observer.disconnect(),
  };
}

describe('hardening: hostile content (XSS payloads in every text field)', function () {
  this.timeout(60_000);
  afterEach(() => {
    unmountAll();
    resetContentCache();
    delete w.__xss;
  });

  it(`has a corpus of ${PAYLOADS.length} payloads, and the canary works`, () => {
    expect(PAYLOADS.length).to.be.at.least(50);
    // The canary is real: a payload that does run is caught.
    const probe = document.createElement('img');
    probe.setAttribute('onerror', 'window.__xss=1');
    probe.src = 'data:image/png;base64,AAAA';
    return new Promise<void>((resolve) => setTimeout(resolve, 100)).then(() => {
      expect(w.__xss).to.equal(1);
    });
  });

  it('hostile packs are schema-valid (the payloads reach the elements)', () => {
    for (const round of [0, 1]) expect(parseContentPack(hostilePack(round).pack).problems).to.deep.equal([]);
  });

  for (const spec of elements) {
    it(`<${spec.tag}>: in every state nothing runs, links stay safe, payloads read as text`, async () => {
      const page = watchPage({ quietWarnings: true });
      const insertions = observeInsertions();
      try {
        for (const round of [0, 1]) {
          const { pack, texts } = hostilePack(round);
          unmountAll();
          const el = await mount(spec, pack);
          expect(el.shadowRoot!.querySelector('[part~="error"]'), 'the hostile pack renders').to.equal(null);
          let shown = '';
          const states: string[] = [];
          await spec.drive(el, pack, async (state) => {
            states.push(state);
            insertions.observe(el);
            inspect(el, `${spec.tag}, round ${round}, ${state}`);
            shown += deepText(el);
          });
          await new Promise((resolve) => setTimeout(resolve, 50));
          inspect(el, `${spec.tag}, round ${round}, after all states`);
          // Every field the element shows reads exactly as written…
          let fields = 0;
          texts.forEach((text, index) => {
            if (!shown.includes(`«${round}.${index}»`)) return;
            fields += 1;
            const at = shown.indexOf(`«${round}.${index}»`);
            expect(
              shown,
              `field ${index} (${textPaths[index]!.join('.')}) as text: ${JSON.stringify(shown.slice(at, at + 120))}`,
            ).to.contain(text);
          });
          // …and the fields this element is for were all reached.
          for (const text of spec.shows(pack)) {
            const path = textPaths[texts.indexOf(text)]?.join('.');
            expect(shown.includes(text), `<${spec.tag}> shows ${path}: ${text}`).to.equal(true);
          }
          expect(fields, `fields shown in ${states.join(', ')}`).to.be.greaterThan(3);
        }
        expect(insertions.added).to.deep.equal([]);
        page.expectClean();
      } finally {
        insertions.stop();
        page.stop();
      }
    });
  }

  it(`refuses every payload in every URL field (${urlPaths.length} fields), with the path of the field`, () => {
    for (const payload of PAYLOADS) {
      for (const path of urlPaths) {
        const pack = clonePack();
        setAt(pack, path, payload);
        const result = parseContentPack(pack);
        expect(result.ok, `${payload} in ${path.join('.')}`).to.equal(false);
        expect(result.problems.map((p) => p.path)).to.include(formatPath(path));
      }
    }
  });

  for (const spec of elements) {
    it(`<${spec.tag}> shows its error panel, not the link, for a payload in a URL field`, async () => {
      const page = watchPage({ quietWarnings: true });
      try {
        const el = await mount(spec, clonePack());
        for (const payload of PAYLOADS.filter((_, i) => i % 6 === 0)) {
          const pack = clonePack();
          for (const path of urlPaths) setAt(pack, path, payload);
          await reload(el, pack);
          expect(el.shadowRoot!.querySelector('[part~="error"]'), payload).to.not.equal(null);
          inspect(el, `${spec.tag} with ${payload} in URL fields`);
        }
        page.expectClean();
      } finally {
        page.stop();
      }
    });
  }

  it("the banner's quick exit never leaves for anything but an https: URL, whatever quick-exit holds", async () => {
    const banner = elements.find((spec) => spec.tag === 'trust-hotline-banner') as ElementSpec;
    const el = await mount(banner);
    const warn = console.warn;
    console.warn = () => {}; // each unusable value warns once; that is not under test here
    try {
      for (const payload of PAYLOADS) {
        el.setAttribute('quick-exit', payload);
        await el.updateComplete;
        const href = el.shadowRoot!.querySelector('a[part~="quick-exit"]')?.getAttribute('href') ?? '';
        expect(new URL(href).protocol, payload).to.equal('https:');
        inspect(el, `quick-exit="${payload}"`);
      }
    } finally {
      console.warn = warn;
    }
  });
});
