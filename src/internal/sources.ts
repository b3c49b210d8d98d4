import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack, Source } from '../schema/pack.js';
import { safeHref } from './rich-text.js';

/**
 * The attribution line for a sign, cause or step: the articles it is based on, linked where the
 * pack gives a URL. Titles are shown as the source shows them (a description where it has none),
 * and the publisher only where the source names one. Never worded as advice given to the pack.
 */
export function renderSources(pack: ContentPack, ids: readonly string[]): TemplateResult | typeof nothing {
  const sources = ids
    .map((id) => pack.meta.sources.find((source) => source.id === id))
    .filter((source) => source !== undefined);
  if (sources.length === 0) return nothing;
  return html`<p part="sources" class="sources muted">
    ${pack.ui.common.basedOn}:
    ${sources.map((source, index) => html`${index > 0 ? '; ' : nothing}${renderSource(source, pack.meta.locale)}`)}
  </p>`;
}

/** A title in another language than the pack's carries its own `lang`, so it is read in that language (WCAG 3.1.2). */
function renderSource(source: Source, locale: string): TemplateResult {
  const lang = source.lang && source.lang.toLowerCase() !== locale.toLowerCase() ? source.lang : nothing;
  const name = source.title !== undefined ? html`<cite lang=${lang}>${source.title}</cite>` : source.description;
  const href = safeHref(source.url);
  return html`${href ? html`<a href=${href}>${name}</a>` : name}${source.publisher ? ` (${source.publisher})` : nothing}`;
}
