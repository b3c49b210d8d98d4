import {
  LitElement,
  adoptStyles,
  html,
  isServer,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { ContentPack, UiStrings } from '../schema/pack.js';
import type { ContentProblem } from '../schema/parse.js';
import { DEFAULT_TIMEOUT_MS, fetchTimeoutMs, nearestLang, type ContentSource } from './content.js';
import { ContentController, type ContentState, type PackSection } from './content-controller.js';
import { fallbackHotlines, renderErrorPanel, renderHelpNow } from './trust-element.views.js';
import { baseStyles, tokens } from './styles.js';
import type { TrustEventDetail, TrustEventName } from './events.js';
import { SSR_KEY, hydrationInstalled, hydrationKey, loadHydration } from './hydration.js';
import type { ElementSections } from './sections.js';

export type { ContentErrorDetail, ContentState } from './content-controller.js';
export type { TrustEventDetail, TrustEventName } from './events.js';

/**
 * Base of every trust-widgets element: gets the content pack (the `content` property, an inline
 * `<script type="application/json">` child, the `src` URL, else the built-in pack for the nearest
 * `lang`), and renders either the element's content or an error panel that lists the problems.
 *
 * The tags below document what every element inherits (custom-elements.json, Storybook). Keep the
 * `@cssprop` list in step with the tokens in ./styles.ts: test/tokens.test.ts fails otherwise.
 *
 * @csspart base - The element's outer box; carries the pack's `lang` and `dir`.
 * @csspart error - The panel listing each content problem, shown when the content cannot be used.
 * @csspart help-now - The "Need help now?" control on every screen, which reveals the hotlines in place (not on the banner).
 *
 * @cssprop [--trust-color-accent=#1f5a8a] - Buttons, links and selected options (dark: `#9cc8f0`).
 * @cssprop [--trust-color-accent-contrast=#ffffff] - Text on the accent colour (dark: `#0b1a29`).
 * @cssprop [--trust-color-surface=#ffffff] - Background of the element (dark: `#161b22`).
 * @cssprop [--trust-color-surface-alt=#f2f5f8] - Background of cards and panels inside it (dark: `#212833`).
 * @cssprop [--trust-color-text=#1b2330] - Body text (dark: `#e8edf3`).
 * @cssprop [--trust-color-text-muted=#4a5565] - Secondary text: notes, sources, progress (dark: `#b4bfcc`).
 * @cssprop [--trust-color-border=#808b9b] - Borders and dividers (dark: `#707b8b`): 3:1 against both surfaces.
 * @cssprop [--trust-color-alert=#a11d1d] - Urgent things: the emergency number, quick exit, errors (dark: `#ffb4ab`).
 * @cssprop [--trust-color-alert-surface=#fdf0f0] - Background of urgent notices (dark: `#3a1d1d`).
 * @cssprop [--trust-color-focus=#1f5a8a] - Colour of the keyboard focus ring (dark: `#ffd166`).
 * @cssprop [--trust-focus-ring=3px solid var(--trust-color-focus)] - The whole focus outline.
 * @cssprop [--trust-font-family=inherit] - Font; the article's font by default.
 * @cssprop [--trust-font-size=1rem] - Base font size.
 * @cssprop [--trust-font-size-small=0.875em] - Notes, sources and other small print.
 * @cssprop [--trust-font-size-large=1.25em] - Headings inside the element.
 * @cssprop [--trust-line-height=1.5] - Line height of body text.
 * @cssprop [--trust-space-xs=0.25rem] - Smallest gap (between a label and its control).
 * @cssprop [--trust-space-s=0.5rem] - Small gap (between related items).
 * @cssprop [--trust-space-m=1rem] - Padding of the element and gaps between groups.
 * @cssprop [--trust-space-l=1.5rem] - Largest gap (between sections).
 * @cssprop [--trust-radius=0.5rem] - Corner radius of the element, buttons and options.
 *
 * @fires trust-content-error - The content could not be used. Detail: `{ origin, url?, problems: [{ path, message }] }`.
 */
export abstract class TrustElement extends LitElement {
  static override styles = [tokens, baseStyles];

  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    src: {},
    packId: { attribute: 'pack' },
    theme: { reflect: true },
    fetchTimeout: { type: Number, attribute: 'fetch-timeout' },
    region: {},
    shareAnswers: { type: Boolean, attribute: 'share-answers' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    announcement: { state: true, attribute: false },
  };

  /** A content pack object. Takes precedence over an inline JSON child and `src`. */
  content?: unknown;

  /**
   * The `meta.id` of a precompiled pack on the page (`trust-widgets build-pack`, loaded with its own
   * `<script type="module">`): no validator, no fetch. Takes precedence over `src`. It only looks a
   * registered pack up; it never loads anything.
   */
  packId?: string;

  /** URL of a content pack (JSON). Fetched once per page, without credentials or referrer. A script URL is refused. */
  src?: string;

  /** Colour scheme; follows the reader's system setting when not set. */
  theme?: 'light' | 'dark';

  /** How long to wait for `src`, in milliseconds. */
  fetchTimeout = DEFAULT_TIMEOUT_MS;

  /**
   * ISO 3166-1 alpha-2 region for the hotlines, e.g. `GB`. Without it: the region of the reader's
   * browser language when the pack lists it, else the pack's default (labelled as such).
   */
  region?: string;

  /**
   * Let `trust-*` events carry what the reader answered or ticked (answer values, scores, bands,
   * sign ids). Off by default: events then say only that a widget was used. Turn it on only with
   * the reader's consent; the privacy line the widget shows says so.
   */
  shareAnswers = false;

  /** Level of the title (1–6), to fit the article's outline (`3` under an `h2`); sub-headings and nested banners go below it. */
  headingLevel = 2;

  /** `heading-level` as a whole number from 1 to 6. */
  protected get level(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  /** Whether every screen shows the "Need help now?" control (the banner, which is the help, does not). */
  protected readonly helpControl: boolean = true;

  /** The pack section this element shows; a pack without it gets the error panel. */
  protected readonly requires?: PackSection;

  /**
   * Every section of a pack this element reads besides `core` (./sections.ts): of the built-in
   * pack it downloads only these, and its hydration key covers only these.
   */
  protected readonly sections: ElementSections = [];

  /** Text of the polite live region every element renders; set it through `announce()`. */
  protected announcement = '';

  private readonly pipeline = new ContentController(this, {
    source: () => this.contentSource(),
    requires: () => this.requires,
    selectionProblem: (pack) => this.selectionProblem(pack),
    report: (detail) => this.emit('trust-content-error', detail),
  });

  /**
   * Settles once the element has rendered what its content gave: the content itself, or the error
   * panel (after `trust-content-error`). Content already at hand (a validated pack object, a
   * download or built-in pack that has arrived) is in the first render; a new `content` or `src`
   * makes it wait again. Use it instead of watching the shadow DOM: `await el.contentReady`.
   */
  get contentReady(): Promise<void> {
    return this.updateComplete.then(() => this.pipeline.ready);
  }

  /** What the element renders: loading, ready with the pack, or the error panel's problems. */
  protected get contentState(): ContentState {
    return this.pipeline.state;
  }

  /** The loaded pack, or the fallback shown with the error panel. */
  protected get pack(): ContentPack | undefined {
    return this.pipeline.pack;
  }

  protected get strings(): UiStrings | undefined {
    return this.pack?.ui;
  }

  /** The `setUpKey()` the reader's state was last set up for. */
  private setUpFor?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('content') || changed.has('src') || changed.has('packId')) this.pipeline.load();
    else this.pipeline.check();
    const current = this.contentState;
    if (current.status !== 'ready') return;
    const key = this.setUpKey(current.pack);
    if (key !== this.setUpFor) {
      this.setUpFor = key;
      this.setUp(current.pack);
    }
    // Publish-time rendering: what the first screen was drawn from, for the browser to compare.
    if (isServer) this.setAttribute(SSR_KEY, this.hydrationKey(current.pack));
  }

  /**
   * What else the first screen depends on, beyond the pack, language and region (./hydration.ts):
   * the widgets it links to, answers kept in this browser. A prerendered element is adopted only
   * when the browser's key is the server's.
   */
  protected hydrationInputs(): unknown[] {
    return [];
  }

  private hydrationKey(pack: ContentPack): string {
    return hydrationKey(pack, this.sections, this.region, [this.localName, this.level, ...this.hydrationInputs()]);
  }

  /**
   * A shadow root rendered at publish time came with the element (declarative shadow DOM): the
   * first update waits for the content it was drawn from, then adopts its nodes, or renders afresh.
   */
  private prerendered = false;

  /**
   * Lit's hydration support observes `defer-hydration` (an element prerendered inside another waits
   * for it to go), but it is installed after the elements are defined (`loadHydration`), when their
   * observed attributes are already read: so they observe it from the start.
   */
  static override get observedAttributes(): string[] {
    return [...new Set([...super.observedAttributes, 'defer-hydration'])];
  }

  /**
   * The browser keeps the callbacks a class had when it was defined, and the support patches
   * `LitElement.prototype` later: calling through `super` reaches the patched one (which connects an
   * element once its `defer-hydration` goes), as `connectedCallback` below does.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
  }

  /** Connected while Lit's hydration support is on its way (see `connectedCallback`). */
  private waitingForHydration = false;

  override connectedCallback(): void {
    if (this.waitingForHydration) return;
    if (!this.prerendered && !this.hasUpdated && this.shadowRoot && this.hasAttribute(SSR_KEY)) {
      this.prerendered = true;
      // Lit's hydration support comes only to a page with prerendered elements; the element is
      // connected to Lit (its first update) once the support is in place.
      if (!hydrationInstalled()) {
        this.waitingForHydration = true;
        void loadHydration().then(() => {
          this.waitingForHydration = false;
          if (this.isConnected) this.connectedCallback();
        });
        return;
      }
    }
    super.connectedCallback();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A prerendered element keeps its server-drawn screen until its content is at hand: a first
    // render that showed "loading" over it would move everything. Each then hydrates in a task of
    // its own, so that six widgets whose pack arrives at once are not one long task (input and
    // paint get in between).
    if (this.prerendered && !this.hasUpdated) {
      return this.pipeline
        .atHand()
        .then(() => new Promise((resolve) => setTimeout(resolve)))
        .then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this.prerendered || this.hasUpdated) return super.update(changed);
    this.adoptOrReplace();
    try {
      super.update(changed);
    } catch (error) {
      // Markup from another build of the templates (the page prerendered by another version than
      // the script it loads): Lit cannot adopt it, so it is replaced, never left half-adopted.
      console.warn(
        `<${this.localName}>: its prerendered markup does not match this version, so it is rendered again.`,
        error,
      );
      this.clearPrerendered();
      render(this.render(), this.renderRoot, this.renderOptions);
    }
  }

  /**
   * Keeps the prerendered nodes when this browser draws the same first screen (the key matches),
   * else clears them so Lit renders afresh, with its styles (a changed pack says so in the console).
   */
  private adoptOrReplace(): void {
    const server = this.getAttribute(SSR_KEY);
    this.removeAttribute(SSR_KEY);
    const current = this.contentState;
    const client = current.status === 'ready' ? this.hydrationKey(current.pack) : undefined;
    const hydrating = this.hydrationFlags().some((name) => (this as unknown as Record<string, unknown>)[name]);
    if (hydrating && client === server) return;
    const [serverPack, clientPack] = [server, client].map((key) => key?.split('|').slice(0, 2).join('|'));
    if (!hydrating) {
      // Lit was loaded before its hydration support (a bundle of the sources with Lit imported first).
      console.warn(`<${this.localName}>: Lit's hydration support is not loaded first, so it is rendered again.`);
    } else if (serverPack !== clientPack) {
      console.warn(
        `<${this.localName}>: it was prerendered from other content than it has now, so it is rendered again in the browser.`,
      );
    }
    this.clearPrerendered();
  }

  /** Empties the prerendered shadow root for a fresh render, with the element's own styles. */
  private clearPrerendered(): void {
    const root = this.shadowRoot!;
    root.replaceChildren();
    // Lit keeps its rendered part on the container; a failed hydration may have left one.
    delete (root as unknown as { _$litPart$?: unknown })._$litPart$;
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    for (const name of this.hydrationFlags()) (this as unknown as Record<string, unknown>)[name] = false;
    // Without the hydration support, Lit meant to render before the first prerendered node.
    delete this.renderOptions.renderBefore;
  }

  /**
   * Where Lit's hydration support marks an element to hydrate on its first update (it hydrates
   * when set; cleared, Lit renders afresh): `_$needsHydration`, `_$AG` in Lit's minified builds.
   * Lit keeps its `_$` names stable across its packages and versions.
   */
  private hydrationFlags(): string[] {
    return ['_$needsHydration', '_$AG'].filter((name) => name in this);
  }

  /**
   * What the reader's state (answers, ticks, progress) belongs to: by default the pack's id, so an
   * equal copy of the content (a framework re-rendering) keeps it. A new key runs `setUp()`.
   */
  protected setUpKey(pack: ContentPack): string {
    return pack.meta.id;
  }

  /** Sets up the reader's state for `pack`, before it is first rendered; once per `setUpKey()`. */
  protected setUp(_pack: ContentPack): void {}

  private contentSource(): ContentSource {
    const timeoutMs = fetchTimeoutMs(this.fetchTimeout, this.getAttribute('fetch-timeout'), this.localName);
    const { content, packId: pack, src, sections } = this;
    return { content, pack, src, timeoutMs, lang: nearestLang(this), sections };
  }

  /**
   * An id attribute (`quiz`, `group`, `track`) that names nothing in the pack. Like a missing
   * `requires` section or a failed download, it renders the error panel and fires `trust-content-error`.
   */
  protected selectionProblem(_pack: ContentPack): ContentProblem | undefined {
    return undefined;
  }

  /**
   * Announces `text` to screen readers through the element's polite live region. The region is
   * emptied first, so the same words said twice are heard twice.
   */
  protected announce(text: string): void {
    this.announcement = '';
    clearTimeout(this.saying);
    this.saying = setTimeout(() => (this.announcement = text), 50);
  }
  private saying?: ReturnType<typeof setTimeout>;

  /** After the next render, focuses the view's heading (first visible `.view-heading`), where jumps land; drops an unheard announcement. */
  focusHeading(options?: FocusOptions): Promise<void> {
    clearTimeout(this.saying);
    return this.focusAfterRender('.view-heading', options);
  }

  /** After the next render, moves focus to the first visible element matching `selector` in the shadow root. */
  protected async focusAfterRender(selector: string, options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    for (const target of this.renderRoot.querySelectorAll<HTMLElement>(selector)) {
      target.focus(options);
      if (target.matches(':focus')) return;
    }
  }

  /** Dispatches a typed, bubbling, composed `trust-*` event; `false` when a listener cancelled a `cancelable` one. */
  protected emit<K extends TrustEventName>(
    type: K,
    detail: TrustEventDetail<K>,
    { cancelable = false }: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Renders the element once its content is ready. */
  protected abstract renderContent(pack: ContentPack): unknown;

  /** The error panel, and under it the built-in hotlines, so a reader never meets a dead end. */
  protected renderError(problems: ContentProblem[], fallback: ContentPack): unknown {
    return [renderErrorPanel(problems, fallback, this.level), fallbackHotlines(fallback, this.region, this.level)];
  }

  /** While the content is on its way. */
  protected renderLoading(): unknown {
    return html`<div class="loading" aria-busy="true"></div>`;
  }

  protected renderBody(): unknown {
    const current = this.contentState;
    if (current.status === 'loading') return this.renderLoading();
    return current.status === 'error'
      ? this.renderError(current.problems, current.fallback)
      : this.renderContent(current.pack);
  }

  override render(): TemplateResult {
    const pack = this.pack;
    return html`<div
      part="base"
      class="base"
      lang=${pack?.meta.locale ?? nothing}
      dir=${pack?.meta.direction ?? nothing}
    >
      ${this.helpControl && this.contentState.status === 'ready' ? renderHelpNow(this.contentState.pack, this.region, this.level) : nothing}
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}
