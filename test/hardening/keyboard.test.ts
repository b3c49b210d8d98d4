import { expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { resetContentCache } from '../../src/internal/content.js';
import { format, formatCount } from '../../src/internal/format.js';
import type { TrustElement } from '../../src/internal/trust-element.js';
import { plainText } from '../../src/internal/rich-text.js';
import { filterCauses } from '../../src/components/causes-explorer/causes-explorer.state.js';
import { composedContains, deepActive } from './a11y.js';
import {
  QUICK_EXIT,
  defineElements,
  builtIn,
  create,
  deepElements,
  idle,
  stubLeave,
  unmountAll,
  waitFor,
} from './elements.js';

/**
 * A keyboard-only walk through an article holding every element (the banner first, with quick exit
 * on, as publishers place it). Only keys are pressed: Tab and Shift+Tab, arrows, Enter, Space and
 * typing; nothing is clicked. Tab reaches every control of every element in order and leaves each
 * one (no trap), focus is always visible, Shift+Tab walks back the same way, every action leaves
 * focus somewhere sensible (never lost to the page), and the live regions say what changed. Words
 * expected on screen are read from the built-in pack, not written here.
 */
const elements = await defineElements();
const left = stubLeave();
const pack = builtIn;

type AxNode = { role: string; name?: string; focused?: boolean; children?: AxNode[] };

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const live = (el: TrustElement) => el.shadowRoot!.querySelector('.base > [role="status"]')!;

/** The article: a button, every element (each after a paragraph), a button. */
async function article(): Promise<{ before: HTMLElement; after: HTMLElement; get(tag: string): TrustElement }> {
  const host = document.createElement('main');
  host.className = 'hardening-host';
  const before = Object.assign(document.createElement('button'), { textContent: 'Before the widgets' });
  const after = Object.assign(document.createElement('button'), { textContent: 'After the widgets' });
  host.append(before);
  const els = new Map<string, TrustElement>();
  for (const spec of elements) {
    const el = create(spec);
    els.set(spec.tag, el);
    host.append(
      Object.assign(document.createElement('p'), { textContent: `Some article text before ${spec.tag}.` }),
      el,
    );
  }
  host.append(after);
  document.body.append(host);
  for (const el of els.values()) await idle(el);
  return { before, after, get: (tag) => els.get(tag)! };
}

/** Every control Tab should stop at inside `el`, nested widgets included, in order. */
function tabbable(el: Element): HTMLElement[] {
  const candidates = deepElements(el.shadowRoot!).filter(
    (node): node is HTMLElement =>
      node instanceof HTMLElement &&
      node.matches('a[href], button, input, select, textarea, summary, [tabindex]') &&
      node.tabIndex >= 0 &&
      !(node as HTMLButtonElement).disabled &&
      node.checkVisibility() &&
      !node.closest('[inert]'),
  );
  // A radio group is one stop: its checked radio, else its first.
  const groups = new Map<string, HTMLInputElement[]>();
  for (const node of candidates) {
    if (!(node instanceof HTMLInputElement) || node.type !== 'radio') continue;
    const key = `${node.name}@${deepElements(el.shadowRoot!).indexOf((node.getRootNode() as ShadowRoot).host)}`;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const stops = new Set([...groups.values()].map((group) => group.find((radio) => radio.checked) ?? group[0]!));
  return candidates.filter((node) => !(node instanceof HTMLInputElement && node.type === 'radio') || stops.has(node));
}

/** Presses a key or a chord such as `Shift+Tab` (modifiers held down, as a person does). */
async function chord(keys: string): Promise<void> {
  const [key, ...held] = keys.split('+').reverse();
  for (const modifier of [...held].reverse()) await sendKeys({ down: modifier });
  await sendKeys({ press: key! });
  for (const modifier of held) await sendKeys({ up: modifier });
}

/** Presses `key`, then waits for every element of the article to finish rendering. */
async function press(key: string, ...settle: TrustElement[]): Promise<void> {
  await chord(key);
  for (const el of settle) await idle(el);
}

/** Where focus is, described for failure messages. */
function describeFocus(node: Element | null): string {
  if (!node) return 'nothing';
  const root = node.getRootNode();
  const host = root instanceof ShadowRoot ? `<${root.host.localName}> ` : '';
  return `${host}<${node.localName}${node.id ? `#${node.id}` : ''}> "${norm(node.textContent).slice(0, 40)}"`;
}

/** The focused control has a visible focus indicator. */
function expectVisibleFocus(node: Element): void {
  const style = getComputedStyle(node);
  expect(node.matches(':focus-visible'), `${describeFocus(node)} matches :focus-visible`).to.equal(true);
  expect(style.outlineStyle, `${describeFocus(node)} focus outline`).to.not.equal('none');
  expect(parseFloat(style.outlineWidth), `${describeFocus(node)} outline width`).to.be.at.least(2);
}

/** Presses Tab (or Shift+Tab) from `from` until focus reaches `to`; returns the stops between. */
async function walk(from: HTMLElement, to: HTMLElement, key: 'Tab' | 'Shift+Tab'): Promise<Element[]> {
  from.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 400; i += 1) {
    await chord(key);
    const now = deepActive();
    if (now === to) return stops;
    expect(now && now !== document.body, `focus lost after ${describeFocus(stops.at(-1) ?? null)}`).to.equal(true);
    expect(now, `focus stuck on ${describeFocus(now)} (a keyboard trap)`).to.not.equal(stops.at(-1));
    expectVisibleFocus(now!);
    stops.push(now!);
  }
  throw new Error(`${key} never reached ${describeFocus(to)}`);
}

/** Presses Tab until `test` holds for the focused element, failing if focus reaches `stop`. */
async function tabTo(test: (node: Element) => boolean, stop: HTMLElement, what: string): Promise<HTMLElement> {
  for (let i = 0; i < 400; i += 1) {
    await sendKeys({ press: 'Tab' });
    const now = deepActive();
    if (now && test(now)) return now as HTMLElement;
    if (now === stop) break;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Waits until the element's polite live region says exactly `text`. */
const announced = (el: TrustElement, text: string) =>
  waitFor(() => norm(live(el).textContent) === norm(text), `<${el.localName}> never announced "${text}"`).catch(() => {
    throw new Error(`<${el.localName}> announced "${norm(live(el).textContent)}", not "${text}"`);
  });

const inside = (el: TrustElement, selector: string) => (node: Element) =>
  composedContains(el, node) && node.matches(selector);

describe('hardening: keyboard only, through an article with every element', function () {
  this.timeout(120_000);
  beforeEach(() => {
    left.length = 0;
  });
  afterEach(() => {
    unmountAll();
    resetContentCache();
  });

  it('Tab reaches every control in order, with visible focus and no trap; Shift+Tab walks back', async () => {
    expect(
      elements.map((spec) => spec.tag),
      'all five elements',
    ).to.have.length(5);
    const page = await article();
    const expected = elements.flatMap((spec) => tabbable(page.get(spec.tag)));
    expect(expected.length, 'controls on the page').to.be.greaterThan(elements.length * 2);
    const forward = await walk(page.before, page.after, 'Tab');
    expect(forward.map(describeFocus)).to.deep.equal(expected.map(describeFocus));
    // The way out comes first: the banner's quick-exit link is the first stop on the page.
    expect(forward[0]!.matches('[part~="quick-exit"]'), describeFocus(forward[0]!)).to.equal(true);
    const backward = await walk(page.after, page.before, 'Shift+Tab');
    expect(backward.map(describeFocus)).to.deep.equal([...expected].reverse().map(describeFocus));
    // Shift used with Tab is not a quick-exit press: walking back never leaves the page.
    expect(left, 'quick exit triggered by Shift+Tab').to.deep.equal([]);
  });

  it('<trust-hotline-banner>: region picker with arrows, quick exit with Enter, the cover announced', async () => {
    const page = await article();
    const banner = page.get('trust-hotline-banner');
    const select = (await tabTo(inside(banner, 'select'), page.after, 'the region picker')) as HTMLSelectElement;
    const from = select.value;
    await press('ArrowDown', banner);
    const to = select.value;
    expect(to, 'ArrowDown picks the next region').to.not.equal(from);
    const region = pack.hotlines.regions[to]!;
    const emergency = banner.shadowRoot!.querySelector('[part~="emergency"] a')!;
    expect(emergency.getAttribute('href')).to.equal(`tel:${region.emergency.dial}`);
    expect(norm(banner.shadowRoot!.querySelector('[part~="list"]')!.textContent)).to.contain(
      norm(region.lines[0]!.name),
    );
    expect(deepActive(), 'focus stays on the picker').to.equal(select);

    // A lone Shift is announced (assertively) as the count towards quick exit.
    await press('Shift', banner);
    expect(norm(banner.shadowRoot!.querySelector('.exit-status')!.textContent)).to.equal(
      formatCount(pack.ui.banner.shiftRemaining, 'en', 2, { count: 2 }),
    );

    page.before.focus();
    const exit = await tabTo(inside(banner, '[part~="quick-exit"]'), page.after, 'the quick-exit link');
    expect(exit.getAttribute('href')).to.equal(QUICK_EXIT);
    await press('Enter');
    expect(left, 'Enter on the quick-exit link leaves').to.deep.equal([QUICK_EXIT]);
    const cover = banner.shadowRoot!.querySelector<HTMLDialogElement>('[part~="cover"]')!;
    expect(cover.open && cover.matches(':modal'), 'the cover is a modal dialog').to.equal(true);
    expect(
      composedContains(cover, deepActive()),
      `focus moved into the cover: ${describeFocus(deepActive())}`,
    ).to.equal(true);
    // What assistive technology gets: a focused dialog named "Leaving…", and nothing else of the page.
    const tree = (await a11ySnapshot({})) as unknown as AxNode & { children: AxNode[] };
    const dialog = findAccessibilityNode<AxNode>(tree, (node) => node.role === 'dialog');
    expect(dialog, 'dialog in the accessibility tree').to.not.equal(null);
    expect(dialog!.name).to.equal(pack.ui.banner.leaving);
    expect(dialog!.focused, 'the dialog has focus').to.equal(true);
    const named = (text: string) => findAccessibilityNode<AxNode>(tree, (node) => node.name === text);
    expect(named('Before the widgets'), 'the page behind the cover is hidden').to.equal(null);
    expect(named(pack.ui.banner.title), 'the banner behind the cover is hidden').to.equal(null);
    (banner as unknown as { hideExitCover(): void }).hideExitCover();
  });

  it('<trust-quiz>: start, answer every question at the top of the scale, safety escalation, result', async () => {
    const page = await article();
    const quizEl = page.get('trust-quiz');
    const quiz = pack.quizzes![0]!;
    const strings = pack.ui.quiz;
    await tabTo(inside(quizEl, 'button.start'), page.after, 'the start button');
    await press('Enter', quizEl);
    const top = Math.max(...quiz.scale.map((point) => point.value));
    let escalated = false;
    for (const [index, question] of quiz.questions.entries()) {
      await waitFor(() => deepActive()?.matches('fieldset.view-heading'), `question ${index + 1} heading focused`);
      expect(norm(deepActive()!.querySelector('legend')!.textContent)).to.equal(norm(question.text));
      // One voice: the focused question is named with its position; no announcement repeats it.
      expect(deepActive()!.getAttribute('aria-label')).to.equal(
        format(strings.questionAnnounce, { n: index + 1, total: quiz.questions.length, text: question.text }),
      );
      expect(
        quizEl.shadowRoot!.querySelector('[part~="safety"]') !== null,
        `escalation by question ${index + 1}`,
      ).to.equal(escalated);
      await press('Tab');
      const first = deepActive() as HTMLInputElement;
      expect(first.type, 'Tab lands in the answers').to.equal('radio');
      await press('Space', quizEl);
      for (let i = 1; i < quiz.scale.length; i += 1) await press('ArrowDown', quizEl);
      const chosen = deepActive() as HTMLInputElement;
      expect([chosen.checked, Number(chosen.value)], `question ${index + 1} answer`).to.deep.equal([true, top]);
      await press('Enter', quizEl);
      escalated ||= quiz.safety.some((rule) => rule.question === question.id && top >= rule.atLeast);
    }
    expect(escalated, 'the top answers match a safety rule').to.equal(true);
    await waitFor(() => deepActive()?.matches('.result .view-heading'), 'result heading focused');
    expect(norm(deepActive()!.textContent), 'the result leads with safety').to.equal(norm(strings.safetyTitle));
    const help = quizEl.shadowRoot!.querySelector('.result > trust-hotline-banner')!;
    // From the result heading, Tab reaches every control of the result, the hotlines first
    // ("Need help now?" sits above the heading, so it comes before).
    const stops: Element[] = [];
    for (;;) {
      await press('Tab');
      const now = deepActive();
      if (!composedContains(quizEl, now)) break;
      expectVisibleFocus(now!);
      stops.push(now!);
    }
    const helpNow = quizEl.shadowRoot!.querySelector('[part~="help-now"]')!;
    expect(stops.map(describeFocus)).to.deep.equal(
      tabbable(quizEl)
        .filter((node) => !composedContains(helpNow, node))
        .map(describeFocus),
    );
    expect(composedContains(help, stops[0]!), `first stop ${describeFocus(stops[0]!)} is in the hotlines`).to.equal(
      true,
    );
    const firstOutside = stops.findIndex((stop) => !composedContains(help, stop));
    const firstLine = stops.findIndex((stop) => /^(tel|sms):/.test(stop.getAttribute('href') ?? ''));
    expect(firstLine, 'a hotline comes before anything else of the result').to.be.within(0, firstOutside - 1);
  });

  it('<trust-signs-checklist>: tick with Space, open an explanation with Enter, reset', async () => {
    const page = await article();
    const list = page.get('trust-signs-checklist');
    const signs = pack.signs!;
    const total = signs.groups.flatMap((group) => group.signs).length;
    const box = (await tabTo(inside(list, 'input[type="checkbox"]'), page.after, 'a sign')) as HTMLInputElement;
    await press('Space', list);
    expect(box.checked, 'Space ticks').to.equal(true);
    const count = formatCount(pack.ui.checklist.count, 'en', 1, { count: 1, total });
    const feedback = signs.feedback.find((range) => range.min <= 1 && 1 <= range.max)!;
    await announced(list, `${count}. ${plainText(feedback.message)}`);
    expect(deepActive(), 'focus stays on the sign').to.equal(box);
    const sign = signs.groups[0]!.signs[0]!;
    if (sign.explanation || sign.sources.length > 0) {
      await press('Tab');
      const explain = deepActive() as HTMLElement;
      expect(explain.getAttribute('aria-expanded'), describeFocus(explain)).to.equal('false');
      await press('Enter', list);
      expect(explain.getAttribute('aria-expanded')).to.equal('true');
      const panel = list.shadowRoot!.getElementById(explain.getAttribute('aria-controls')!)!;
      expect(panel.checkVisibility(), 'the explanation shows').to.equal(true);
      expect(deepActive(), 'focus stays on the button').to.equal(explain);
    }
    await tabTo(inside(list, '[part~="reset"]'), page.after, 'the reset button');
    await press('Enter', list);
    await announced(list, format(pack.ui.checklist.resetDone, { total }));
    await waitFor(() => deepActive() === box, 'focus back on the first sign');
    expect(box.checked).to.equal(false);
  });

  it('<trust-causes-explorer>: filter with arrows, switch tabs with arrows, Home and End, into a safety cause', async () => {
    const page = await article();
    const explorer = page.get('trust-causes-explorer');
    const causes = pack.causes!.items;
    const strings = pack.ui.explorer;
    const filter = await tabTo(inside(explorer, 'input[type="radio"]'), page.after, 'the filter');
    expect((filter as HTMLInputElement).checked).to.equal(true);
    await press('ArrowRight', explorer);
    const picked = deepActive() as HTMLInputElement;
    expect(picked.checked && picked !== filter, 'ArrowRight picks the next filter').to.equal(true);
    const shown = filterCauses(causes, picked.value as never).length;
    await announced(
      explorer,
      shown === 0
        ? strings.noMatches
        : formatCount(strings.shownCount, 'en', shown, { count: shown, total: causes.length }),
    );
    await press('ArrowLeft', explorer);
    await announced(
      explorer,
      formatCount(strings.shownCount, 'en', causes.length, { count: causes.length, total: causes.length }),
    );

    await press('Tab');
    const tab = () => deepActive() as HTMLElement;
    const panelOf = (node: HTMLElement) => explorer.shadowRoot!.getElementById(node.getAttribute('aria-controls')!)!;
    expect([tab().getAttribute('role'), tab().getAttribute('aria-selected')]).to.deep.equal(['tab', 'true']);
    expect(norm(tab().textContent)).to.equal(norm(causes[0]!.title));
    await press('ArrowRight', explorer);
    expect(norm(tab().textContent), 'ArrowRight: next tab').to.equal(norm(causes[1]!.title));
    expect(tab().getAttribute('aria-selected')).to.equal('true');
    expect(panelOf(tab()).checkVisibility(), 'its panel shows').to.equal(true);
    await press('End', explorer);
    expect(norm(tab().textContent), 'End: last tab').to.equal(norm(causes.at(-1)!.title));
    await press('Home', explorer);
    expect(norm(tab().textContent), 'Home: first tab').to.equal(norm(causes[0]!.title));

    const flagged = causes.findIndex((cause) => cause.safety);
    expect(flagged, 'a safety-flagged cause').to.be.at.least(0);
    for (let i = 0; i < flagged; i += 1) await press('ArrowRight', explorer);
    expect(norm(tab().textContent)).to.equal(norm(causes[flagged]!.title));
    const panel = panelOf(tab());
    await press('Tab');
    expect(deepActive(), 'Tab goes into the panel').to.equal(panel);
    const hotline = await tabTo(
      (node) => composedContains(panel, node) && node.matches('a[href^="tel:"]'),
      page.after,
      "the safety cause's hotlines",
    );
    expectVisibleFocus(hotline);
  });

  it('<trust-coping-steps>: switch track with arrows, mark done, Next to the last step, type a note', async () => {
    const page = await article();
    const steps = page.get('trust-coping-steps');
    const strings = pack.ui.steps;
    const [first, second] = pack.coping!.tracks;
    await tabTo(inside(steps, 'input[type="radio"]'), page.after, 'the tracks');
    expect((deepActive() as HTMLInputElement).value).to.equal(first!.id);
    if (second) {
      await press('ArrowDown', steps);
      expect((deepActive() as HTMLInputElement).value, 'ArrowDown: next track').to.equal(second.id);
      const values = { n: 1, total: second.steps.length, title: second.steps[0]!.title, track: second.title };
      await announced(steps, format(strings.trackAnnounce, values));
      await press('ArrowUp', steps);
      expect((deepActive() as HTMLInputElement).value).to.equal(first!.id);
    }
    const track = first!;
    await tabTo(inside(steps, '[part~="done-toggle"]'), page.after, 'mark as done');
    await press('Space', steps);
    expect(deepActive()!.getAttribute('aria-pressed')).to.equal('true');
    await announced(steps, formatCount(strings.doneCount, 'en', 1, { count: 1, total: track.steps.length }));

    let typed = false;
    for (let index = 1; index < track.steps.length; index += 1) {
      await tabTo(inside(steps, '[part~="next"]'), page.after, `Next on step ${index}`);
      await press('Enter', steps);
      await waitFor(() => deepActive()?.id === 'step-heading', `step ${index + 1} heading focused`);
      const step = track.steps[index]!;
      expect(norm(deepActive()!.textContent)).to.equal(norm(step.title));
      expect(deepActive()!.getAttribute('aria-label')).to.equal(
        format(strings.stepAnnounce, { n: index + 1, total: track.steps.length, title: step.title }),
      );
      const note = steps.shadowRoot!.querySelector('textarea');
      if (note && !typed) {
        typed = true;
        await tabTo(inside(steps, 'textarea'), page.after, 'the note');
        // Capitals are typed with Shift: that is not a quick-exit press.
        const text = 'I Felt Upset, Then Okay';
        for (const char of text) await (/[A-Z]/.test(char) ? chord(`Shift+${char}`) : sendKeys({ type: char }));
        await idle(steps);
        expect(note.value).to.equal(text);
        expect(left, 'quick exit triggered by typing capitals').to.deep.equal([]);
      }
    }
    expect(typed, 'a step with a note field').to.equal(true);
    // The last step: its hotlines are reachable by Tab from the heading.
    const help = steps.shadowRoot!.querySelector('[part~="help"]')!;
    expect(help, 'the last step shows the hotlines').to.not.equal(null);
    const hotline = await tabTo(
      (node) => composedContains(help, node) && node.matches('a[href^="tel:"]'),
      page.after,
      "the last step's hotlines",
    );
    expectVisibleFocus(hotline);
  });
});
