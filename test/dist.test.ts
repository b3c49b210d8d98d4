import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TrustElement } from '../src/internal/trust-element.js';
import { ELEMENTS, QUICK_EXIT, builtIn, deepText, idle, waitFor } from './hardening/elements.js';

/**
 * Double loading: the built bundle as publishers load it, twice on one page. Three pages: the same
 * bundle included twice (once more under another URL, as a CDN link and a local copy would be),
 * two copies of the build at different places (/dist/ and /dist-copy/, which test/server/routes.mjs
 * serves from dist/), and the two builds mixed (the all-in-one file and the per-element define
 * modules of the copy). On each: no exception, exactly one warning, and every instance of all five
 * elements renders (two each, plus one added after the scripts ran); one of each is driven through
 * its states. Needs `npm run build` first (npm test does it).
 */
type PageWindow = Window & { __warnings: string[]; __errors: string[] };

const ATTRIBUTES: Record<string, string> = { 'trust-hotline-banner': `region="GB" quick-exit="${QUICK_EXIT}"` };

const PAGES: { name: string; scripts: string[] }[] = [
  {
    name: 'the same bundle included twice, and again under another URL',
    scripts: ['/dist/trust-widgets.js', '/dist/trust-widgets.js', '/dist/trust-widgets.js?v=2'],
  },
  {
    name: 'two copies of the build (dist/ and /dist-copy/)',
    scripts: ['/dist/trust-widgets.js', '/dist-copy/trust-widgets.js'],
  },
  {
    name: 'the all-in-one build and the per-element build',
    scripts: [
      '/dist/trust-widgets.js',
      ...ELEMENTS.map((spec) => `/dist-copy/define/${spec.define.split('/').pop()!.replace(/\.ts$/, '.js')}`),
    ],
  },
];

function page(scripts: string[]): string {
  const instances = ELEMENTS.map((spec) => {
    const attributes = Object.entries(spec.attributes)
      .filter(([name]) => name !== 'quick-exit' && name !== 'region')
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');
    return `<${spec.tag} ${attributes} ${ATTRIBUTES[spec.tag] ?? ''}></${spec.tag}>
      <${spec.tag} ${attributes} region="AU"></${spec.tag}>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loaded twice</title>
    <script>
      window.__warnings = [];
      window.__errors = [];
      const warn = console.warn.bind(console);
      console.warn = (...args) => { window.__warnings.push(args.join(' ')); warn(...args); };
      addEventListener('error', (event) => window.__errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
    </script>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
    </head><body>${instances}</body></html>`;
}

describe('dist/: trust-widgets loaded twice on one page', function () {
  this.timeout(60_000);

  it('is built (dist/, also served as /dist-copy/)', async () => {
    const probe = await fetch('/dist-copy/trust-widgets.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/ must be built first: run `npm test` or `npm run build`').to.equal(true);
  });

  for (const { name, scripts } of PAGES) {
    it(`${name}: no exception, one warning, every instance renders and works`, async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="Sample page" width="900" height="700"></iframe>`,
      );
      const loaded = oneEvent(frame, 'load');
      frame.srcdoc = page(scripts);
      await loaded;
      const win = frame.contentWindow as PageWindow;
      const doc = frame.contentDocument!;
      await waitFor(() => ELEMENTS.every((spec) => win.customElements.get(spec.tag)), 'elements not defined', 8000);
      const Banner = win.customElements.get('trust-hotline-banner') as unknown as { leave: (url: string) => void };
      const left: string[] = [];
      Banner.leave = (url) => left.push(url);
      // One more of each, added after both copies have run.
      for (const spec of ELEMENTS) doc.body.append(doc.createElement(spec.tag));

      for (const spec of ELEMENTS) {
        const instances = [...doc.querySelectorAll<TrustElement>(spec.tag)];
        expect(instances, spec.tag).to.have.length(3);
        for (const el of instances) {
          await idle(el);
          expect(el.shadowRoot!.querySelector('[part~="error"]'), `${spec.tag} error panel`).to.equal(null);
          expect(deepText(el), `${spec.tag} renders its content`).to.contain(spec.shows(builtIn)[0]!);
        }
      }
      const emergency = [...doc.querySelectorAll<TrustElement>('trust-hotline-banner')]
        .slice(0, 2)
        .map((el) => el.shadowRoot!.querySelector('[part~="emergency"] a')!.getAttribute('href'));
      expect(emergency, 'each banner keeps its own region').to.deep.equal(['tel:999', 'tel:000']);
      for (const spec of ELEMENTS) {
        const states: string[] = [];
        await spec.drive(doc.querySelector<TrustElement>(spec.tag)!, builtIn, async (state) => {
          states.push(state);
        });
        expect(states.length, `${spec.tag} states`).to.be.greaterThan(1);
      }
      expect(left, 'quick exit works').to.deep.equal([QUICK_EXIT]);
      expect(win.__errors, 'exceptions').to.deep.equal([]);
      expect(win.__warnings, 'warnings').to.have.length(1);
      expect(win.__warnings[0]).to.contain('already defined');
    });
  }
});
