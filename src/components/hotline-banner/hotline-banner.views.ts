import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack, Hotline, RegionHotlines } from '../../schema/pack.js';
import type { ContentProblem } from '../../schema/parse.js';
import { safeHref } from '../../internal/rich-text.js';
import { format, formatCount } from '../../internal/format.js';
import { problemList } from '../../internal/trust-element.views.js';
import { describeLanguages, smsHref } from './hotline-banner.state.js';

/** Templates for the parts of the banner: rendering only; state and behaviour stay in the element. */

type Phone = RegionHotlines['emergency'];

/** Where to turn outside the pack's regions: the pack's message and directory link. */
export function renderElsewhere(pack: ContentPack): TemplateResult {
  const { message, label, url } = pack.hotlines.elsewhere;
  const href = safeHref(url);
  return html`<p part="elsewhere" class="elsewhere">
    ${message} ${href ? html`<a href=${href}>${label}</a>` : label}
  </p>`;
}

/** A `tel:` link whose text is `text` with the number as shown in it ("Call {number}"). */
export function callLink(phone: Phone, text: string): TemplateResult {
  return html`<a href=${`tel:${phone.dial}`}>${format(text, { number: phone.display })}</a>`;
}

export function renderLine(line: Hotline, pack: ContentPack, compact: boolean): TemplateResult {
  const strings = pack.ui.banner;
  const actions = [
    line.phone && callLink(line.phone, strings.call),
    line.sms &&
      html`<a href=${smsHref(line.sms.dial, line.sms.keyword)}
        >${
          line.sms.keyword
            ? format(strings.textKeyword, { keyword: line.sms.keyword, number: line.sms.display })
            : format(strings.text, { number: line.sms.display })
        }</a
      >`,
    !compact && line.tty && callLink(line.tty, strings.tty),
    !compact &&
      line.chat &&
      // Named with the line ("Chat: 988 Lifeline"): a visually hidden span would add a space.
      html`<a href=${line.chat} aria-label=${`${strings.chat}: ${line.name}`}>${strings.chat}</a>`,
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
export function renderRegion(pack: ContentPack, code: string, pick: (code: string) => void): TemplateResult {
  const regions = Object.entries(pack.hotlines.regions);
  const strings = pack.ui.banner;
  if (regions.length < 2) {
    return html`<p part="region" class="region needs-script">
      ${format(strings.regionFor, { region: pack.hotlines.regions[code]!.name })}
    </p>`;
  }
  return html`<p part="region" class="region needs-script">
    <label for="region">${strings.regionLabel}</label>
    <select
      id="region"
      part="region-select"
      @change=${(event: Event) => pick((event.target as HTMLSelectElement).value)}
    >
      ${regions.map(([value, region]) => html`<option value=${value} ?selected=${value === code}>${region.name}</option>`)}
    </select>
  </p>`;
}

/**
 * The quick-exit link (a real link, so it works without JavaScript), its hint, the spoken count of
 * Shift presses left (`remaining`), and the cover shown while leaving.
 */
export function renderQuickExit(
  pack: ContentPack,
  url: string,
  /** Shift presses left, or `undefined` (nothing said); `null` when the shortcut is off. */
  remaining: number | undefined | null,
  onClick: (event: MouseEvent) => void,
  /** Keeps the cover up on Escape while the page is leaving (its `cancel` and `close`). */
  keepCover: (event: Event) => void,
): TemplateResult {
  const strings = pack.ui.banner;
  const shortcut = remaining !== null;
  return html`<div class="exit">
      <a
        part="quick-exit"
        class="button quick-exit"
        href=${url}
        rel="noreferrer"
        aria-describedby=${shortcut ? 'exit-hint' : nothing}
        @click=${onClick}
        >${strings.quickExit}</a
      >
      ${
        shortcut
          ? html`<span class="muted needs-script" id="exit-hint">${strings.quickExitHint}</span>
              <span class="visually-hidden exit-status" role="status" aria-live="assertive"
                >${
                  remaining === undefined
                    ? ''
                    : formatCount(strings.shiftRemaining, pack.meta.locale, remaining, { count: remaining })
                }</span
              >`
          : nothing
      }
    </div>
    <dialog part="cover" class="cover" aria-label=${strings.leaving} @cancel=${keepCover} @close=${keepCover}>
      <p>${strings.leaving}</p>
    </dialog>`;
}

/** The banner's own error notice, with the problems behind a disclosure (the hotlines follow it). */
export function renderContentFailed(problems: readonly ContentProblem[], fallback: ContentPack): TemplateResult {
  return html`<p part="error" class="notice" role="alert">${fallback.ui.banner.contentFailed}</p>
    <details class="muted">
      <summary>${fallback.ui.common.errorTitle}</summary>
      ${problemList(problems)}
    </details>`;
}
