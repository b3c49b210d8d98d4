import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack } from '../schema/pack.js';

/**
 * What an element that shows hotlines adds to its error panel: the built-in hotlines for the
 * region, so a reader never meets a dead end when the publisher's content fails. The element's own
 * define module registers `<trust-hotline-banner>` (every element does: "Need help now?" needs it).
 */
export function fallbackHotlines(fallback: ContentPack, region: string | undefined): TemplateResult {
  return html`<p>${fallback.ui.common.fallbackHotlines}</p>
    <trust-hotline-banner .content=${fallback} region=${region ?? nothing} variant="compact"></trust-hotline-banner>`;
}
