import type { PropertyDeclarations } from 'lit';
import type { ContentPack, Quiz } from '../../schema/pack.js';
import type { ContentProblem } from '../../schema/parse.js';
import { dropLateDoubleClicks } from '../../internal/double-click.js';
import { TrustElement } from '../../internal/trust-element.js';
import type { ElementSections } from '../../internal/sections.js';
import { privacyLine } from '../../internal/trust-element.views.js';
import { PersistController } from '../../internal/persist-controller.js';
import { format } from '../../internal/format.js';
import { revealInPage, type PageLinkDetail } from '../../internal/page-links.js';
import {
  hasProgress,
  initialProgress,
  matchingSafetyRules,
  quizResult,
  restoreProgress,
  storedProgress,
  type QuizProgress,
} from './quiz.state.js';
import { renderQuiz, type QuizHandlers } from './quiz.views.js';
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
 * @csspart heading - The heading of each screen (on a question, its legend).
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
    confirming: { state: true, attribute: false },
  };

  /** Id of the quiz in the pack. The first quiz when not set. */
  quiz?: string;

  /** Keep progress in this browser (localStorage) so the reader can resume. Off by default. */
  persist = false;

  private progress: QuizProgress = initialProgress();
  /** Saved progress offered for resuming. */
  private saved?: QuizProgress;
  /** The result's "Take it again" is asking before it clears these answers (a new screen closes it). */
  private confirming?: QuizProgress;

  protected override readonly requires = 'quizzes';
  /** `quizzes` holds the signs, steps and causes its questions and results name. */
  protected override readonly sections: ElementSections = ['quizzes'];

  private get currentQuiz(): Quiz | undefined {
    const quizzes = this.contentState.status === 'ready' ? this.contentState.pack.quizzes : undefined;
    return this.quiz ? quizzes?.find((quiz) => quiz.id === this.quiz) : quizzes?.[0];
  }

  private readonly persistence = new PersistController<QuizProgress>(this, {
    key: () => {
      const quiz = this.currentQuiz;
      return quiz && [this.pack!.meta.id, 'quiz', quiz.id];
    },
    snapshot: () => (hasProgress(this.progress) ? storedProgress(this.currentQuiz!, this.progress) : undefined),
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

  /** Answers kept in this browser change the first screen (the intro offers to pick them up). */
  protected override hydrationInputs(): unknown[] {
    return [this.saved ? 'saved' : ''];
  }

  /** Changes the progress, and keeps it in storage only when `persist` is set. */
  private setProgress(progress: QuizProgress): void {
    this.progress = progress;
    this.persistence.save(hasProgress(progress) ? storedProgress(this.currentQuiz!, progress) : undefined);
  }

  /** When the screen last changed: a double-click's second click is dropped for a moment after. */
  private shownAt = -Infinity;

  constructor() {
    super();
    dropLateDoubleClicks(this, () => this.shownAt);
  }

  /** Shows a screen, then moves focus to its heading (or to `focus`) and says what a sighted reader sees. */
  private show(progress: QuizProgress, focus?: string): void {
    const quiz = this.currentQuiz!;
    this.shownAt = performance.now();
    this.setProgress(progress);
    // Focus on the screen's heading (a question: its fieldset, named "Question 2 of 12: …") is the
    // one voice for the change: no announcement repeats it.
    void (focus ? this.focusAfterRender(focus) : this.focusHeading());
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

  /** The safety help has just appeared: say so in one sentence and bring it into view, focus stays put. */
  private async revealSafety(): Promise<void> {
    this.announce(this.strings!.quiz.safetyAnnounce);
    await this.updateComplete;
    this.renderRoot.querySelector('.safety-title')?.scrollIntoView({ block: 'nearest' });
  }

  /** What the reader can do on the screens that ./quiz.views.ts draws. */
  private readonly handlers: QuizHandlers = {
    start: () => {
      this.emit('trust-quiz-start', { quizId: this.currentQuiz!.id });
      this.show({ screen: 'question', index: 0, answers: {} });
    },
    resume: (saved) => {
      this.saved = undefined;
      this.show(saved);
    },
    reset: (announceCleared) => {
      this.saved = undefined;
      this.show(initialProgress());
      this.persistence.clear();
      if (announceCleared) this.announce(this.strings!.quiz.cleared);
    },
    choose: (value) => {
      const quiz = this.currentQuiz!;
      const { index, answers } = this.progress;
      const question = quiz.questions[index]!;
      const matchedBefore = matchingSafetyRules(quiz, answers).length > 0;
      this.setProgress({ ...this.progress, answers: { ...answers, [question.id]: value } });
      this.emit(
        'trust-quiz-answer',
        this.shareAnswers
          ? { quizId: quiz.id, questionId: question.id, value, index }
          : { quizId: quiz.id, questionId: question.id, index },
      );
      if (!matchedBefore && matchingSafetyRules(quiz, this.progress.answers).length > 0) void this.revealSafety();
    },
    go: (step) => {
      const quiz = this.currentQuiz!;
      const { index, answers, reviewing } = this.progress;
      const next = index + step;
      if (step === 1 && answers[quiz.questions[index]!.id] === undefined) {
        this.announce(this.strings!.quiz.chooseAnswer);
        return;
      }
      // A question opened from the review: back to the review, on the answer just changed.
      if (reviewing) return this.show({ screen: 'review', index, answers }, `.change[data-index="${index}"]`);
      this.show(
        next < 0
          ? { screen: 'intro', index: 0, answers }
          : next >= quiz.questions.length
            ? { screen: 'result', index, answers }
            : { screen: 'question', index: next, answers },
      );
    },
    ask: (open) => {
      // The question takes focus, so it is heard; Keep or Escape hands focus back to the button.
      this.confirming = open ? this.progress : undefined;
      void this.focusAfterRender(open ? '.resume' : '.retake');
    },
    change: (index) => this.show({ ...this.progress, screen: 'question', index, reviewing: true }),
    navigate: (kind, id) => {
      if (this.emit('trust-quiz-navigate', { kind, id }, { cancelable: true })) void revealInPage(kind, id, this);
    },
    from: this,
  };

  protected renderContent(pack: ContentPack): unknown {
    return renderQuiz({
      pack,
      quiz: this.currentQuiz!,
      progress: this.progress,
      saved: this.saved,
      confirming: this.confirming,
      persist: this.persist,
      privacy: privacyLine(pack.ui.quiz, this.persist, this.shareAnswers),
      region: this.region,
      level: this.level,
      on: this.handlers,
    });
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
