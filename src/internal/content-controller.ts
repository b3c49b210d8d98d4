import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ContentPack, UiStrings } from '../schema/pack.js';
import type { ContentProblem } from '../schema/parse.js';
import {
  builtinPack,
  describeFailure,
  nearestLang,
  resolveContent,
  salvage,
  type ContentOrigin,
  type ContentResult,
  type ContentSource,
} from './content.js';

export interface ContentErrorDetail {
  /** Where the failing content came from. */
  origin: ContentOrigin;
  /** The URL, for content from `src`. */
  url?: string;
  /** Every problem found, each with a path and a message. */
  problems: ContentProblem[];
}

export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; pack: ContentPack }
  | { status: 'error'; problems: ContentProblem[]; fallback: ContentPack };

/** The pack sections an element can need, each with the message shown when a pack lacks it. */
const sections = {
  quizzes: (ui: UiStrings) => ui.quiz.missingQuiz,
  signs: (ui: UiStrings) => ui.checklist.missingSigns,
  causes: (ui: UiStrings) => ui.explorer.missingCauses,
  coping: (ui: UiStrings) => ui.steps.missingCoping,
} as const;

export type PackSection = keyof typeof sections;

/** What the controller asks of its element. */
export interface ContentHooks {
  /** What the element names as its content right now. */
  source(): ContentSource;
  /** The pack section the element shows, if any. */
  requires(): PackSection | undefined;
  /** An id the element was given that names nothing in the pack. */
  selectionProblem(pack: ContentPack): ContentProblem | undefined;
  /** Tells the page about a problem (`trust-content-error`); the console hears of it too. */
  report(detail: ContentErrorDetail): void;
}

/**
 * The one content pipeline of every element: gets the content (see `resolveContent`), validates
 * it, checks it against what the element needs, and gives one state to render. Every problem, from
 * a failed download to an unknown `quiz` id, ends the same way: the error panel, with the built-in
 * pack as fallback, and one `trust-content-error`.
 *
 * Content that is at hand (a validated or trusted object, an arrived download or built-in pack) is
 * used in the update that asked for it, so the element's first render already shows it.
 */
export class ContentController implements ReactiveController {
  /** What the element renders, problems included. */
  state: ContentState = { status: 'loading' };

  /** The state the content itself reached, before the element's own checks. */
  private loaded: ContentState = { status: 'loading' };
  private origin: ContentOrigin = 'builtin';
  private url?: string;
  private ticket = 0;
  /** The problems last reported, so each distinct set is reported once. */
  private reported = '';
  private settle?: () => void;
  private readyPromise!: Promise<void>;
  private observer?: MutationObserver;
  /** The inline JSON child's text when the content was last asked for. */
  private inline?: string | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly hooks: ContentHooks,
  ) {
    host.addController(this);
    this.expect();
  }

  /** A new request: `ready` now waits for it. */
  private expect(): void {
    if (!this.settle) this.readyPromise = new Promise((resolve) => (this.settle = resolve));
  }

  /** Settles once the element has rendered its content or its error panel for the latest request. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  /** The loaded pack, or the fallback shown with the error panel. */
  get pack(): ContentPack | undefined {
    const current = this.state;
    return current.status === 'ready' ? current.pack : current.status === 'error' ? current.fallback : undefined;
  }

  hostConnected(): void {
    // A `<script type="application/json">` child that arrives after the element (streamed HTML,
    // an async module script) is read when it arrives.
    // So is a change of the page's language, for a widget on the built-in pack.
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => record.type === 'attributes') || this.inlineText() !== this.inline) this.load();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.observer.observe(document.documentElement, { attributeFilter: ['lang'] });
    if (this.host.hasUpdated && this.loaded.status === 'loading') this.load();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    if (this.state.status === 'loading' || !this.settle) return;
    this.settle();
    this.settle = undefined;
  }

  private inlineText(): string | null {
    if (isServer) return null;
    return this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
  }

  /**
   * Asks for the content now, and settles once it is at hand (loaded, or failed for good): a
   * prerendered element waits for it before its first update.
   */
  atHand(): Promise<void> {
    this.load();
    if (this.loaded.status !== 'loading') return Promise.resolve();
    return new Promise((resolve) => (this.arrived = resolve));
  }
  private arrived?: () => void;

  /** Gets the content again. Call it when what names the content changes; later calls win. */
  load(): void {
    const ticket = ++this.ticket;
    this.expect();
    this.inline = this.inlineText();
    const source = this.hooks.source();
    const result = resolveContent(this.host, source);
    if (result instanceof Promise) {
      this.setLoaded({ status: 'loading' });
      void result.then((settled) => ticket === this.ticket && this.use(settled, source, ticket));
    } else {
      this.use(result, source, ticket);
    }
  }

  private use(result: ContentResult, source: ContentSource, ticket: number): void {
    this.origin = result.origin;
    this.url = result.ok ? undefined : 'url' in result.failure ? result.failure.url : undefined;
    if (result.ok) {
      this.setLoaded({ status: 'ready', pack: result.pack });
      return;
    }
    const fallback = builtinPack(source.lang ?? nearestLang(this.host));
    const fail = (builtin: ContentPack) => {
      const pack = salvage(result.failure, builtin);
      this.setLoaded({ status: 'error', problems: describeFailure(result.failure, pack.ui.common), fallback: pack });
    };
    if (fallback instanceof Promise) {
      this.setLoaded({ status: 'loading' });
      void fallback.then((pack) => ticket === this.ticket && fail(pack));
    } else {
      fail(fallback);
    }
  }

  private setLoaded(state: ContentState): void {
    this.loaded = state;
    if (state.status !== 'loading') this.arrived?.();
    this.check();
    this.host.requestUpdate();
  }

  /** What is wrong with a valid pack for the element as it is set up now. */
  private problemsOf(pack: ContentPack): ContentProblem[] {
    const section = this.hooks.requires();
    if (section && !pack[section]) return [{ path: section, message: sections[section](pack.ui) }];
    const problem = this.hooks.selectionProblem(pack);
    return problem ? [problem] : [];
  }

  /**
   * Checks the loaded pack against what the element needs now (call it on every update: `quiz`,
   * `group` or `track` may have changed), and reports a new set of problems once.
   */
  check(): void {
    const loaded = this.loaded;
    const problems =
      loaded.status === 'ready' ? this.problemsOf(loaded.pack) : loaded.status === 'error' ? loaded.problems : [];
    this.state =
      loaded.status === 'ready' && problems.length > 0 ? { status: 'error', problems, fallback: loaded.pack } : loaded;
    const key = problems.length > 0 ? JSON.stringify([this.ticket, problems]) : '';
    if (key === this.reported) return;
    this.reported = key;
    if (problems.length === 0) return;
    console.warn(
      `<${this.host.localName}>: its content could not be used.\n` +
        problems.map((problem) => `${problem.path || '(pack)'}: ${problem.message}`).join('\n'),
    );
    this.hooks.report({ origin: this.origin, problems, ...(this.url ? { url: this.url } : {}) });
  }
}
