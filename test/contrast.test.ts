import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import type { ContentPack } from '../src/schema/index.js';
import type { TrustElement } from '../src/internal/trust-element.js';
import { linkPreset, ratio, rgb, settled, type Rgb } from './helpers.js';

const builtIn = pack as ContentPack;

/**
 * WCAG 1.4.11 (non-text contrast): the border that shows where a control is (the quiz options, the
 * note textarea, the region picker) has 3:1 against the control's own fill and against what it
 * sits on, and WCAG 1.4.3: text has 4.5:1 against what is behind it. Measured from the computed
 * styles in both colour schemes, for the built-in look and for each preset in src/themes/.
 */

/** The first opaque background at or above `el`, across shadow roots. */
function backdrop(el: Element | null): Rgb {
  for (let node = el; node;) {
    const color = rgb(getComputedStyle(node).backgroundColor);
    if (color.alpha! > 0) return color;
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);
  }
  return [255, 255, 255];
}

async function controls(theme: string | undefined): Promise<Record<string, HTMLElement>> {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <trust-quiz theme=${theme ?? ''}></trust-quiz>
      <trust-coping-steps theme=${theme ?? ''} step="find-roots"></trust-coping-steps>
      <trust-hotline-banner theme=${theme ?? ''}></trust-hotline-banner>
    </div>`,
  );
  const [quiz, steps, banner] = [...page.children] as TrustElement[];
  await Promise.all([quiz, steps, banner].map((el) => settled(el!)));
  quiz!.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!.click();
  await quiz!.updateComplete;
  const find = (el: Element, selector: string) => {
    const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
    expect(found, selector).to.not.equal(null);
    return found!;
  };
  return {
    'quiz option': find(quiz!, '.option'),
    'note textarea': find(steps!, 'textarea'),
    'region select': find(banner!, 'select'),
  };
}

function expectBorders(found: Record<string, HTMLElement>, mode: string): void {
  for (const [name, control] of Object.entries(found)) {
    const border = rgb(getComputedStyle(control).borderTopColor);
    const inside = ratio(border, backdrop(control));
    const outside = ratio(border, backdrop(control.parentElement));
    expect(inside, `${mode}: ${name} border against its fill`).to.be.at.least(3);
    expect(outside, `${mode}: ${name} border against what it sits on`).to.be.at.least(3);
  }
}

/**
 * Text (WCAG 1.4.3): every piece of visible text in the fixture, against the first opaque
 * background behind it. Disabled buttons are exempt (WCAG's inactive components).
 */
function expectText(found: Record<string, HTMLElement>, mode: string): void {
  const roots = new Set(Object.values(found).map((control) => control.getRootNode() as ShadowRoot));
  const low: string[] = [];
  let read = 0;
  const walk = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || !el.getClientRects().length || el.closest('button:disabled') || el.closest('.visually-hidden'))
        continue;
      const value = ratio(rgb(getComputedStyle(el).color), backdrop(el));
      read++;
      if (value < 4.5) low.push(`<${el.localName}.${el.className}> ${value.toFixed(2)}`);
    }
  };
  roots.forEach(walk);
  expect(read, `${mode}: text read`).to.be.greaterThan(20);
  expect(low.join('; '), `${mode}: text under 4.5:1`).to.equal('');
}

/** Border against both surfaces, whichever one a publisher's layout puts a control on. */
function expectBothSurfaces(found: Record<string, HTMLElement>, mode: string): void {
  const quiz = found['quiz option']!;
  const border = rgb(getComputedStyle(quiz).borderTopColor);
  const base = (quiz.getRootNode() as ShadowRoot).querySelector('.base')!;
  const probe = document.createElement('div');
  // A preset's token is `light-dark(…)`: the probe resolves it in the element's colour scheme.
  probe.style.colorScheme = getComputedStyle(base).colorScheme;
  document.body.append(probe);
  for (const token of ['--_surface', '--_surface-alt']) {
    probe.style.backgroundColor = getComputedStyle(base).getPropertyValue(token).trim();
    const surface = rgb(getComputedStyle(probe).backgroundColor);
    expect(ratio(border, surface), `${mode}: border on ${token}`).to.be.at.least(3);
  }
  probe.remove();
}

/** The built-in look and each preset, in light, theme="dark" and on a dark system. */
for (const preset of [undefined, 'calm', 'warm', 'high-contrast']) {
  describe(`${preset ?? 'built-in'} theme: borders 3:1 (WCAG 1.4.11), text 4.5:1 (WCAG 1.4.3)`, () => {
    let unlink: (() => void) | undefined;
    beforeEach(async () => {
      if (preset) unlink = await linkPreset(preset);
    });
    afterEach(async () => {
      unlink?.();
      await emulateMedia({ colorScheme: 'light' });
    });

    for (const [mode, theme, scheme] of [
      ['light', 'light', 'light'],
      ['theme="dark"', 'dark', 'light'],
      ['prefers-color-scheme: dark', undefined, 'dark'],
    ] as const) {
      it(mode, async () => {
        await emulateMedia({ colorScheme: scheme });
        const found = await controls(theme);
        expectBorders(found, mode);
        expectBothSurfaces(found, mode);
        expectText(found, mode);
      });
    }
  });
}

describe('prefers-contrast: more', () => {
  afterEach(() => executeServerCommand('emulate-media-features', { features: [] }));

  for (const theme of ['light', 'dark'] as const) {
    it(`gives black-or-white borders and text, and a thicker focus ring (${theme})`, async () => {
      await executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-contrast', value: 'more' }] });
      const found = await controls(theme);
      const ink: Rgb = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
      for (const [name, control] of Object.entries(found)) {
        expect([...rgb(getComputedStyle(control).borderTopColor)], `${name} border`).to.deep.equal(ink);
      }
      const base = (found['quiz option']!.getRootNode() as ShadowRoot).querySelector('.base')!;
      expect([...rgb(getComputedStyle(base).color)], 'text').to.deep.equal(ink);
      expect(getComputedStyle(base).getPropertyValue('--_focus-ring').trim()).to.match(/^4px solid/);
    });
  }

  it("keeps a publisher's own tokens", async () => {
    await executeServerCommand('emulate-media-features', { features: [{ name: 'prefers-contrast', value: 'more' }] });
    document.documentElement.style.setProperty('--trust-color-border', 'rgb(10, 20, 30)');
    try {
      const found = await controls('light');
      expect(getComputedStyle(found['quiz option']!).borderTopColor).to.equal('rgb(10, 20, 30)');
    } finally {
      document.documentElement.style.removeProperty('--trust-color-border');
    }
  });
});

/**
 * The colour a `progress` pseudo-element (`::-webkit-progress-bar`, the track, or
 * `::-webkit-progress-value`, the fill) is painted with. getComputedStyle cannot read these
 * pseudo-elements, so this follows the cascade the element's own styles give them: the last
 * matching rule's background, resolved with the bar's tokens, and, in forced colours, Canvas instead
 * unless the bar says `forced-color-adjust: none` (which its pseudo-elements inherit).
 */
function progressPaint(bar: HTMLProgressElement, pseudo: '::-webkit-progress-bar' | '::-webkit-progress-value'): Rgb {
  const root = bar.getRootNode() as ShadowRoot;
  const rules = (list: CSSRuleList): CSSStyleRule[] =>
    [...list].flatMap((rule) =>
      rule instanceof CSSMediaRule
        ? matchMedia(rule.conditionText).matches
          ? rules(rule.cssRules)
          : []
        : rule instanceof CSSStyleRule && rule.selectorText === `progress${pseudo}`
          ? [rule]
          : [],
    );
  const style = root.adoptedStyleSheets.flatMap((sheet) => rules(sheet.cssRules)).at(-1)?.style;
  // `background: var(…)` leaves the longhands empty in the CSSOM: read the shorthand then.
  const declared = style?.backgroundColor || style?.background;
  expect(declared, `a rule sets progress${pseudo}`).to.be.a('string').and.not.equal('');
  const forced = matchMedia('(forced-colors: active)').matches && getComputedStyle(bar).forcedColorAdjust !== 'none';
  const probe = document.createElement('span');
  probe.style.cssText = `forced-color-adjust: none; background: ${forced ? 'Canvas' : declared}`;
  // The pseudo-elements inherit the bar's tokens: give them to the probe beside it.
  for (const token of declared!.match(/--[\w-]+/g) ?? [])
    probe.style.setProperty(token, getComputedStyle(bar).getPropertyValue(token));
  bar.after(probe);
  const paint = rgb(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return paint;
}

describe("the coping steps' progress fill stays visible (WCAG 1.4.11)", () => {
  afterEach(() => executeServerCommand('emulate-media-features', { features: [] }));

  for (const forcedColors of [false, true]) {
    it(forcedColors ? 'in forced colours' : 'in the built-in look', async () => {
      if (forcedColors) {
        await executeServerCommand('emulate-media-features', {
          features: [{ name: 'forced-colors', value: 'active' }],
        });
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      }
      const steps = await fixture<TrustElement>(html`<trust-coping-steps></trust-coping-steps>`);
      await settled(steps);
      steps.shadowRoot!.querySelector<HTMLButtonElement>('[part~="done-toggle"]')!.click();
      await steps.updateComplete;
      const bar = steps.shadowRoot!.querySelector('progress')!;
      expect(bar.value, 'one step done').to.equal(1);
      const fill = progressPaint(bar, '::-webkit-progress-value');
      const track = progressPaint(bar, '::-webkit-progress-bar');
      expect(ratio(fill, track), `fill ${fill.join()} against track ${track.join()}`).to.be.at.least(3);
    });
  }
});

/**
 * A heading that script focuses (focusHeading(): the next step, a jump, a new quiz screen) shows
 * it, whether or not the browser deems the focus "visible": an outline 3:1 against what it is
 * drawn on (WCAG 2.4.7, 1.4.11), and it still keeps clear of a sticky header (scroll-margin).
 */
function expectFocusShown(heading: HTMLElement, mode: string): void {
  expect(heading.matches(':focus'), `${mode}: focused`).to.equal(true);
  const style = getComputedStyle(heading);
  expect(style.outlineStyle, `${mode}: outline style`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `${mode}: outline width`).to.be.at.least(2);
  const against = ratio(rgb(style.outlineColor), backdrop(heading));
  expect(against, `${mode}: outline ${style.outlineColor} against its backdrop`).to.be.at.least(3);
  expect(parseFloat(style.scrollMarginBlockStart), `${mode}: scroll margin`).to.be.greaterThan(0);
}

describe('a heading focused by script shows it (WCAG 2.4.7)', () => {
  afterEach(() => executeServerCommand('emulate-media-features', { features: [] }));

  for (const [mode, theme, forcedColors] of [
    ['light', 'light', false],
    ['theme="dark"', 'dark', false],
    ['forced colours', 'light', true],
  ] as const) {
    it(mode, async () => {
      if (forcedColors) {
        await executeServerCommand('emulate-media-features', {
          features: [{ name: 'forced-colors', value: 'active' }],
        });
      }
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <trust-coping-steps theme=${theme}></trust-coping-steps>
          <trust-quiz theme=${theme}></trust-quiz>
        </div>`,
      );
      const [steps, quiz] = [...page.children] as TrustElement[];
      await Promise.all([settled(steps!), settled(quiz!)]);

      // A real click on Next: the pointer moved focus, so :focus-visible would not match the heading.
      const next = steps!.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!;
      next.scrollIntoView({ block: 'center' });
      const box = next.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      const heading = () => steps!.shadowRoot!.querySelector<HTMLElement>('#step-heading')!;
      await waitUntil(() => steps!.shadowRoot!.activeElement === heading(), 'the step heading takes focus');
      expect(heading().matches(':focus-visible'), 'focus came from the pointer').to.equal(false);
      expectFocusShown(heading(), `${mode}: step heading`);

      await quiz!.focusHeading();
      expectFocusShown(quiz!.shadowRoot!.querySelector<HTMLElement>('.view-heading')!, `${mode}: quiz title`);

      // The question "Take it again" asks inside the quiz takes focus from script too.
      const answers = Object.fromEntries(builtIn.quizzes![0]!.questions.map((q) => [q.id, 0]));
      Object.assign(quiz!, { progress: { screen: 'result', index: 11, answers } });
      quiz!.requestUpdate();
      await quiz!.updateComplete;
      quiz!.shadowRoot!.querySelector<HTMLElement>('button.retake')!.click();
      const offer = () => quiz!.shadowRoot!.querySelector<HTMLElement>('.resume');
      await waitUntil(() => quiz!.shadowRoot!.activeElement === offer(), 'the question takes focus');
      expectFocusShown(offer()!, `${mode}: the retake question`);
    });
  }
});
