import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ContentPack, Quiz, SafetyRule, UiStrings } from '../../schema/pack.js';
import { richText } from '../../internal/rich-text.js';
import { format } from '../../internal/format.js';
import type { PageLinkKind } from '../../internal/page-links.js';
import { matchingSafetyRules, quizResult, safetyTopics, type QuizProgress, type QuizResult } from './quiz.state.js';

/** Templates for the quiz's screens: rendering only; state and behaviour stay in the element. */

/** What the reader can do on the screens; the element changes its state, focus and events in each. */
export interface QuizHandlers {
  start(): void;
  resume(saved: QuizProgress): void;
  reset(announceCleared: boolean): void;
  choose(value: number): void;
  go(step: 1 | -1): void;
  navigate(kind: PageLinkKind, id: string): void;
  /** Whether the page has a widget to link a step or cause to. */
  canLink(kind: PageLinkKind): boolean;
}

/** Everything a screen is drawn from, handed over by the element on each render. */
export interface QuizView {
  pack: ContentPack;
  quiz: Quiz;
  progress: QuizProgress;
  /** Saved progress offered for resuming: the intro then offers it before anything else. */
  saved?: QuizProgress;
  persist: boolean;
  /** The privacy sentence that is true for the element's `persist` and `share-answers`. */
  privacy: string;
  region?: string;
  on: QuizHandlers;
}

/** The screen the reader is on: the intro (with the offer to resume), a question, or the result. */
export function renderQuiz(view: QuizView): TemplateResult {
  const { screen } = view.progress;
  if (view.saved || screen === 'intro') return renderIntro(view);
  if (screen === 'result') return renderResult(view);
  // A question, the safety help once an answer calls for it, and (with `persist`) the clear control.
  return html`${renderQuestion(view)} ${renderSafety(view, matchingSafetyRules(view.quiz, view.progress.answers))}
  ${renderClear(view)}`;
}

/** The matching safety rules' messages, then the hotlines for their topics. */
const safetyHelp = ({ pack, region }: QuizView, rules: readonly SafetyRule[], variant?: 'compact') =>
  html`${rules.map((rule) => html`<p>${richText(rule.message)}</p>`)}
    <trust-hotline-banner
      .content=${pack}
      region=${region ?? nothing}
      topics=${safetyTopics(rules).join(' ')}
      variant=${variant ?? nothing}
    ></trust-hotline-banner>`;

/** What the quiz is and is not, what stays private, then Start, or the offer to resume saved answers. */
function renderIntro({ pack, quiz, saved, privacy, on }: QuizView): TemplateResult {
  const strings = pack.ui.quiz;
  return html`<h2 part="heading" class="heading view-heading" tabindex="-1">${quiz.title}</h2>
    <p>${richText(quiz.intro)}</p>
    <p part="disclaimer" class="disclaimer">${richText(quiz.disclaimer)}</p>
    <p class="muted">${format(strings.questionCount, { total: quiz.questions.length })}</p>
    <p class="muted privacy">${privacy}</p>
    ${
      saved
        ? html`<div class="resume" role="group" aria-labelledby="resume-offer">
            <p id="resume-offer">${strings.resumeOffer}</p>
            <div class="actions">
              <button class="resume-button" @click=${() => on.resume(saved)}>${strings.resume}</button>
              <button class="secondary start-over" @click=${() => on.reset(false)}>${strings.startOver}</button>
            </div>
          </div>`
        : html`<div class="actions"><button class="start" @click=${() => on.start()}>${strings.start}</button></div>`
    }`;
}

/**
 * The help shown as soon as a safety rule matches, under the question (so it never pushes the
 * focused answer away) and on every later question: the rules' messages and the hotlines for their
 * topics. Not a live region: the element says one short sentence when it first appears.
 */
function renderSafety(view: QuizView, rules: readonly SafetyRule[]): unknown {
  if (rules.length === 0) return nothing;
  return html`<section part="safety" class="safety" aria-labelledby="safety-title">
    <h3 id="safety-title" class="safety-title">${view.pack.ui.quiz.safetyTitle}</h3>
    ${safetyHelp(view, rules, 'compact')}
  </section>`;
}

/** Enter on an answer goes on, as Next does. */
function nextOnEnter(event: KeyboardEvent, on: QuizHandlers): void {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
  event.preventDefault();
  on.go(1);
}

/**
 * One question: position and progress, a fieldset whose legend is the focus target (a heading,
 * so screen readers say the question first, and Tab then lands in the radio group), native radios,
 * and Back / Next. Next stays disabled until answered, with a visible hint it is described by.
 */
function renderQuestion({ pack, quiz, progress: { index, answers }, on }: QuizView): TemplateResult {
  const strings = pack.ui.quiz;
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
      html`<fieldset
        part="question"
        aria-describedby=${chosen === undefined ? 'hint' : nothing}
        @keydown=${(event: KeyboardEvent) => nextOnEnter(event, on)}
      >
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

/** The result: the band with its findings, or, when a safety rule matched, help first and no verdict. */
function renderResult(view: QuizView): TemplateResult {
  const { pack, quiz, progress, on } = view;
  const strings = pack.ui.quiz;
  const result = quizResult(pack, quiz, progress.answers);
  const findings = renderFindings(result, strings, on);
  const end = html`<p part="disclaimer" class="disclaimer">${richText(quiz.disclaimer)}</p>
    <div class="actions"><button class="retake" @click=${() => on.reset(false)}>${strings.retake}</button></div>
    ${renderClear(view)}`;
  if (result.safety.length > 0) {
    // The reader said something about their safety: lead with help, and give no verdict that
    // could reassure them (no band title, body, score or scale).
    return html`<div class="result">
      <h2 part="heading" class="heading view-heading" tabindex="-1">${strings.safetyTitle}</h2>
      ${safetyHelp(view, result.safety)}
      <h3 class="other-answers">${strings.otherAnswers}</h3>
      <p>${strings.otherAnswersIntro}</p>
      ${findings} ${end}
    </div>`;
  }
  const { band, score, max } = result;
  return html`<div class="result">
    <h2 part="heading" class="heading view-heading" tabindex="-1">${band.title}</h2>
    <p>${richText(band.body)}</p>
    ${quiz.showScore ? html`<p class="score">${format(strings.score, { score, max })}</p>` : nothing}
    ${renderScale(quiz, result, strings)} ${findings}
    ${
      band.hotlines
        ? html`<trust-hotline-banner .content=${pack} region=${view.region ?? nothing}></trust-hotline-banner>`
        : nothing
    }
    ${end}
  </div>`;
}

/** With `persist`: that the answers are kept in this browser, and the control that clears them. */
function renderClear({ pack, persist, on }: QuizView): unknown {
  if (!persist) return nothing;
  return html`<p class="muted privacy">${pack.ui.quiz.privacyPersist}</p>
    <button class="secondary clear" @click=${() => on.reset(true)}>${pack.ui.quiz.clear}</button>`;
}

/**
 * Where the score falls among the bands: an SVG drawn with x/width attributes (no style bindings,
 * so it works under a strict CSP), hidden from assistive tech, with `scaleText` as its text
 * equivalent. One unit of width per possible score, so bands keep their true proportions.
 */
function renderScale(quiz: Quiz, result: QuizResult, strings: UiStrings['quiz']): TemplateResult {
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

/**
 * The signs that stood out, and the band's steps and causes; each list only when it has items. A
 * step or cause title is a control that shows it when its element is on the page.
 */
function renderFindings(
  result: QuizResult,
  strings: UiStrings['quiz'],
  on: Pick<QuizHandlers, 'navigate' | 'canLink'>,
): TemplateResult {
  const link = (kind: PageLinkKind, id: string, title: string) =>
    on.canLink(kind)
      ? html`<button type="button" class="link" @click=${() => on.navigate(kind, id)}>${title}</button>`
      : title;
  const list = (title: string, className: string, items: unknown[]) =>
    items.length
      ? html`<h3>${title}</h3>
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
