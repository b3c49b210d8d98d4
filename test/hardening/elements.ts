/**
 * The one registry of the five trust-widgets elements, which every shared suite reads (the
 * hardening suites, test/content-pipeline.test.ts, and the content suite each element's test file
 * runs): each one's tag, define module, attributes, and a driver that takes it through its states
 * the way a reader would (by clicking what the reader sees), calling `visit(state)` after each so a
 * suite can check every state.
 *
 * It always lists all five: the type makes every `trust-*` tag of `HTMLElementTagNameMap` an entry,
 * `defineElements()` fails if a define module is missing, and test/registry.test.ts fails if
 * src/define/ and the registry disagree. An element can no longer drop out of the suites silently.
 *
 * Drivers find controls by the pack's own UI strings or by part names, so they work with any pack
 * (including the hostile ones, whose strings are all different payloads).
 */
import pack from '../../content/trust-issues.en.json' with { type: 'json' };
import type { ContentPack } from '../../src/schema/index.js';
import type { TrustElement } from '../../src/internal/trust-element.js';

export const builtIn = pack as ContentPack;
export const clonePack = (): ContentPack => structuredClone(builtIn);

export type Visit = (state: string) => Promise<void>;

/** The tag of every trust-widgets element (each declares itself in `HTMLElementTagNameMap`). */
export type ElementTag = Extract<keyof HTMLElementTagNameMap, `trust-${string}`>;

export interface ElementSpec {
  tag: ElementTag;
  /** Define module, as a URL path the test server serves. */
  define: string;
  /** Attributes the element needs (the banner's quick exit, the quiz's id). */
  attributes: Record<string, string>;
  /** Takes the element through its states with `pack`'s strings; `visit` after each state. */
  drive(el: TrustElement, pack: ContentPack, visit: Visit): Promise<void>;
  /** Strings of `pack` the element must show as text somewhere in the states its driver visits. */
  shows(pack: ContentPack): string[];
}

/** Where the quick exit leaves for in every test (the leave function is replaced, see `stubLeave`). */
export const QUICK_EXIT = 'https://www.bbc.co.uk/weather';

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every element in `root` and in the shadow roots inside it (nested widgets included). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** All text of the element, across nested shadow roots, as rendered text nodes. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (root: Node) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (element.localName === 'style') continue;
        if (element.shadowRoot) walk(element.shadowRoot);
        walk(element);
      }
    }
  };
  walk(el.shadowRoot ?? el);
  return parts.join('');
}

/**
 * Polls `predicate` until it holds, failing after `timeout` ms. Unlike `waitUntil` from
 * @open-wc/testing, it clears its timers once done: `waitUntil` leaves its timeout timer running,
 * and that timer keeps the predicate (and every element it names) alive for `timeout` ms, which
 * the leak suite would measure as heap growth.
 */
export function waitFor(predicate: () => unknown, message: string, timeout = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (predicate()) resolve();
      else if (performance.now() - started > timeout) reject(new Error(`Timeout: ${message}`));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

/** Waits for the element and every trust-* element inside it to finish rendering. */
export async function idle(el: TrustElement): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const inner = deepElements(el.shadowRoot!).filter((node) => node.localName.startsWith('trust-')) as TrustElement[];
    await Promise.all([el, ...inner].map((node) => node.contentReady));
  }
}

function controls(el: TrustElement, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].filter(
    (node) => !(node as HTMLButtonElement).disabled && node.getClientRects().length > 0,
  );
}

/** The first visible button (or button-like control) whose text contains `label`. */
function buttonWith(el: TrustElement, label: string): HTMLElement | undefined {
  const wanted = norm(label);
  return controls(el, 'button, [role="button"], [role="tab"], summary').find((node) =>
    norm(node.textContent).includes(wanted),
  );
}

async function press(el: TrustElement, node: HTMLElement | undefined): Promise<boolean> {
  if (!node) return false;
  node.click();
  await idle(el);
  return true;
}

/** The banner: initial, another region picked, the quick-exit cover. */
async function driveBanner(el: TrustElement, _pack: ContentPack, visit: Visit): Promise<void> {
  await visit('initial');
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select');
  if (select && select.options.length > 1) {
    select.value = select.options[select.selectedIndex === 0 ? 1 : 0]!.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await idle(el);
    await visit('region picked');
  }
  const exit = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="quick-exit"]');
  if (exit) {
    exit.click();
    await idle(el);
    await visit('quick-exit cover');
    (el as unknown as { hideExitCover(): void }).hideExitCover();
    await idle(el);
  }
}

/**
 * The quiz: intro, every question answered at the top of the scale (safety escalation), a result
 * that leads with help, the review of every answer and a question opened from it, retake; then the scored questions at the top and the unscored safety
 * question at the bottom, for the band's own result.
 */
async function driveQuiz(el: TrustElement, pack: ContentPack, visit: Visit): Promise<void> {
  const strings = pack.ui.quiz;
  const quiz = pack.quizzes![0]!;
  const run = async (label: string, safe: boolean) => {
    await press(el, buttonWith(el, strings.start));
    for (let i = 0; i < quiz.questions.length + 2; i += 1) {
      const radios = controls(el, 'input[type="radio"]') as HTMLInputElement[];
      if (radios.length === 0) break;
      const unscored = quiz.questions[i]?.scored === false;
      const pick = (a: HTMLInputElement, b: HTMLInputElement) =>
        (safe && unscored ? Number(a.value) < Number(b.value) : Number(a.value) > Number(b.value)) ? a : b;
      await press(el, radios.reduce(pick));
      await visit(`${label}question ${i + 1} answered`);
      const next = buttonWith(el, strings.seeResults) ?? buttonWith(el, strings.next);
      if (!(await press(el, next))) break;
    }
    await visit(`${label}results`);
  };
  await visit('intro');
  await run('', false);
  if (await press(el, buttonWith(el, strings.changeAnswers))) {
    await visit('review of every answer');
    if (await press(el, controls(el, 'button.change')[0])) await visit('question opened from the review');
    await press(el, buttonWith(el, strings.backToAnswers));
    await press(el, buttonWith(el, strings.seeResults));
  }
  if (!(await press(el, buttonWith(el, strings.retake)))) return;
  await visit('take it again: asks before clearing');
  if (!(await press(el, buttonWith(el, strings.clear)))) return;
  await visit('retaken');
  await run('no safety match: ', true);
}

/** The checklist: initial, a sign ticked, every sign ticked with explanations open, untick all. */
async function driveChecklist(el: TrustElement, pack: ContentPack, visit: Visit): Promise<void> {
  const strings = pack.ui.checklist;
  await visit('initial');
  const boxes = controls(el, 'input[type="checkbox"]') as HTMLInputElement[];
  for (const [index, box] of boxes.entries()) {
    await press(el, box);
    if (index === 0) await visit('one ticked');
  }
  for (const more of controls(el, 'button, summary').filter((node) =>
    norm(node.textContent).includes(norm(strings.explain)),
  )) {
    await press(el, more);
  }
  await visit('all ticked, explained');
  if (await press(el, buttonWith(el, strings.reset))) await visit('reset');
}

/** The explorer: initial, each cause opened in turn, each relationship filter. */
async function driveExplorer(el: TrustElement, pack: ContentPack, visit: Visit): Promise<void> {
  await visit('initial');
  for (const cause of pack.causes!.items) {
    const opener = buttonWith(el, cause.title);
    if (opener && opener.getAttribute('aria-expanded') !== 'true' && opener.getAttribute('aria-selected') !== 'true') {
      await press(el, opener);
      await visit(`cause ${cause.id}`);
    }
  }
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select');
  if (select) {
    for (const option of [...select.options].slice(1)) {
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await idle(el);
      await visit(`filter ${option.value}`);
    }
  }
  for (const radio of controls(el, 'input[type="radio"]') as HTMLInputElement[]) {
    if (radio.checked) continue;
    await press(el, radio);
    await visit(`filter ${radio.value}`);
  }
}

/** Coping steps: every step of every track, a step marked done, a note typed, the last step's hotlines. */
async function driveSteps(el: TrustElement, pack: ContentPack, visit: Visit): Promise<void> {
  const root = el.shadowRoot!;
  await visit('initial');
  await press(el, root.querySelector<HTMLElement>('[part~="done-toggle"]') ?? undefined);
  await visit('step done');
  const tracks = pack.coping!.tracks;
  for (const [t, track] of tracks.entries()) {
    if (t > 0) {
      const radio = root.querySelector<HTMLInputElement>(`input[type="radio"][value="${track.id}"]`);
      if (!(await press(el, radio ?? undefined))) break;
      await visit(`track ${track.id}`);
    }
    for (let s = 1; s < track.steps.length; s += 1) {
      if (!(await press(el, root.querySelector<HTMLElement>('[part~="next"]') ?? undefined))) break;
      const note = root.querySelector<HTMLTextAreaElement>('textarea');
      if (note && !note.value) {
        note.value = 'a private note';
        note.dispatchEvent(new Event('input', { bubbles: true }));
        await idle(el);
      }
      await visit(
        s === track.steps.length - 1 ? `track ${track.id}: last step with hotlines` : `track ${track.id} step ${s + 1}`,
      );
    }
  }
}

/** Every element, keyed by tag: leaving one out (or naming one that does not exist) is a type error. */
const REGISTRY: { [Tag in ElementTag]: Omit<ElementSpec, 'tag'> } = {
  'trust-hotline-banner': {
    define: '/src/define/hotline-banner.ts',
    attributes: { 'quick-exit': QUICK_EXIT, region: 'US' },
    drive: driveBanner,
    shows: (p) => [
      p.ui.banner.title,
      p.ui.banner.intro,
      p.ui.banner.quickExit,
      p.ui.banner.leaving,
      ...p.hotlines.regions.US!.lines.flatMap((line) => [line.name, line.purpose]),
    ],
  },
  'trust-quiz': {
    define: '/src/define/quiz.ts',
    attributes: { quiz: 'trust-check' },
    drive: driveQuiz,
    shows: (p) => {
      const quiz = p.quizzes![0]!;
      return [
        quiz.title,
        quiz.intro,
        quiz.disclaimer,
        ...quiz.questions.map((q) => q.text),
        ...quiz.scale.map((point) => point.label),
        ...quiz.safety.map((rule) => rule.message),
        quiz.bands.at(-1)!.title,
        quiz.bands.at(-1)!.body,
      ];
    },
  },
  'trust-signs-checklist': {
    define: '/src/define/signs-checklist.ts',
    attributes: {},
    drive: driveChecklist,
    shows: (p) =>
      [
        p.signs!.title,
        ...p.signs!.groups.flatMap((group) => [
          group.title,
          ...group.signs.flatMap((sign) => [sign.text, sign.explanation ?? '']),
        ]),
      ].filter(Boolean),
  },
  'trust-causes-explorer': {
    define: '/src/define/causes-explorer.ts',
    attributes: {},
    drive: driveExplorer,
    shows: (p) => [
      p.causes!.title,
      ...p.causes!.items.flatMap((cause) => [cause.title, cause.details, cause.reflection, ...cause.showsUpAs]),
    ],
  },
  'trust-coping-steps': {
    define: '/src/define/coping-steps.ts',
    attributes: {},
    drive: driveSteps,
    shows: (p) => [
      p.coping!.title,
      ...p.coping!.tracks.flatMap((track) => [
        track.title,
        ...track.steps.flatMap((step) => [step.title, step.body, ...step.tips]),
      ]),
    ],
  },
};

/** All five elements, in the order the suites visit them. */
export const ELEMENTS: readonly ElementSpec[] = Object.entries(REGISTRY).map(([tag, spec]) => ({
  tag: tag as ElementTag,
  ...spec,
}));

/** The registry's entry for `tag`. */
export function elementSpec(tag: ElementTag): ElementSpec {
  return ELEMENTS.find((spec) => spec.tag === tag)!;
}

/**
 * Imports every element's define module, so all five are registered, and returns the registry. A
 * define module that has moved or gone fails the import, and with it the suite, loudly.
 */
export async function defineElements(): Promise<readonly ElementSpec[]> {
  for (const spec of ELEMENTS) await import(spec.define);
  return ELEMENTS;
}

/** Quick exit must not leave the test page: replace every banner's way of leaving. */
export function stubLeave(): string[] {
  const left: string[] = [];
  const Banner = customElements.get('trust-hotline-banner') as unknown as { leave: (url: string) => void } | undefined;
  if (Banner) Banner.leave = (url) => left.push(url);
  return left;
}

/** Creates the element (not yet connected) with its attributes and optional content. */
export function create(spec: ElementSpec, content?: unknown, extra: Record<string, string> = {}): TrustElement {
  const el = document.createElement(spec.tag) as TrustElement;
  for (const [name, value] of Object.entries({ ...spec.attributes, ...extra })) el.setAttribute(name, value);
  if (content !== undefined) el.content = content;
  return el;
}

/** Connects the element in a fresh container and waits until it and its nested widgets render. */
export async function mount(
  spec: ElementSpec,
  content?: unknown,
  extra?: Record<string, string>,
): Promise<TrustElement> {
  const el = create(spec, content, extra);
  const host = document.createElement('div');
  host.className = 'hardening-host';
  host.append(el);
  document.body.append(host);
  await idle(el);
  return el;
}

/** Gives a connected element new content and waits until it has loaded (or refused) and rendered it. */
export async function reload(el: TrustElement, content: unknown): Promise<void> {
  el.content = content;
  await idle(el);
}

export function unmountAll(): void {
  for (const host of document.querySelectorAll('.hardening-host')) host.remove();
}
