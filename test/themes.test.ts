import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { linkPreset, render, settled } from './helpers.js';
import type { TrustElement } from '../src/internal/trust-element.js';

/**
 * The theme presets in src/themes/ (shipped as dist/themes/*.css), loaded into the page the way a
 * publisher links them: each restyles the elements through tokens alone, in light and dark, and
 * keeps every text colour readable (axe colour contrast).
 */

const presets = ['calm', 'warm', 'high-contrast'] as const;
/** The other elements src/index.ts registers (each is added there by its author when it lands). */
const otherTags = ['trust-quiz', 'trust-signs-checklist', 'trust-causes-explorer', 'trust-coping-steps'].filter((tag) =>
  customElements.get(tag),
);

interface Palette {
  surface: string;
  text: string;
  alert: string;
}

/** `#1f5a8a` → `rgb(31, 90, 138)`, as getComputedStyle reports colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The token values a rule block sets, e.g. the light `:root` block of a preset. */
function tokensIn(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--trust-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!]));
}

function palette(tokens: Record<string, string>): Palette {
  return {
    surface: rgb(tokens['--trust-color-surface']!),
    text: rgb(tokens['--trust-color-text']!),
    alert: rgb(tokens['--trust-color-alert']!),
  };
}

async function readPreset(name: string): Promise<{ css: string; light: Palette; dark: Palette }> {
  const response = await fetch(`/src/themes/${name}.css`);
  expect(response.ok, `src/themes/${name}.css exists`).to.equal(true);
  const css = await response.text();
  // Each colour is `light-dark(light, dark)`, written once.
  const tokens = tokensIn(css.slice(css.indexOf(':root'), css.indexOf('}')));
  const side = (index: 0 | 1) =>
    Object.fromEntries(
      Object.entries(tokens).map(([name, value]) => [
        name,
        value.match(/^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/)?.[index + 1] ?? value,
      ]),
    );
  return { css, light: palette(side(0)), dark: palette(side(1)) };
}

/** What a reader sees: the colours of the base box and of the emergency number. */
function seen(el: TrustElement): Palette {
  const base = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
  const emergency = el.shadowRoot!.querySelector('.emergency');
  return {
    surface: base.backgroundColor,
    text: base.color,
    alert: emergency ? getComputedStyle(emergency).color : '',
  };
}

const banner = (theme?: 'light' | 'dark') =>
  render<TrustElement>(
    html`<trust-hotline-banner
      region="GB"
      quick-exit="https://www.bbc.co.uk/weather"
      theme=${theme ?? nothing}
    ></trust-hotline-banner>`,
  );

describe('theme presets', () => {
  let unlink: (() => void) | undefined;
  afterEach(async () => {
    unlink?.();
    unlink = undefined;
    await emulateMedia({ colorScheme: 'light' });
  });

  it('sets only tokens that custom-elements.json documents', async () => {
    const manifest = (await fetch('/custom-elements.json').then((r) => r.json())) as {
      modules: { declarations?: { cssProperties?: { name: string }[] }[] }[];
    };
    const documented = new Set(
      manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
    );
    for (const name of presets) {
      const { css } = await readPreset(name);
      const set = [...css.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]!);
      expect(set.length, `${name} sets tokens`).to.be.greaterThan(10);
      expect(
        set.filter((token) => !documented.has(token)),
        `${name}: undocumented tokens`,
      ).to.deep.equal([]);
    }
  });

  for (const name of presets) {
    describe(name, () => {
      it('recolours the banner with its light palette', async () => {
        const { light } = await readPreset(name);
        const before = seen(await banner());
        unlink = await linkPreset(name);
        const after = seen(await banner());
        expect(after).to.deep.equal(light);
        expect(after, 'differs from the built-in look').not.to.deep.equal(before);
      });

      it('uses its dark palette on theme="dark" and on a dark system, and light on theme="light"', async () => {
        const { light, dark } = await readPreset(name);
        unlink = await linkPreset(name);
        expect(seen(await banner('dark')), 'theme="dark"').to.deep.equal(dark);
        await emulateMedia({ colorScheme: 'dark' });
        expect(seen(await banner()), 'dark system').to.deep.equal(dark);
        expect(seen(await banner('light')), 'theme="light" on a dark system').to.deep.equal(light);
      });

      it('passes axe (colour contrast included) on the banner, light and dark', async () => {
        unlink = await linkPreset(name);
        await expect(await banner()).to.be.accessible();
        await expect(await banner('dark')).to.be.accessible();
        const compact = await render<TrustElement>(
          html`<trust-hotline-banner region="US" variant="compact" theme="dark"></trust-hotline-banner>`,
        );
        await expect(compact).to.be.accessible();
      });

      for (const tag of otherTags) {
        it(`recolours <${tag}> and passes axe, light and dark`, async () => {
          const { light, dark } = await readPreset(name);
          unlink = await linkPreset(name);
          for (const [theme, expected] of [
            ['light', light],
            ['dark', dark],
          ] as const) {
            const holder = await fixture<HTMLDivElement>(html`<div></div>`);
            const el = document.createElement(tag) as TrustElement;
            el.setAttribute('theme', theme);
            holder.append(el);
            await settled(el);
            const { surface, text } = seen(el);
            expect({ surface, text }, `${tag} ${theme}`).to.deep.equal({
              surface: expected.surface,
              text: expected.text,
            });
            await expect(el).to.be.accessible();
          }
        });
      }
    });
  }
});
