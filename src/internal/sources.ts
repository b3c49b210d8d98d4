import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack } from '../schema/pack.js';
import { format, safeHref } from './rich-text.js';

/** The attribution line for a sign, cause or step: its sources, linked where the pack gives a URL. */
export function renderSources(pack: ContentPack, ids: readonly string[]): TemplateResult | typeof nothing {
  const sources = ids
    .map((id) => pack.meta.sources.find((source) => source.id === id))
    .filter((source) => source !== undefined);
  if (sources.length === 0) return nothing;
  return html`<p part="sources" class="sources muted">
    ${pack.ui.common.sources}:
    ${sources.map((source, index) => {
      const href = safeHref(source.url);
      const title = href ? html`<a href=${href}>${source.title}</a>` : html`<cite>${source.title}</cite>`;
      return html`${index > 0 ? '; ' : nothing}${title}
      (${source.publisher}${
        source.reviewer ? html`, ${format(pack.ui.common.reviewedBy, { name: source.reviewer })}` : nothing
      })`;
    })}
  </p>`;
}
