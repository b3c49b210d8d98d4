import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ContentPack, Hotline, UiStrings } from '../../schema/pack.js';
import type { ContentProblem } from '../../schema/parse.js';
import { TrustElement } from '../../internal/trust-element.js';
import { arrivedBuiltinPack, builtinPack, nearestLang } from '../../internal/content.js';
import { parseTopics, regionName, resolveRegion, selectHotlines, type ResolvedRegion } from '../../internal/region.js';
import { format, safeHref } from '../../internal/rich-text.js';
import { QuickExitController, leavePage } from '../../internal/quick-exit.js';
import { bannerStyles } from './hotline-banner.styles.js';

/** How long the banner waits for a publisher's pack before it shows the built-in hotlines meanwhile. */
const FALLBACK_AFTER_MS = 1000;

/**
 * Crisis and domestic-violence hotlines for the reader's region, with working call and text links,
 * TTY, chat, hours and the emergency number, and an optional quick-exit link. Whatever else fails
 * (a bad pack, a failed fetch), it shows the built-in hotlines and says the content failed.
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
    pickedRegion: { state: true, attribute: false },
  };

  protected override readonly helpControl = false;

  /** `inline` shows every detail; `compact` shows one line per hotline. */
  variant: 'inline' | 'compact' = 'inline';

  /** Space-separated hotline topics to show, e.g. `domestic-violence crisis`. All when empty. */
  topics?: string;

  /** An https URL to leave for. Shows a quick-exit link and enables the Shift ×3 shortcut. */
  quickExit?: string;

  /** The region the reader picked in the banner, which wins over everything else. */
  private pickedRegion?: string;

  private get cover(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog.cover');
  }

  /** How every banner leaves the page; tests replace it so the test page stays. */
  static leave: (url: string) => void = leavePage;

  private readonly exitController = new QuickExitController(this, (url) => TrustHotlineBanner.leave(url));

  get quickExitUrl(): string | undefined {
    const url = safeHref(this.quickExit);
    return url?.startsWith('https:') ? url : undefined;
  }

  showExitCover(): void {
    this.emit('trust-quick-exit', { url: this.quickExitUrl! });
    const cover = this.cover;
    if (cover && !cover.open) cover.showModal();
  }

  hideExitCover(): void {
    this.cover?.close();
  }

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
   * one never leaves the banner an empty box.
   */
  protected override renderLoading(): unknown {
    const fallback = arrivedBuiltinPack(nearestLang(this));
    if (fallback) return this.renderContent(fallback);
    this.fallbackTimer ??= setTimeout(async () => {
      await builtinPack(nearestLang(this));
      this.requestUpdate();
    }, FALLBACK_AFTER_MS);
    return super.renderLoading();
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

  protected override renderError(problems: ContentProblem[], fallback: ContentPack): TemplateResult {
    return html`<p part="error" class="notice" role="alert">${fallback.ui.banner.contentFailed}</p>
      <details class="muted">
        <summary>${fallback.ui.common.errorTitle}</summary>
        <ul>
          ${problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
        </ul>
      </details>
      ${this.renderContent(fallback)}`;
  }

  /** The region to show: the reader's pick in the banner wins, then `region`, the browser language, the default. */
  private currentRegion(pack: ContentPack): ResolvedRegion {
    return this.pickedRegion && Object.hasOwn(pack.hotlines.regions, this.pickedRegion)
      ? { code: this.pickedRegion }
      : resolveRegion(pack, this.region);
  }

  protected renderContent(pack: ContentPack): TemplateResult {
    const strings = pack.ui.banner;
    const resolved = this.currentRegion(pack);
    const selection = selectHotlines(pack, resolved.code, parseTopics(this.topics));
    const compact = this.variant === 'compact';
    const { emergency } = selection.region;
    const missing = resolved.missing && regionName(resolved.missing, pack.meta.locale);
    return html`
      <div class="top">
        <p part="heading" class="heading" role="heading" aria-level="2">${strings.title}</p>
        ${this.renderQuickExit(pack.ui)}
      </div>
      ${compact ? nothing : html`<p>${strings.intro}</p>`}
      ${
        missing
          ? html`<div part="not-covered" class="not-covered">
              <p>${format(strings.notCovered, { wanted: missing, region: selection.region.name })}</p>
              ${this.renderElsewhere(pack)}
            </div>`
          : nothing
      }
      ${this.renderRegion(pack, resolved.code)} ${selection.gaps.map((gap) => html`<p class="gap">${gap}</p>`)}
      <ul part="list" class="lines">
        ${selection.lines.map((line) => this.renderLine(line, pack, compact))}
      </ul>
      <p part="emergency" class="emergency">
        <a href=${`tel:${emergency.dial}`}>${format(strings.emergency, { number: emergency.display })}</a>
      </p>
      ${missing ? nothing : this.renderElsewhere(pack)}
    `;
  }

  /** Where to turn outside the pack's regions: the pack's message and directory link. */
  private renderElsewhere(pack: ContentPack): TemplateResult {
    const { message, label, url } = pack.hotlines.elsewhere;
    const href = safeHref(url);
    return html`<p part="elsewhere" class="elsewhere">
      ${message} ${href ? html`<a href=${href}>${label}</a>` : label}
    </p>`;
  }

  private renderLine(line: Hotline, pack: ContentPack, compact: boolean): TemplateResult {
    const strings = pack.ui.banner;
    const actions = [
      line.phone &&
        html`<a href=${`tel:${line.phone.dial}`}>${format(strings.call, { number: line.phone.display })}</a>`,
      line.sms &&
        html`<a href=${smsHref(line.sms.dial, line.sms.keyword)}
          >${
            line.sms.keyword
              ? format(strings.textKeyword, { keyword: line.sms.keyword, number: line.sms.display })
              : format(strings.text, { number: line.sms.display })
          }</a
        >`,
      !compact &&
        line.tty &&
        html`<a href=${`tel:${line.tty.dial}`}>${format(strings.tty, { number: line.tty.display })}</a>`,
      !compact &&
        line.chat &&
        html`<a href=${line.chat}>${strings.chat}<span class="visually-hidden">: ${line.name}</span></a>`,
    ].filter(Boolean);
    if (compact) {
      return html`<li part="line" class="line compact-line">
        <span class="name">${line.name}</span>${actions.map((action) => html`<span>${action}</span>`)}
      </li>`;
    }
    const languages = line.languages ? describeLanguages(line.languages, pack.meta.locale) : '';
    return html`<li part="line" class="line">
      <p class="name">${line.name}</p>
      <p class="muted">${line.purpose}</p>
      <ul class="actions">
        ${actions.map((action) => html`<li>${action}</li>`)}
      </ul>
      <p class="muted">
        ${format(strings.hours, { hours: line.hours })}${
          languages ? html` · ${format(strings.languages, { languages })}` : nothing
        }
      </p>
      ${line.note ? html`<p class="muted">${line.note}</p>` : nothing}
    </li>`;
  }

  /**
   * Names the region the lines are for and lets the reader change it: a labelled picker ("Helplines
   * for [United States]") when the pack has several regions, a plain line when it has one.
   */
  private renderRegion(pack: ContentPack, code: string): TemplateResult {
    const regions = Object.entries(pack.hotlines.regions);
    const strings = pack.ui.banner;
    if (regions.length < 2) {
      return html`<p part="region" class="region">
        ${format(strings.regionFor, { region: pack.hotlines.regions[code]!.name })}
      </p>`;
    }
    return html`<p part="region" class="region">
      <label for="region">${strings.regionLabel}</label>
      <select
        id="region"
        part="region-select"
        @change=${(event: Event) => (this.pickedRegion = (event.target as HTMLSelectElement).value)}
      >
        ${regions.map(([value, region]) => html`<option value=${value} ?selected=${value === code}>${region.name}</option>`)}
      </select>
    </p>`;
  }

  private renderQuickExit(ui: UiStrings): unknown {
    const url = this.quickExitUrl;
    if (!url) return nothing;
    const remaining = this.exitController.remaining;
    return html`<div class="exit">
        <a part="quick-exit" class="button quick-exit" href=${url} rel="noreferrer" @click=${this.onExitClick}
          >${ui.banner.quickExit}</a
        >
        <span class="muted">${ui.banner.quickExitHint}</span>
        <span class="visually-hidden exit-status" role="status" aria-live="assertive"
          >${remaining === undefined ? '' : format(ui.banner.shiftRemaining, { count: remaining })}</span
        >
      </div>
      <dialog part="cover" class="cover" aria-label=${ui.banner.leaving}>
        <p>${ui.banner.leaving}</p>
      </dialog>`;
  }
}

/** `sms:` link; the keyword goes in the body where phones honour it, and is always shown as text. */
export function smsHref(dial: string, keyword?: string): string {
  return keyword ? `sms:${dial}?&body=${encodeURIComponent(keyword)}` : `sms:${dial}`;
}

function describeLanguages(codes: readonly string[], locale: string): string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    const list = new Intl.ListFormat([locale], { type: 'conjunction' });
    return list.format(codes.map((code) => names.of(code) ?? code));
  } catch {
    return codes.join(', ');
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
