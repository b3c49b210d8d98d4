import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ContentPack, Step, Track } from '../../schema/pack.js';
import type { ContentProblem } from '../../schema/parse.js';
import { TrustElement } from '../../internal/trust-element.js';
import type { ElementSections } from '../../internal/sections.js';
import { richText } from '../../internal/rich-text.js';
import { format, formatCount } from '../../internal/format.js';
import { PersistController } from '../../internal/persist-controller.js';
import * as progress from './coping-steps.state.js';
import type { StepsProgress } from './coping-steps.state.js';
import { copingStepsStyles } from './coping-steps.styles.js';
import { renderOverview, renderStep, renderTracks, type StepView } from './coping-steps.views.js';

export interface StepChangeDetail {
  trackId: string;
  stepId: string;
  /** Position of the step in its track, from 0. */
  index: number;
}

/**
 * Step-by-step ways to rebuild trust, in tracks ("For you", "Supporting someone"), with tips, a
 * reflection prompt and an optional private note. The last step of each track shows the hotlines.
 * Notes and progress stay in memory unless `persist` is set; notes never leave the element.
 *
 * @summary Coping steps in tracks, with progress, private notes and hotlines on the last step.
 * @tag trust-coping-steps
 *
 * @csspart base - The outer box.
 * @csspart heading - The title of the coping section.
 * @csspart tracks - The fieldset of track radios.
 * @csspart progress - The "done" count and progress bar.
 * @csspart step - The current step.
 * @csspart step-of - The "Step 3 of 9" line.
 * @csspart step-heading - The current step's title (focused when the step changes).
 * @csspart tips - The list of tips.
 * @csspart reflection - The reflection prompt and note field.
 * @csspart note - The private note field.
 * @csspart done-toggle - The "Mark as done" toggle button.
 * @csspart back - The previous-step button.
 * @csspart next - The next-step button.
 * @csspart overview - The list of every step in the track.
 * @csspart help - The hotlines on the last step.
 * @csspart clear - The "Clear my notes" button (with `persist`).
 * @csspart sources - The sources of the step.
 * @csspart error - The error panel.
 *
 * @cssprop --trust-coping-steps-step-surface - Background of the current step (default: the alternate surface).
 * @cssprop --trust-coping-steps-progress-color - Fill of the progress bar (default: the accent colour).
 *
 * @fires trust-step-change - The step shown changed. Detail: `{ trackId, stepId, index }` (index from 0).
 * @fires trust-steps-complete - Every step of a track is marked done. Detail: `{ trackId }`.
 * @fires trust-content-error - The content could not be used.
 */
export class TrustCopingSteps extends TrustElement {
  static override styles = [...TrustElement.styles, copingStepsStyles];

  static override properties: PropertyDeclarations = {
    track: {},
    step: {},
    persist: { type: Boolean, reflect: true },
    progress: { state: true },
  };

  /** Id of the track to show, e.g. `supporting`. Follows the reader's choice. */
  track?: string;

  /** Id of a step to show (from any track). Setting it later moves there. Follows the reader. */
  step?: string;

  /** Keep notes and progress in this browser's localStorage, with a "Clear my notes" button. */
  persist = false;

  private progress: StepsProgress = progress.emptyProgress();

  protected override readonly requires = 'coping';
  protected override readonly sections: ElementSections = ['coping'];

  protected override selectionProblem(pack: ContentPack): ContentProblem | undefined {
    return progress.trackProblem(pack, this.track);
  }

  private get coping(): NonNullable<ContentPack['coping']> | undefined {
    return this.contentState.status === 'ready' ? this.contentState.pack.coping : undefined;
  }

  private get currentTrack(): Track | undefined {
    return this.coping && progress.trackById(this.coping, this.progress.track);
  }

  private readonly persistence = new PersistController<StepsProgress>(this, {
    key: () => this.pack && [this.pack.meta.id, 'steps', 'progress'],
    snapshot: () => this.progress,
    merge: (stored, mine) => (this.coping ? progress.keepForeign(stored, this.coping, mine) : mine),
  });

  /** Progress for the pack: the stored one with `persist`, else what the reader has done here, at `track` or `step`. */
  protected override setUp(pack: ContentPack): void {
    const coping = pack.coping!;
    let start = progress.restoreProgress(this.persistence.load() ?? this.progress, coping);
    if (this.track) start = { ...start, track: this.track };
    const deep = this.step ? progress.findStep(coping, this.step) : undefined;
    if (this.step && !deep) console.warn(`<${this.localName}>: there is no step "${this.step}".`);
    this.progress = deep ? progress.moveTo(start, deep.track.id, this.step!) : start;
    this.syncProperties();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const fresh = this.contentState.status !== 'ready' || changed.has('content') || changed.has('src');
    super.willUpdate(changed);
    const coping = this.coping;
    if (fresh || !coping) return;
    const track = this.currentTrack!;
    if (changed.has('step') && this.step && this.step !== progress.currentStep(track, this.progress).id) {
      const found = progress.findStep(coping, this.step);
      if (found) this.go(found.track, found.index, this.matches(':focus-within'));
      else console.warn(`<${this.localName}>: there is no step "${this.step}".`);
    } else if (changed.has('track') && this.track && this.track !== track.id) {
      const next = coping.tracks.find((t) => t.id === this.track);
      if (next) this.go(next, progress.currentIndex(next, this.progress), false);
    }
  }

  /** Progress and notes kept in this browser. */
  protected override hydrationInputs(): unknown[] {
    return [JSON.stringify(this.progress)];
  }

  /** Keeps `track` and `step` telling where the reader is, so setting them again always works. */
  private syncProperties(): void {
    const track = this.currentTrack!;
    this.track = track.id;
    this.step = progress.currentStep(track, this.progress).id;
  }

  private save(): void {
    this.persistence.save(this.progress);
  }

  /** Shows step `index` of `track`, moving focus to its heading when `focus` is true. */
  private go(track: Track, index: number, focus: boolean): void {
    const switched = track.id !== this.currentTrack?.id;
    const step = track.steps[index]!;
    this.progress = progress.moveTo(this.progress, track.id, step.id);
    this.syncProperties();
    this.save();
    const strings = this.strings!.steps;
    const values = { n: index + 1, total: track.steps.length, title: step.title, track: track.title };
    this.emit('trust-step-change', { trackId: track.id, stepId: step.id, index });
    // One voice: focus on the step heading (named "Step 3 of 9: …"), else the live region.
    if (focus) void this.focusHeading();
    else this.announce(format(switched ? strings.trackAnnounce : strings.stepAnnounce, values));
  }

  private toggleDone(track: Track, step: Step): void {
    const wasComplete = progress.isComplete(track, this.progress);
    this.progress = progress.toggleDone(this.progress, step.id);
    this.save();
    const strings = this.strings!.steps;
    if (!wasComplete && progress.isComplete(track, this.progress)) {
      this.announce(format(strings.allDone, { track: track.title }));
      this.emit('trust-steps-complete', { trackId: track.id });
    } else {
      const count = progress.doneCount(track, this.progress);
      this.announce(
        formatCount(strings.doneCount, this.pack!.meta.locale, count, { count, total: track.steps.length }),
      );
    }
  }

  private readonly pickTrack = (track: Track): void =>
    this.go(track, progress.currentIndex(track, this.progress), false);

  private clearNotes(): void {
    this.persistence.clear();
    this.progress = { ...this.progress, notes: {}, done: [] };
    this.announce(this.strings!.steps.cleared);
  }

  protected renderContent(pack: ContentPack): TemplateResult {
    const coping = pack.coping!;
    const strings = pack.ui.steps;
    const track = this.currentTrack!;
    const index = progress.currentIndex(track, this.progress);
    const total = track.steps.length;
    const count = progress.doneCount(track, this.progress);
    const view: StepView = {
      go: (i) => this.go(track, i, true),
      toggleDone: (step) => this.toggleDone(track, step),
      onNote: (step, text) => {
        this.progress = progress.withNote(this.progress, step.id, text);
        this.save();
      },
      progress: this.progress,
      persist: this.persist,
      region: this.region,
      level: this.level,
    };
    return html`
      <p part="heading" class="heading" role="heading" aria-level=${this.level}>${coping.title}</p>
      ${coping.intro ? html`<p class="intro">${richText(coping.intro)}</p>` : nothing}
      ${coping.tracks.length > 1 ? renderTracks(coping.tracks, track, strings, this.pickTrack) : nothing}
      <div part="progress" class="progress">
        <p id="done-count">${formatCount(strings.doneCount, pack.meta.locale, count, { count, total })}</p>
        <progress max=${total} .value=${count} aria-labelledby="done-count"></progress>
      </div>
      <div class="layout">${renderStep(pack, track, index, view)} ${renderOverview(track, index, strings, view)}</div>
      ${
        this.persist
          ? html`<div class="storage">
              <p class="muted">${strings.notePersist}</p>
              <button type="button" part="clear" class="secondary" @click=${this.clearNotes}>
                ${strings.clearNotes}
              </button>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-coping-steps': TrustCopingSteps;
  }
  interface GlobalEventHandlersEventMap {
    'trust-step-change': CustomEvent<StepChangeDetail>;
    'trust-steps-complete': CustomEvent<{ trackId: string }>;
  }
}
