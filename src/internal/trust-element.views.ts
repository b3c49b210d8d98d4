import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack } from '../schema/pack.js';
import type { ContentProblem } from '../schema/parse.js';

/**
 * What the base element renders around every element's own content: the error panel, the
 * built-in hotlines under it, and the "Need help now?" control. The element's define module
 * registers `<trust-hotline-banner>` (every element's does).
 */

/**
 * The level `depth` below `level`, at most 6: levels past 6 are not reachable by a screen reader's
 * heading-level keys (and some read them as level 2), so the deepest headings share level 6.
 */
export const below = (level: number, depth = 1): number => Math.min(6, level + depth);

/** Each problem as `path: message`, the path in code. */
export function problemList(problems: readonly ContentProblem[]): TemplateResult {
  return html`<ul>
    ${problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
  </ul>`;
}

/** The error panel: what failed, each problem with its path. */
export function renderErrorPanel(
  problems: readonly ContentProblem[],
  fallback: ContentPack,
  level: number,
): TemplateResult {
  const strings = fallback.ui.common;
  return html`<div part="error" class="error" role="alert">
    <p class="heading" role="heading" aria-level=${level}>${strings.errorTitle}</p>
    <p>${strings.errorIntro}</p>
    ${problemList(problems)}
  </div>`;
}

/**
 * Under the error panel: the built-in hotlines for the region, so a reader never meets a dead end
 * when the publisher's content fails.
 */
export function fallbackHotlines(fallback: ContentPack, region: string | undefined, level: number): TemplateResult {
  return html`<p>${fallback.ui.common.fallbackHotlines}</p>
    <trust-hotline-banner
      .content=${fallback}
      region=${region ?? nothing}
      variant="compact"
      heading-level=${below(level)}
    ></trust-hotline-banner>`;
}

/**
 * The "Need help now?" control: a native disclosure that reveals the region's hotlines in place,
 * so help is one step away on every screen without leaving the widget or losing answers. It is
 * rendered at the same place whatever the screen, so it stays open while the reader goes on.
 */
export function renderHelpNow(pack: ContentPack, region: string | undefined, level: number): TemplateResult {
  return html`<details part="help-now" class="help-now">
    <summary>${pack.ui.common.helpNow}</summary>
    <trust-hotline-banner
      .content=${pack}
      region=${region ?? nothing}
      variant="compact"
      heading-level=${below(level)}
    ></trust-hotline-banner>
  </details>`;
}

export type PrivacyStrings = Record<'privacy' | 'privacyPersist' | 'privacyShared' | 'privacySharedPersist', string>;

/** The privacy sentence that is literally true for `persist` and `share-answers` (`shared`). */
export function privacyLine(strings: PrivacyStrings, persist: boolean, shared: boolean): string {
  if (shared) return persist ? strings.privacySharedPersist : strings.privacyShared;
  return persist ? strings.privacyPersist : strings.privacy;
}
