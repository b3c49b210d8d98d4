import { expect } from '@open-wc/testing';
import { resetContentCache } from '../../src/internal/content.js';
import type { TrustElement } from '../../src/internal/trust-element.js';
import { QUICK_EXIT, defineElements, builtIn, deepElements, idle, stubLeave, unmountAll, waitFor } from './elements.js';
import { watchPage } from './watch.js';
import { PINNED_HOTLINES } from '../fixtures/hotlines.js';

/**
 * Safety under failure: however the publisher's pack fails (server error, no network, not JSON,
 * too large, invalid, timed out, a broken inline script or property), the banner says the content
 * failed and still shows the built-in hotlines for the reader's region, and the quiz, the causes
 * explorer and the coping steps, which cannot run without their content, show their error panel
 * with those hotlines: a reader in distress never
 * meets a dead end. The emergency number and the crisis line of each region come from the pinned
 * hotline table; everything else is read from the built-in pack.
 */
await defineElements();
stubLeave();

/**
 * Numbers a reader in each region must always be able to reach: emergency, and the first crisis
 * line with a phone number, from the one pinned hotline table (../fixtures/hotlines.ts).
 */
const PINNED: Record<string, { emergency: string; crisis: string }> = Object.fromEntries(
  Object.entries(PINNED_HOTLINES).map(([code, region]) => [
    code,
    {
      emergency: `tel:${region.emergency}`,
      crisis: `tel:${region.lines.find((line) => line.topics.includes('crisis') && line.phone)!.phone!}`,
    },
  ]),
);

interface Failure {
  name: string;
  /** Sets the failing content on a not yet connected element. */
  apply(el: TrustElement, unique: string): void;
}

const FAILURES: Failure[] = [
  { name: 'HTTP 500', apply: (el, unique) => el.setAttribute('src', `/__test/status/500?${unique}`) },
  { name: 'no network', apply: (el, unique) => el.setAttribute('src', `http://127.0.0.1:9/pack.json?${unique}`) },
  { name: 'not JSON', apply: (el, unique) => el.setAttribute('src', `/__test/not-json?${unique}`) },
  { name: 'too large', apply: (el, unique) => el.setAttribute('src', `/__test/huge?${unique}`) },
  { name: 'an invalid pack', apply: (el, unique) => el.setAttribute('src', `/__test/invalid?${unique}`) },
  {
    name: 'a timeout',
    apply: (el, unique) => {
      el.setAttribute('src', `/__test/slow?${unique}`);
      el.setAttribute('fetch-timeout', '300');
    },
  },
  {
    name: 'inline JSON that does not parse',
    apply: (el) =>
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', text: '{oops' })),
  },
  { name: 'an invalid content property', apply: (el) => (el.content = { meta: 'broken' }) },
];

const REGIONS = Object.keys(PINNED);

/** Links (href) in `el` and in every widget nested in it. */
const hrefs = (el: Element) =>
  deepElements(el.shadowRoot!)
    .filter((node) => node.localName === 'a' && node.checkVisibility())
    .map((node) => node.getAttribute('href'));

const text = (el: Element) =>
  deepElements(el.shadowRoot!)
    .filter((node) => node.shadowRoot === null)
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');

async function mountFailing(tag: string, failure: Failure, region: string, extra: Record<string, string> = {}) {
  const el = document.createElement(tag) as TrustElement;
  for (const [name, value] of Object.entries({ region, ...extra })) el.setAttribute(name, value);
  failure.apply(el, `${tag}-${Math.random().toString(36).slice(2)}`);
  const host = document.createElement('div');
  host.className = 'hardening-host';
  host.append(el);
  document.body.append(host);
  await waitFor(() => el.shadowRoot?.querySelector('[part~="error"]'), `<${tag}> never showed its error`, 8000);
  await idle(el);
  return el;
}

/** Every built-in hotline of `region` the element offers (compact: call and text links only). */
function expectBuiltInHotlines(el: Element, region: string, compact: boolean): void {
  const lines = builtIn.hotlines.regions[region]!.lines;
  const links = hrefs(el);
  const shown = text(el);
  expect(links, `${region}: pinned emergency number`).to.include(PINNED[region]!.emergency);
  expect(links, `${region}: pinned crisis line`).to.include(PINNED[region]!.crisis);
  expect(links, `${region}: emergency number from the built-in pack`).to.include(
    `tel:${builtIn.hotlines.regions[region]!.emergency.dial}`,
  );
  for (const line of lines) {
    expect(shown, `${region}: ${line.name}`).to.contain(line.name.replace(/\s+/g, ' '));
    if (line.phone) expect(links, `${region}: ${line.name} phone`).to.include(`tel:${line.phone.dial}`);
    if (line.sms)
      expect(
        links.some((href) => href?.startsWith(`sms:${line.sms!.dial}`)),
        `${line.name} text`,
      ).to.equal(true);
    if (!compact && line.chat) expect(links, `${region}: ${line.name} chat`).to.include(line.chat);
  }
}

describe('hardening: safety under failure', function () {
  this.timeout(60_000);
  afterEach(() => {
    unmountAll();
    resetContentCache();
  });

  it('pins an emergency number and a crisis line for every built-in region', () => {
    expect(Object.keys(builtIn.hotlines.regions).sort()).to.deep.equal([...REGIONS].sort());
  });

  FAILURES.forEach((failure, index) => {
    const region = REGIONS[index % REGIONS.length]!;

    it(`banner, ${failure.name}: says the content failed and shows the built-in ${region} hotlines`, async () => {
      const page = watchPage({ quietWarnings: true });
      try {
        const el = await mountFailing('trust-hotline-banner', failure, region, { 'quick-exit': QUICK_EXIT });
        const notice = el.shadowRoot!.querySelector('[part~="error"]')!;
        expect(notice.getAttribute('role'), 'the failure is announced').to.equal('alert');
        expect(notice.textContent!.trim()).to.equal(builtIn.ui.banner.contentFailed);
        expectBuiltInHotlines(el, region, false);
        // The way out still works too.
        expect(el.shadowRoot!.querySelector('[part~="quick-exit"]')?.getAttribute('href')).to.equal(QUICK_EXIT);
        page.expectClean();
      } finally {
        page.stop();
      }
    });

    for (const tag of ['trust-quiz', 'trust-causes-explorer', 'trust-coping-steps'] as const) {
      it(`${tag.slice(6)}, ${failure.name}: its error panel offers the built-in ${region} hotlines`, async () => {
        const page = watchPage({ quietWarnings: true });
        try {
          const el = await mountFailing(tag, failure, region);
          const panel = el.shadowRoot!.querySelector('[part~="error"]')!;
          expect(panel.getAttribute('role'), 'the failure is announced').to.equal('alert');
          expect(panel.querySelectorAll('li').length, 'what went wrong').to.be.greaterThan(0);
          expect(text(el)).to.contain(builtIn.ui.common.fallbackHotlines);
          const banner = el.shadowRoot!.querySelector('trust-hotline-banner');
          expect(banner, 'the hotlines banner').to.not.equal(null);
          expect(banner!.shadowRoot!.querySelector('[part~="error"]'), 'the hotlines render').to.equal(null);
          expectBuiltInHotlines(el, region, true);
          page.expectClean();
        } finally {
          page.stop();
        }
      });
    }
  });
});
