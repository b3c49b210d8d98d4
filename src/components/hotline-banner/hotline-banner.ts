import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ContentPack } from '../../schema/pack.js';
import type { ContentProblem } from '../../schema/parse.js';
import { TrustElement } from '../../internal/trust-element.js';
import { arrivedBuiltinPack, builtinPack, nearestLang } from '../../internal/content.js';
import { format } from '../../internal/format.js';
import { parseTopics, regionName, resolveRegion, selectHotlines, type ResolvedRegion } from './hotline-banner.state.js';
import { QuickExitController, exitUrl, leavePage } from './hotline-banner.quick-exit.js';
import {
  callLink,
  renderContentFailed,
  renderElsewhere,
  renderLine,
  renderQuickExit,
  renderRegion,
} from './hotline-banner.views.js';
import { bannerStyles } from './hotline-banner.styles.js';

/** How long the banner waits for a publisher's pack before it shows the built-in hotlines meanwhile. */
const FALLBACK_AFTER_MS = 1000;

/**
 * Crisis and domestic-violence hotlines for the reader's region, with working call and text links,
 * TTY, chat, hours and the emergency number, and an optional quick-exit link. Whatever else fails
 * (a bad pack, a failed fetch), it shows the built-in hotlines and says the content failed.
 *
 * The quick exit also leaves on Shift pressed alone three times. NVDA pauses and resumes speech
 * with Shift alone, so a screen-reader user can set it off by accident: `shortcut="off"` keeps
 * only the link (and its hint goes).
 *
 * @summary Hotlines for the reader's region, with an optional quick exit.
 * @tag trust-hotline-banner
 *
 * @csspart base - The outer box.
 * @csspart heading - The banner's title.
 * @csspart list - The list of hotlines.
 * @csspart line - One hotline.
 * @csspart emergency - The emergency number.
 * @csspart quick-exit - The quick-exit link.
 * @csspart cover - The cover shown while leaving the page.
 * @csspart region - Names the region the lines are for, with the picker.
 * @csspart region-select - The region picker.
 * @csspart not-covered - Said when the reader's region is not in the pack, with the directory link.
 * @csspart elsewhere - Where to turn outside the pack's regions (a directory of helplines).
 * @csspart error - The notice shown when the content failed.
 *
 * @cssprop --trust-hotline-banner-accent - Colour of the banner's leading edge (default: the alert colour).
 * @cssprop --trust-hotline-banner-cover - Background of the quick-exit cover.
 *
 * @fires trust-content-error - The content could not be used; the built-in hotlines are shown.
 * @fires trust-quick-exit - The reader chose to leave the page (before navigation).
 */
export class TrustHotlineBanner extends TrustElement {
  static override styles = [...TrustElement.styles, bannerStyles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    topics: {},
    quickExit: { attribute: 'quick-exit' },
    shortcut: {},
    pickedRegion: { state: true, attribute: false },
  };

  protected override readonly helpControl = false;

  /** `inline` shows every detail; `compact` shows one line per hotline. */
  variant: 'inline' | 'compact' = 'inline';

  /** Space-separated hotline topics to show, e.g. `domestic-violence crisis`. All when empty. */
  topics?: string;

  /** An https URL to leave for. Shows a quick-exit link and enables the Shift ×3 shortcut. */
  quickExit?: string;

  /** `off`: no Shift ×3 shortcut, only the quick-exit link (NVDA uses Shift alone to pause speech). */
  shortcut?: string;

  /** The region the reader picked in the banner, which wins over everything else. */
  private pickedRegion?: string;

  private get cover(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog.cover');
  }

  /** How every banner leaves the page; tests replace it so the test page stays. */
  static leave: (url: string) => void = leavePage;

  private readonly exitController = new QuickExitController(this, (url) => TrustHotlineBanner.leave(url));

  get quickExitUrl(): string | undefined {
    return exitUrl(this.quickExit, this.localName);
  }

  /** The cover is up and the page is leaving. */
  private leaving = false;

  showExitCover(): void {
    this.emit('trust-quick-exit', { url: this.quickExitUrl! });
    this.leaving = true;
    const cover = this.cover;
    if (cover && !cover.open) cover.showModal();
  }

  hideExitCover(): void {
    this.leaving = false;
    this.cover?.close();
  }

  /**
   * Escape must not uncover the page while a slow navigation is pending: its `cancel` is refused,
   * and where the browser closes the dialog anyway (no user activation since it opened), it reopens.
   */
  private readonly keepCover = (event: Event): void => {
    event.preventDefault();
    if (this.leaving && !this.cover?.open) this.cover?.showModal();
  };

  private onExitClick(event: MouseEvent): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.exitController.exit();
  }

  /** Gets the built-in hotlines when the publisher's pack is slow (see `renderLoading`). */
  private fallbackTimer?: ReturnType<typeof setTimeout>;

  /**
   * While a publisher's pack is on its way, the built-in hotlines: at once when they are already
   * on the page, else after `FALLBACK_AFTER_MS`, so a fast pack costs no extra download and a slow
   * one never leaves the banner an empty box. Until then the publisher's own no-JavaScript
   * fallback (the links written inside the element) stays on screen.
   */
  protected override renderLoading(): unknown {
    const fallback = arrivedBuiltinPack(nearestLang(this));
    if (fallback) return this.renderContent(fallback);
    this.fallbackTimer ??= setTimeout(async () => {
      await builtinPack(nearestLang(this), []);
      this.requestUpdate();
    }, FALLBACK_AFTER_MS);
    return html`<slot></slot>`;
  }

  protected override updated(): void {
    if (this.contentState.status !== 'loading') this.stopFallbackTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFallbackTimer();
  }

  private stopFallbackTimer(): void {
    clearTimeout(this.fallbackTimer);
    this.fallbackTimer = undefined;
  }

  protected override renderError(problems: ContentProblem[], fallback: ContentPack): unknown {
    return [renderContentFailed(problems, fallback), this.renderContent(fallback)];
  }

  /** The region to show: the reader's pick in the banner wins, then `region`, the browser language, the default. */
  private currentRegion(pack: ContentPack): ResolvedRegion {
    return this.pickedRegion && Object.hasOwn(pack.hotlines.regions, this.pickedRegion)
      ? { code: this.pickedRegion }
      : resolveRegion(pack, this.region);
  }

  /** The lines change below the picker, out of the reader's sight: say which region they are now for. */
  private pickRegion(pack: ContentPack, code: string): void {
    this.pickedRegion = code;
    this.announce(format(pack.ui.banner.regionFor, { region: pack.hotlines.regions[code]!.name }));
  }

  protected renderContent(pack: ContentPack): TemplateResult {
    const strings = pack.ui.banner;
    const resolved = this.currentRegion(pack);
    const selection = selectHotlines(pack, resolved.code, parseTopics(this.topics));
    const compact = this.variant === 'compact';
    const missing = resolved.missing && regionName(resolved.missing, pack.meta.locale);
    const url = this.quickExitUrl;
    return html`
      <div class="top">
        <p part="heading" class="heading" role="heading" aria-level=${this.level}>${strings.title}</p>
        ${
          url
            ? renderQuickExit(
                pack,
                url,
                this.shortcut === 'off' ? null : this.exitController.remaining,
                this.onExitClick,
                this.keepCover,
              )
            : nothing
        }
      </div>
      ${compact ? nothing : html`<p>${strings.intro}</p>`}
      ${
        missing
          ? html`<div part="not-covered" class="not-covered">
              <p>${format(strings.notCovered, { wanted: missing, region: selection.region.name })}</p>
              ${renderElsewhere(pack)}
            </div>`
          : nothing
      }
      ${renderRegion(pack, resolved.code, (code) => this.pickRegion(pack, code))}
      ${selection.gaps.map((gap) => html`<p class="gap">${gap}</p>`)}
      <ul part="list" class="lines">
        ${selection.lines.map((line) => renderLine(line, pack, compact))}
      </ul>
      <p part="emergency" class="emergency">${callLink(selection.region.emergency, strings.emergency)}</p>
      ${missing ? nothing : renderElsewhere(pack)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-hotline-banner': TrustHotlineBanner;
  }
  interface GlobalEventHandlersEventMap {
    'trust-quick-exit': CustomEvent<{ url: string }>;
  }
}
