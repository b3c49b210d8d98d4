import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ContentPack, Quiz, SafetyRule } from '../../schema/pack.js';
import { richText } from '../../internal/rich-text.js';
import { format, formatCount } from '../../internal/format.js';
import { below } from '../../internal/trust-element.views.js';
import type { PageLinkKind } from '../../internal/page-links.js';
import { matchingSafetyRules, quizResult, safetyTopics, type QuizProgress } from './quiz.state.js';
import { hasProgress, resumeAt } from './quiz.state.js';
import { renderFindings, renderScale } from './quiz.result.js';

/** Templates for the quiz's screens: rendering only; state and behaviour stay in the element. */

/** What the reader can do on the screens; the element changes its state, focus and events in each. */
export interface QuizHandlers {
  start(): void;
  /** Shows `progress`: saved answers, answers kept after Back, or the result's "Change my answers". */
  resume(progress: QuizProgress): void;
  reset(announceCleared: boolean): void;
  choose(value: number): void;
  go(step: 1 | -1): void;
  /** Opens (`true`) or closes the question "Take it again" asks before it clears the answers. */
  ask(open: boolean): void;
  /** Opens question `index` from the review of every answer; Next or Back then return to it. */
  change(index: number): void;
  navigate(kind: PageLinkKind, id: string): void;
  /** The quiz, whose page result links search for the steps and causes. */
  from: Node;
}

/** Everything a screen is drawn from, handed over by the element on each render. */
export interface QuizView {
  pack: ContentPack;
  quiz: Quiz;
  progress: QuizProgress;
  /** Saved progress offered for resuming: the intro then offers it before anything else. */
  saved?: QuizProgress;
  /** The progress for which "Take it again" is asking before it clears: any new screen closes it. */
  confirming?: QuizProgress;
  persist: boolean;
  /** The privacy sentence that is true for the element's `persist` and `share-answers`. */
  privacy: string;
  region?: string;
  /** The quiz's `heading-level`: each screen's heading; its sub-headings one below. */
  level: number;
  on: QuizHandlers;
}

/** The screen the reader is on: the intro (with the offer to resume), a question, or the result. */
export function renderQuiz(view: QuizView): TemplateResult {
  const { screen } = view.progress;
  if (view.saved || screen === 'intro') return renderIntro(view);
  if (screen === 'result') return renderResult(view);
  if (screen === 'review') return renderReview(view);
  // A question, the safety help once an answer calls for it, and (with `persist`) the clear control.
  return html`${renderQuestion(view)} ${renderSafety(view, matchingSafetyRules(view.quiz, view.progress.answers))}
  ${renderClear(view)}`;
}

/** The matching safety rules' messages, then the hotlines for their topics. */
const safetyHelp = ({ pack, region }: QuizView, rules: readonly SafetyRule[], level: number, variant?: 'compact') =>
  html`${rules.map((rule) => html`<p>${richText(rule.message)}</p>`)}
    <trust-hotline-banner
      .content=${pack}
      region=${region ?? nothing}
      topics=${safetyTopics(rules).join(' ')}
      variant=${variant ?? nothing}
      heading-level=${level}
    ></trust-hotline-banner>`;

/** A question answered by the buttons in it, named by its text (focusable: asking, it takes focus). */
const offer = (text: string, buttons: TemplateResult, keydown?: (event: KeyboardEvent) => unknown) =>
  html`<div
    class="resume focus-target needs-script"
    role="group"
    aria-labelledby="offer"
    tabindex="-1"
    @keydown=${keydown}
  >
    <p id="offer">${text}</p>
    <div class="actions">${buttons}</div>
  </div>`;

/** What the quiz is, what stays private, then Start, or the offer to pick up answers (saved, or kept after Back). */
function renderIntro({ pack, quiz, progress, saved, privacy, level, on }: QuizView): TemplateResult {
  const strings = pack.ui.quiz;
  const kept = saved ?? (hasProgress(progress) ? resumeAt(quiz, progress.answers) : undefined);
  return html`<p part="heading" class="heading view-heading" role="heading" aria-level=${level} tabindex="-1">
      ${quiz.title}
    </p>
    <p>${richText(quiz.intro)}</p>
    <p part="disclaimer" class="disclaimer">${richText(quiz.disclaimer)}</p>
    <p class="muted">
      ${formatCount(strings.questionCount, pack.meta.locale, quiz.questions.length, { total: quiz.questions.length })}
    </p>
    <p class="muted privacy">${privacy}</p>
    ${
      kept
        ? offer(
            saved ? strings.resumeOffer : strings.answersKept,
            html`<button class="resume-button" @click=${() => on.resume(kept)}>${strings.resume}</button>
              <button class="secondary start-over" @click=${() => on.reset(false)}>${strings.startOver}</button>`,
          )
        : html`<div class="actions needs-script">
            <button class="start" @click=${() => on.start()}>${strings.start}</button>
          </div>`
    }
    <p part="no-script" class="no-script">${strings.needsScript}</p>`;
}

/**
 * The help shown as soon as a safety rule matches, under the question (so it never pushes the
 * focused answer away) and on every later question: the rules' messages and the hotlines for their
 * topics. Not a live region: the element says one short sentence when it first appears.
 */
function renderSafety(view: QuizView, rules: readonly SafetyRule[]): unknown {
  if (rules.length === 0) return nothing;
  return html`<section part="safety" class="safety" aria-labelledby="safety-title">
    <p id="safety-title" class="safety-title" role="heading" aria-level=${below(view.level)}>
      ${view.pack.ui.quiz.safetyTitle}
    </p>
    ${safetyHelp(view, rules, below(view.level, 2), 'compact')}
  </section>`;
}

/** Enter on an answer goes on, as Next does. */
function nextOnEnter(event: KeyboardEvent, on: QuizHandlers): void {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
  event.preventDefault();
  on.go(1);
}

/**
 * One question: position and progress, a fieldset whose legend is the question (not a heading: it
 * is part of the quiz, not a section beside it), native radios, and Back / Next. The fieldset is
 * the focus target, named "Question 2 of 12: …", so focus alone says where the reader is (no live
 * announcement repeats it), and Tab then lands in the radio group. Next stays disabled until
 * answered, with a visible hint it is described by.
 */
function renderQuestion({ pack, quiz, progress: { index, answers, reviewing }, on }: QuizView): TemplateResult {
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
        aria-label=${format(strings.progressLabel, { quiz: quiz.title })}
        aria-valuetext=${position}
      ></progress>
    </div>
    ${keyed(
      question.id,
      html`<fieldset
        part="question"
        class="view-heading"
        tabindex="-1"
        aria-label=${format(strings.questionAnnounce, { n: index + 1, total, text: question.text })}
        aria-describedby=${chosen === undefined ? 'hint' : nothing}
        @keydown=${(event: KeyboardEvent) => nextOnEnter(event, on)}
      >
        <legend part="heading" class="heading">${question.text}</legend>
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
      ${
        reviewing
          ? nothing
          : html`<button type="button" class="secondary back" @click=${() => on.go(-1)}>${strings.back}</button>`
      }
      <button
        type="submit"
        class="next"
        ?disabled=${chosen === undefined}
        aria-describedby=${chosen === undefined ? 'hint' : nothing}
      >
        ${reviewing ? strings.backToAnswers : last ? strings.seeResults : strings.next}
      </button>
    </div>
  </form>`;
}

/**
 * The result: the band with its findings, or, when a safety rule matched, help first and no verdict;
 * then "Change my answers" (every answer kept) and "Take it again", which asks before it clears.
 */
function renderResult(view: QuizView): TemplateResult {
  const { pack, quiz, progress, level, on } = view;
  const strings = pack.ui.quiz;
  const result = quizResult(pack, quiz, progress.answers);
  const findings = renderFindings(result, strings, below(level), on);
  const end = html`<p part="disclaimer" class="disclaimer">${richText(quiz.disclaimer)}</p>
    <div class="actions">
      <button class="secondary change-answers" @click=${() => on.resume({ ...progress, screen: 'review' })}>
        ${strings.changeAnswers}
      </button>
      <button class="retake" @click=${() => on.ask(true)}>${strings.retake}</button>
    </div>
    ${
      view.confirming === progress
        ? offer(
            strings.retakeConfirm,
            html`<button @click=${() => on.reset(false)}>${strings.clear}</button>
              <button class="secondary" @click=${() => on.ask(false)}>${strings.keepAnswers}</button>`,
            (event) => event.key === 'Escape' && on.ask(false),
          )
        : nothing
    }
    ${renderClear(view)}`;
  if (result.safety.length > 0) {
    // The reader said something about their safety: lead with help, and give no verdict that
    // could reassure them (no band title, body, score or scale).
    return html`<div class="result">
      <p part="heading" class="heading view-heading" role="heading" aria-level=${level} tabindex="-1">
        ${strings.safetyTitle}
      </p>
      ${safetyHelp(view, result.safety, below(level))}
      <p class="other-answers sub" role="heading" aria-level=${below(level)}>${strings.otherAnswers}</p>
      <p>${strings.otherAnswersIntro}</p>
      ${findings} ${end}
    </div>`;
  }
  const { band, score, max } = result;
  return html`<div class="result">
    <p part="heading" class="heading view-heading" role="heading" aria-level=${level} tabindex="-1">${band.title}</p>
    <p>${richText(band.body)}</p>
    ${quiz.showScore ? html`<p class="score">${format(strings.score, { score, max })}</p>` : nothing}
    ${renderScale(quiz, result, strings)} ${findings}
    ${
      band.hotlines
        ? html`<trust-hotline-banner
            .content=${pack}
            region=${view.region ?? nothing}
            heading-level=${below(level)}
          ></trust-hotline-banner>`
        : nothing
    }
    ${end}
  </div>`;
}

/**
 * Every question with the answer given, each with a Change button (named with its question, so
 * voice control and screen readers tell them apart) that opens it; then back to the result. The
 * safety help stays on it when an answer calls for it.
 */
function renderReview(view: QuizView): TemplateResult {
  const { pack, quiz, progress, level, on } = view;
  const strings = pack.ui.quiz;
  const label = (value?: number) => quiz.scale.find((point) => point.value === value)?.label ?? '';
  return html`<p part="heading" class="heading view-heading" role="heading" aria-level=${level} tabindex="-1">
      ${strings.reviewTitle}
    </p>
    <ol part="review" class="review">
      ${quiz.questions.map(
        (question, index) =>
          html`<li>
            <p class="review-question">${question.text}</p>
            <p class="review-answer">${label(progress.answers[question.id])}</p>
            <button
              class="secondary change"
              data-index=${index}
              aria-label=${`${strings.changeAnswer}: ${question.text}`}
              @click=${() => on.change(index)}
            >
              ${strings.changeAnswer}
            </button>
          </li>`,
      )}
    </ol>
    <div class="actions">
      <button class="see-result" @click=${() => on.resume({ ...progress, screen: 'result' })}>
        ${strings.seeResults}
      </button>
    </div>
    ${renderSafety(view, matchingSafetyRules(quiz, progress.answers))} ${renderClear(view)}`;
}

/** With `persist`: that the answers are kept in this browser, and the control that clears them. */
function renderClear({ pack, persist, on }: QuizView): unknown {
  if (!persist) return nothing;
  return html`<p class="muted privacy">${pack.ui.quiz.privacyPersist}</p>
    <button class="secondary clear" @click=${() => on.reset(true)}>${pack.ui.quiz.clear}</button>`;
}
