import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ContentPack, Quiz, SafetyRule, UiStrings } from '../../schema/pack.js';
import { format, richText } from '../../internal/rich-text.js';
import type { PageLinkKind } from '../../internal/page-links.js';
import { safetyTopics, type QuizResult } from './scoring.js';
import type { QuizProgress } from './progress.js';

/** Templates for the quiz's screens: rendering only; state and behaviour stay in the element. */

/**
 * The help shown as soon as a safety rule matches, under the question (so it never pushes the
 * focused answer away) and on every later question: the rules' messages and the hotlines for their
 * topics. Not a live region: the element says one short sentence when it first appears.
 */
export function renderSafety(pack: ContentPack, rules: readonly SafetyRule[], region?: string): unknown {
  if (rules.length === 0) return nothing;
  return html`<section part="safety" class="safety" aria-labelledby="safety-title">
    <h3 id="safety-title" class="safety-title">${pack.ui.quiz.safetyTitle}</h3>
    ${rules.map((rule) => html`<p>${richText(rule.message)}</p>`)}
    <trust-hotline-banner
      .content=${pack}
      region=${region ?? nothing}
      topics=${safetyTopics(rules).join(' ')}
      variant="compact"
    ></trust-hotline-banner>
  </section>`;
}

export interface QuestionHandlers {
  choose(value: number): void;
  go(step: 1 | -1): void;
  keydown(event: KeyboardEvent): void;
}

/**
 * One question: position and progress, a fieldset whose legend is the focus target (a heading,
 * so screen readers say the question first, and Tab then lands in the radio group), native radios,
 * and Back / Next. Next stays disabled until answered, with a visible hint it is described by.
 */
export function renderQuestion(
  strings: UiStrings['quiz'],
  quiz: Quiz,
  { index, answers }: QuizProgress,
  on: QuestionHandlers,
): TemplateResult {
  const question = quiz.questions[index]!;
  const total = quiz.questions.length;
  const chosen = answers[question.id];
  const position = format(strings.questionOf, { n: index + 1, total });
  const last = index === total - 1;
  return html`<form @submit=${(event: Event) => (event.preventDefault(), on.go(1))}>
    <div class="position">
      <span class="muted">${position}</span>
      <progress
        part="progress"
        max=${total}
        .value=${index + 1}
        aria-label=${strings.progressLabel}
        aria-valuetext=${position}
      ></progress>
    </div>
    ${keyed(
      question.id,
      html`<fieldset part="question" aria-describedby=${chosen === undefined ? 'hint' : nothing} @keydown=${on.keydown}>
        <legend><h2 part="heading" class="heading view-heading" tabindex="-1">${question.text}</h2></legend>
        <div class="options">
          ${quiz.scale.map(
            (point) =>
              html`<label class="option">
                <input
                  type="radio"
                  name=${question.id}
                  value=${point.value}
                  .checked=${chosen === point.value}
                  @change=${() => on.choose(point.value)}
                />
                <span>${point.label}</span>
              </label>`,
          )}
        </div>
      </fieldset>`,
    )}
    ${chosen === undefined ? html`<p id="hint" class="muted hint">${strings.chooseAnswer}</p>` : nothing}
    <div class="actions">
      <button type="button" class="secondary back" @click=${() => on.go(-1)}>${strings.back}</button>
      <button
        type="submit"
        class="next"
        ?disabled=${chosen === undefined}
        aria-describedby=${chosen === undefined ? 'hint' : nothing}
      >
        ${last ? strings.seeResults : strings.next}
      </button>
    </div>
  </form>`;
}

/**
 * Where the score falls among the bands: an SVG drawn with x/width attributes (no style bindings,
 * so it works under a strict CSP), hidden from assistive tech, with `scaleText` as its text
 * equivalent. One unit of width per possible score, so bands keep their true proportions.
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
    <p class="visually-hidden scale-text">${format(strings.scaleText, { band: band.title, score, max })}</p>
  </div>`;
}

/** Renders a step or cause title; `link` turns it into a control when its element is on the page. */
export type TitleRenderer = (kind: PageLinkKind, id: string, title: string) => unknown;

/** The signs that stood out, and the band's steps and causes; each list only when it has items. */
export function renderFindings(result: QuizResult, strings: UiStrings['quiz'], link: TitleRenderer): TemplateResult {
  const list = (heading: string, className: string, items: unknown[]) =>
    items.length
      ? html`<h3>${heading}</h3>
          <ul class=${className}>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
      : nothing;
  return html`${list(
    strings.standout,
    'standout',
    result.standout.map((sign) => sign.text),
  )}
  ${list(
    strings.steps,
    'steps',
    result.steps.map((step) => link('step', step.id, step.title)),
  )}
  ${list(
    strings.causes,
    'causes',
    result.causes.map((cause) => link('cause', cause.id, cause.title)),
  )}`;
}
