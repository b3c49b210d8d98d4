import { expect } from '@open-wc/testing';
import { resetContentCache } from '../../src/internal/content.js';
import type { TrustElement } from '../../src/internal/trust-element.js';
import { WCAG_TAGS, emulateMediaFeatures, wcagRules, wcagViolations, type MediaFeature } from './a11y.js';
import { defineElements, builtIn, idle, mount, reload, stubLeave, unmountAll, type ElementSpec } from './elements.js';

/**
 * Accessibility in every state: axe-core with the WCAG 2.2 AA tags (wcag2a, wcag2aa, wcag21a,
 * wcag21aa, wcag22aa) on every element in every state its driver reaches (./elements.ts: the
 * banner's region picked and quick-exit cover; the quiz's questions answered, safety escalation and
 * result; the checklist ticked with feedback and explanations open; each cause of the explorer,
 * safety-flagged ones included; every step of every track of the coping steps, the last with its
 * hotlines) and in its error panel, in four schemes: light, `theme="dark"`, dark from the
 * reader's `prefers-color-scheme`, and forced colours (Windows High Contrast).
 */
const elements = await defineElements();
stubLeave();

interface Scheme {
  name: string;
  media: MediaFeature[];
  attributes: Record<string, string>;
  /** Checks that the scheme is really in effect, so a pass means something. */
  check(el: TrustElement): void;
}

const background = (el: TrustElement) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(22, 27, 34)';

const SCHEMES: Scheme[] = [
  {
    name: 'light',
    media: [{ name: 'prefers-color-scheme', value: 'light' }],
    attributes: {},
    check: (el) => expect(background(el), 'light surface').to.equal(LIGHT_SURFACE),
  },
  {
    name: 'dark (theme="dark")',
    media: [{ name: 'prefers-color-scheme', value: 'light' }],
    attributes: { theme: 'dark' },
    check: (el) => expect(background(el), 'dark surface').to.equal(DARK_SURFACE),
  },
  {
    name: 'dark (prefers-color-scheme)',
    media: [{ name: 'prefers-color-scheme', value: 'dark' }],
    attributes: {},
    check: (el) => expect(background(el), 'dark surface').to.equal(DARK_SURFACE),
  },
  {
    name: 'forced colours',
    media: [{ name: 'forced-colors', value: 'active' }],
    attributes: {},
    check: () => expect(matchMedia('(forced-colors: active)').matches, 'forced colours active').to.equal(true),
  },
];

/** Drives `el` through its states and its error panel; returns every violation, by state. */
async function audit(
  spec: ElementSpec,
  el: TrustElement,
  scheme: Scheme,
): Promise<{ states: string[]; found: string[] }> {
  const states: string[] = [];
  const found: string[] = [];
  const visit = async (state: string) => {
    states.push(state);
    for (const violation of await wcagViolations(el)) found.push(`${spec.tag}, ${scheme.name}, ${state}: ${violation}`);
  };
  scheme.check(el);
  await spec.drive(el, builtIn, visit);
  await reload(el, { meta: 'broken' });
  expect(el.shadowRoot!.querySelector('[part~="error"]'), 'error panel').to.not.equal(null);
  await visit('error panel');
  return { states, found };
}

describe('hardening: accessibility in every state (axe, WCAG 2.2 AA)', function () {
  this.timeout(120_000);
  afterEach(() => {
    unmountAll();
    resetContentCache();
  });
  after(() => emulateMediaFeatures([]));

  it('runs the WCAG 2.2 AA rules, and they catch a violation inside a shadow root', async () => {
    const rules = wcagRules();
    // A rule from each tag is really selected (target-size is WCAG 2.2 AA and off by default).
    for (const rule of ['color-contrast', 'button-name', 'aria-allowed-attr', 'autocomplete-valid', 'target-size'])
      expect(rules, `rule ${rule}`).to.include(rule);
    expect(WCAG_TAGS).to.deep.equal(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
    const host = document.createElement('div');
    host.className = 'hardening-host';
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).append(document.createElement('button'));
    expect((await wcagViolations(host)).join('\n')).to.contain('button-name');
  });

  for (const scheme of SCHEMES) {
    describe(scheme.name, () => {
      before(() => emulateMediaFeatures(scheme.media));

      for (const spec of elements) {
        it(`<${spec.tag}>: no violation in any state`, async () => {
          const el = await mount(spec, undefined, scheme.attributes);
          const { states, found } = await audit(spec, el, scheme);
          expect(states.length, `states: ${states.join(', ')}`).to.be.greaterThan(2);
          expect(found, found.join('\n')).to.deep.equal([]);
        });
      }
    });
  }

  describe('a narrow container', () => {
    before(() => emulateMediaFeatures(SCHEMES[0]!.media));

    // The explorer is a tab list when wide, a stack of disclosures when narrow: both are audited.
    for (const spec of elements.filter((candidate) => candidate.tag === 'trust-causes-explorer')) {
      it(`<${spec.tag}> as disclosures: no violation in any state`, async () => {
        const el = await mount(spec);
        el.parentElement!.style.inlineSize = '20rem';
        await idle(el);
        const stack = el.shadowRoot!.querySelector('[part~="stack"]')!;
        expect(stack.getClientRects().length, 'the disclosures are shown').to.be.greaterThan(0);
        const { found } = await audit(spec, el, SCHEMES[0]!);
        expect(found, found.join('\n')).to.deep.equal([]);
      });
    }
  });
});
