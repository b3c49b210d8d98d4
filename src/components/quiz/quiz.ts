import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ContentPack, Quiz } from '../../schema/pack.js';
import type { ContentProblem } from '../../schema/parse.js';
import { TrustElement } from '../../internal/trust-element.js';
import { PersistController } from '../../internal/persist-controller.js';
import { format, richText } from '../../internal/rich-text.js';
import { pageTarget, revealInPage, type PageLinkDetail, type PageLinkKind } from '../../internal/page-links.js';
import { matchingSafetyRules, quizResult, safetyTopics } from './scoring.js';
import { hasProgress, initialProgress, restoreProgress, type QuizProgress, type QuizScreen } from './progress.js';
import { renderFindings, renderQuestion, renderSafety, renderScale } from './quiz-views.js';
import { quizStyles } from './quiz.styles.js';

export interface QuizStartDetail {
  quizId: string;
}
/** Without `share-answers`: which question was answered, never the answer. */
export interface QuizAnswerDetail {
  quizId: string;
  questionId: string;
  /** The raw scale value chosen. Only with `share-answers`. */
  value?: number;
  /** 0-based index of the question. */
  index: number;
}
/** Without `share-answers`: only that the quiz was completed. The rest only with `share-answers`. */
export interface QuizCompleteDetail {
  quizId: string;
  score?: number;
  maxScore?: number;
  bandId?: string;
  standoutSignIds?: string[];
}

/**
 * A self-reflection quiz from the content pack: one question at a time with native radios, a result
 * band with the signs that stood out and steps that may help, and hotlines shown at once when an
 * answer says the reader may be unsafe. Nothing is stored unless `persist` is set.
 *
 * @summary A private, accessible self-reflection quiz with safety escalation.
 * @tag trust-quiz
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading of each screen.
 * @csspart disclaimer - The "not a clinical instrument" note.
 * @csspart progress - The progress bar.
 * @csspart question - The question's fieldset.
 * @csspart safety - The help with hotlines shown when a safety rule matches.
 * @csspart scale - The visual scale of where the score falls.
 * @csspart error - The error panel.
 *
 * @cssprop --trust-quiz-option-radius - Corner radius of the answer options (default: the global radius).
 *
 * @fires trust-quiz-start - The reader started the quiz. Detail: `{ quizId }`.
 * @fires trust-quiz-answer - The reader chose an answer. Detail: `{ quizId, questionId, index }`; with `share-answers` also `value`.
 * @fires trust-quiz-complete - The result is shown. Detail: `{ quizId }`; with `share-answers` also `score, maxScore, bandId, standoutSignIds`.
 * @fires trust-quiz-navigate - A result link to a step or cause was chosen. Detail: `{ kind, id }`. Cancel it to handle it yourself.
 * @fires trust-content-error - The content could not be used.
 */
export class TrustQuiz extends TrustElement {
  static override styles = [...TrustElement.styles, quizStyles];

  static override properties: PropertyDeclarations = {
    quiz: {},
    persist: { type: Boolean, reflect: true },
    progress: { state: true, attribute: false },
    saved: { state: true, attribute: false },
  };

  /** Id of the quiz in the pack. The first quiz when not set. */
  quiz?: string;

  /** Keep progress in this browser (localStorage) so the reader can resume. Off by default. */
  persist = false;

  private progress: QuizProgress = initialProgress();
  /** Saved progress offered for resuming. */
  private saved?: QuizProgress;

  protected override readonly requires = 'quizzes';

  private get currentQuiz(): Quiz | undefined {
    const quizzes = this.contentState.status === 'ready' ? this.contentState.pack.quizzes : undefined;
    return this.quiz ? quizzes?.find((quiz) => quiz.id === this.quiz) : quizzes?.[0];
  }

  private get screen(): QuizScreen {
    return this.saved ? 'resume' : this.progress.screen;
  }

  private readonly persistence = new PersistController<QuizProgress>(this, {
    key: () => {
      const quiz = this.currentQuiz;
      return quiz && [this.pack!.meta.id, 'quiz', quiz.id];
    },
    snapshot: () => (hasProgress(this.progress) ? this.progress : undefined),
  });

  protected override selectionProblem(pack: ContentPack): ContentProblem | undefined {
    if (!this.quiz || pack.quizzes?.some((quiz) => quiz.id === this.quiz)) return undefined;
    return { path: 'quizzes', message: format(pack.ui.quiz.unknownQuiz, { quiz: this.quiz }) };
  }

  protected override setUpKey(pack: ContentPack): string {
    return `${pack.meta.id}/${this.currentQuiz!.id}`;
  }

  protected override setUp(): void {
    this.progress = initialProgress();
    this.saved = restoreProgress(this.currentQuiz!, this.persistence.load());
  }

  /** Changes the progress, and keeps it in storage only when `persist` is set. */
  private setProgress(progress: QuizProgress): void {
    this.progress = progress;
    this.persistence.save(hasProgress(progress) ? progress : undefined);
  }

  /** Shows a screen, then moves focus to its heading and says what a sighted reader sees. */
  private show(quiz: Quiz, progress: QuizProgress): void {
    this.setProgress(progress);
    void this.focusAfterRender('.view-heading');
    if (progress.screen === 'question') {
      const question = quiz.questions[progress.index]!;
      const strings = this.strings!.quiz;
      this.announce(
        format(strings.questionAnnounce, { n: progress.index + 1, total: quiz.questions.length, text: question.text }),
      );
    }
    if (progress.screen === 'result') {
      const result = quizResult(this.pack!, quiz, progress.answers);
      this.emit(
        'trust-quiz-complete',
        this.shareAnswers
          ? {
              quizId: quiz.id,
              score: result.score,
              maxScore: result.max,
              bandId: result.band.id,
              standoutSignIds: result.standout.map((sign) => sign.id),
            }
          : { quizId: quiz.id },
      );
    }
  }

  private start(quiz: Quiz): void {
    this.emit('trust-quiz-start', { quizId: quiz.id });
    this.show(quiz, { screen: 'question', index: 0, answers: {} });
  }

  private go(quiz: Quiz, step: 1 | -1): void {
    const { index, answers } = this.progress;
    const next = index + step;
    if (step === 1 && answers[quiz.questions[index]!.id] === undefined) {
      this.announce(this.strings!.quiz.chooseAnswer);
      return;
    }
    if (next < 0) this.show(quiz, { screen: 'intro', index: 0, answers });
    else if (next >= quiz.questions.length) this.show(quiz, { screen: 'result', index, answers });
    else this.show(quiz, { screen: 'question', index: next, answers });
  }

  private answer(quiz: Quiz, value: number): void {
    const { index } = this.progress;
    const question = quiz.questions[index]!;
    const matchedBefore = matchingSafetyRules(quiz, this.progress.answers).length > 0;
    this.setProgress({ ...this.progress, answers: { ...this.progress.answers, [question.id]: value } });
    this.emit(
      'trust-quiz-answer',
      this.shareAnswers
        ? { quizId: quiz.id, questionId: question.id, value, index }
        : { quizId: quiz.id, questionId: question.id, index },
    );
    if (!matchedBefore && matchingSafetyRules(quiz, this.progress.answers).length > 0) void this.revealSafety();
  }

  /** The safety help has just appeared: say so in one sentence and bring it into view, focus stays put. */
  private async revealSafety(): Promise<void> {
    this.announce(this.strings!.quiz.safetyAnnounce);
    await this.updateComplete;
    this.renderRoot.querySelector('.safety-title')?.scrollIntoView({ block: 'nearest' });
  }

  private resume(quiz: Quiz, saved: QuizProgress): void {
    this.saved = undefined;
    this.show(quiz, saved);
  }

  private reset(quiz: Quiz, announceCleared: boolean): void {
    this.saved = undefined;
    this.show(quiz, initialProgress());
    this.persistence.clear();
    if (announceCleared) this.announce(this.strings!.quiz.cleared);
  }

  private onKeydown(event: KeyboardEvent, quiz: Quiz): void {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    this.go(quiz, 1);
  }

  private navigate(kind: PageLinkKind, id: string): void {
    if (this.emit('trust-quiz-navigate', { kind, id }, { cancelable: true })) void revealInPage(kind, id);
  }

  protected renderContent(pack: ContentPack): unknown {
    const quiz = this.currentQuiz!;
    switch (this.screen) {
      case 'intro':
      case 'resume':
        return this.renderIntro(pack, quiz);
      case 'question':
        return this.renderQuestion(pack, quiz);
      case 'result':
        return this.renderResult(pack, quiz);
    }
  }

  private renderIntro(pack: ContentPack, quiz: Quiz): TemplateResult {
    const strings = pack.ui.quiz;
    const saved = this.saved;
    return html`<h2 part="heading" class="heading view-heading" tabindex="-1">${quiz.title}</h2>
      <p>${richText(quiz.intro)}</p>
      <p part="disclaimer" class="disclaimer">${richText(quiz.disclaimer)}</p>
      <p class="muted">${format(strings.questionCount, { total: quiz.questions.length })}</p>
      <p class="muted privacy">${this.privacyLine(strings, this.persist)}</p>
      ${
        saved
          ? html`<div class="resume" role="group" aria-labelledby="resume-offer">
              <p id="resume-offer">${strings.resumeOffer}</p>
              <div class="actions">
                <button class="resume-button" @click=${() => this.resume(quiz, saved)}>${strings.resume}</button>
                <button class="secondary start-over" @click=${() => this.reset(quiz, false)}>
                  ${strings.startOver}
                </button>
              </div>
            </div>`
          : html`<div class="actions">
              <button class="start" @click=${() => this.start(quiz)}>${strings.start}</button>
            </div>`
      }`;
  }

  private renderQuestion(pack: ContentPack, quiz: Quiz): TemplateResult {
    return html`${renderQuestion(pack.ui.quiz, quiz, this.progress, {
      choose: (value) => this.answer(quiz, value),
      go: (step) => this.go(quiz, step),
      keydown: (event) => this.onKeydown(event, quiz),
    })}
    ${renderSafety(pack, matchingSafetyRules(quiz, this.progress.answers), this.region)} ${this.renderClear(pack, quiz)}`;
  }

  private renderResult(pack: ContentPack, quiz: Quiz): TemplateResult {
    const strings = pack.ui.quiz;
    const result = quizResult(pack, quiz, this.progress.answers);
    const link = (kind: PageLinkKind, id: string, title: string) =>
      pageTarget(kind)
        ? html`<button type="button" class="link" @click=${() => this.navigate(kind, id)}>${title}</button>`
        : title;
    const findings = renderFindings(result, strings, link);
    const end = html`<p part="disclaimer" class="disclaimer">${richText(quiz.disclaimer)}</p>
      <div class="actions">
        <button class="retake" @click=${() => this.reset(quiz, false)}>${strings.retake}</button>
      </div>
      ${this.renderClear(pack, quiz)}`;
    if (result.safety.length > 0) {
      // The reader said something about their safety: lead with help, and give no verdict that
      // could reassure them (no band title, body, score or scale).
      return html`<div class="result">
        <h2 part="heading" class="heading view-heading" tabindex="-1">${strings.safetyTitle}</h2>
        ${result.safety.map((rule) => html`<p>${richText(rule.message)}</p>`)}
        <trust-hotline-banner
          .content=${pack}
          region=${this.region ?? nothing}
          topics=${safetyTopics(result.safety).join(' ')}
        ></trust-hotline-banner>
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
          ? html`<trust-hotline-banner .content=${pack} region=${this.region ?? nothing}></trust-hotline-banner>`
          : nothing
      }
      ${end}
    </div>`;
  }

  private renderClear(pack: ContentPack, quiz: Quiz): unknown {
    if (!this.persist) return nothing;
    return html`<p class="muted privacy">${pack.ui.quiz.privacyPersist}</p>
      <button class="secondary clear" @click=${() => this.reset(quiz, true)}>${pack.ui.quiz.clear}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-quiz': TrustQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'trust-quiz-start': CustomEvent<QuizStartDetail>;
    'trust-quiz-answer': CustomEvent<QuizAnswerDetail>;
    'trust-quiz-complete': CustomEvent<QuizCompleteDetail>;
    'trust-quiz-navigate': CustomEvent<PageLinkDetail>;
  }
}
