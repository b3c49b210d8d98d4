import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Quiz, UiStrings } from '../../schema/pack.js';
import { format } from '../../internal/format.js';
import { pageLink, type PageLinkKind } from '../../internal/page-links.js';
import type { QuizResult } from './quiz.state.js';
import type { QuizHandlers } from './quiz.views.js';

/** The parts of the quiz's result screen that show what the answers found: the score scale and the lists. */

/**
 * Where the score falls among the bands: an SVG drawn with x/width attributes (no style bindings,
 * so it works under a strict CSP), hidden from assistive tech, with `scaleText` as its text
 * equivalent. One unit of width per possible score, so bands keep their true proportions. Every
 * band has the same fill, the marker has the text colour on it, and the reader's band is outlined
 * in the accent colour and named in bold in the legend of band titles below, in scale order.
 */
export function renderScale(quiz: Quiz, result: QuizResult, strings: UiStrings['quiz']): TemplateResult {
  const { band, score, min, max } = result;
  const span = max - min + 1;
  return html`<div part="scale" class="scale">
    <p class="muted" aria-hidden="true">${strings.scaleLabel}</p>
    <svg viewBox="0 0 ${span} 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${quiz.bands.map(
        (b) =>
          svg`<rect class="band ${b.id === band.id ? 'current' : ''}" x=${b.min - min} y="1" width=${b.max - b.min + 1} height="2"></rect>`,
      )}
      <rect class="marker" x=${score - min + 0.5 - span / 200} y="0" width=${span / 100} height="4"></rect>
    </svg>
    <ol class="scale-legend" aria-hidden="true">
      ${quiz.bands.map((b) => html`<li class=${b.id === band.id ? 'current' : ''}>${b.title}</li>`)}
    </ol>
    <p class="visually-hidden scale-text">${format(strings.scaleText, { band: band.title, score, max })}</p>
  </div>`;
}

/**
 * The signs that stood out, and the band's steps and causes; each list only when it has items. A
 * step or cause title is a control that shows it when its element is on the page.
 */
export function renderFindings(
  result: QuizResult,
  strings: UiStrings['quiz'],
  level: number,
  on: Pick<QuizHandlers, 'navigate' | 'from'>,
): TemplateResult {
  const link = (kind: PageLinkKind, id: string, title: string) =>
    pageLink(kind, title, on.from, { id, go: () => on.navigate(kind, id) }) ?? title;
  const list = (title: string, className: string, items: unknown[]) =>
    items.length
      ? html`<p class="sub" role="heading" aria-level=${level}>${title}</p>
          <ul class=${className}>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
      : nothing;
  const standout = result.standout.map((sign) => sign.text);
  const steps = result.steps.map((step) => link('step', step.id, step.title));
  const causes = result.causes.map((cause) => link('cause', cause.id, cause.title));
  return html`${list(strings.standout, 'standout', standout)} ${list(strings.steps, 'steps', steps)}
  ${list(strings.causes, 'causes', causes)}`;
}
