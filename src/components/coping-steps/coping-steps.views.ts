import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContentPack, Step, Track } from '../../schema/pack.js';
import { richText } from '../../internal/rich-text.js';
import { format } from '../../internal/format.js';
import { below } from '../../internal/trust-element.views.js';
import { renderSources } from '../../internal/sources.js';
import type { StepsProgress } from './coping-steps.state.js';

type StepsStrings = ContentPack['ui']['steps'];

/** Pieces of `<trust-coping-steps>` that only render what they are given. */

/** What a step needs from the element: the reader's progress, and what to do on a click. */
export interface StepView {
  progress: StepsProgress;
  /** Notes are kept in localStorage. */
  persist: boolean;
  region?: string;
  /** The element's `heading-level`; the step and the overview are one below. */
  level: number;
  /** Shows step `index` of the current track, moving focus to it. */
  go: (index: number) => void;
  toggleDone: (step: Step) => void;
  onNote: (step: Step, text: string) => void;
}

/** The tracks as native radios in a fieldset: arrow keys move between them (mirrored in RTL). */
export function renderTracks(
  tracks: readonly Track[],
  current: Track,
  strings: StepsStrings,
  onPick: (track: Track) => void,
): TemplateResult {
  return html`<fieldset part="tracks" class="tracks needs-script">
    <legend>${strings.trackLabel}</legend>
    ${tracks.map(
      (track) =>
        html`<label class="track-option">
          <input
            type="radio"
            name="track"
            value=${track.id}
            .checked=${live(track.id === current.id)}
            @change=${() => onPick(track)}
          />
          <span
            >${track.title}${track.description ? html`<span class="muted">${track.description}</span>` : nothing}</span
          >
        </label>`,
    )}
  </fieldset>`;
}

/** The reflection prompt, and the private note field when the step offers one. */
function renderReflection(step: Step, strings: StepsStrings, view: StepView): TemplateResult {
  const reflection = step.reflection!;
  return html`<div part="reflection" class="reflection">
    <p id="prompt">${reflection.prompt}</p>
    ${
      reflection.note
        ? html`<label for="note" class="needs-script">${strings.noteLabel}</label>
            <textarea
              id="note"
              class="needs-script"
              part="note"
              aria-describedby="prompt note-hint"
              .value=${live(view.progress.notes[step.id] ?? '')}
              @input=${(event: Event) => view.onNote(step, (event.target as HTMLTextAreaElement).value)}
            ></textarea>
            <p id="note-hint" class="muted needs-script">${view.persist ? strings.notePersist : strings.noteMemory}</p>`
        : nothing
    }
  </div>`;
}

/** Every step of the track as a button, the current one marked with `aria-current="step"`. */
export function renderOverview(track: Track, index: number, strings: StepsStrings, view: StepView): TemplateResult {
  return html`<nav part="overview" class="overview" aria-labelledby="overview-title">
    <p id="overview-title" class="sub" role="heading" aria-level=${below(view.level)}>${strings.overview}</p>
    <ol class="no-script">
      ${track.steps.map((step) => html`<li>${step.title}</li>`)}
    </ol>
    <ol class="needs-script">
      ${track.steps.map(
        (step, i) =>
          html`<li>
            <button type="button" aria-current=${i === index ? 'step' : nothing} @click=${() => view.go(i)}>
              <span>${step.title}</span>${
                view.progress.done.includes(step.id)
                  ? html`<span class="done-mark"
                      ><span aria-hidden="true">✓</span><span class="visually-hidden">${strings.done}</span></span
                    >`
                  : nothing
              }
            </button>
          </li>`,
      )}
    </ol>
  </nav>`;
}

/**
 * The current step: its text, tips, reflection and sources, its buttons, and on the last step the
 * hotlines. Its heading is the focus target when the step changes, named "Step 3 of 9: …", so focus
 * alone says where the reader is.
 */
export function renderStep(pack: ContentPack, track: Track, index: number, view: StepView): TemplateResult {
  const strings = pack.ui.steps;
  const step = track.steps[index]!;
  const done = view.progress.done.includes(step.id);
  const total = track.steps.length;
  const last = index === total - 1;
  const level = below(view.level);
  return html`<section part="step" class="step" aria-labelledby="step-heading">
    <p part="step-of" class="step-of muted">${format(strings.stepOf, { n: index + 1, total })}</p>
    <p
      part="step-heading"
      id="step-heading"
      class="view-heading"
      role="heading"
      aria-level=${level}
      aria-label=${format(strings.stepAnnounce, { n: index + 1, total, title: step.title })}
      tabindex="-1"
    >
      ${step.title}
    </p>
    <p>${richText(step.body)}</p>
    ${
      step.tips.length
        ? html`<p class="sub" role="heading" aria-level=${below(level)}>${strings.tips}</p>
            <ul part="tips">
              ${step.tips.map((tip) => html`<li>${tip}</li>`)}
            </ul>`
        : nothing
    }
    ${step.reflection ? renderReflection(step, strings, view) : nothing} ${renderSources(pack, step.sources)}
    <div class="actions needs-script">
      <button
        type="button"
        part="done-toggle"
        class="secondary"
        aria-pressed=${String(done)}
        @click=${() => view.toggleDone(step)}
      >
        <span class="check" aria-hidden="true">${done ? '✓' : ''}</span>${strings.markDone}
      </button>
      ${
        index > 0
          ? html`<button type="button" part="back" class="secondary back" @click=${() => view.go(index - 1)}>
              <span class="arrow" aria-hidden="true">←</span>${strings.back}
            </button>`
          : nothing
      }
      ${
        last
          ? nothing
          : html`<button type="button" part="next" class="next" @click=${() => view.go(index + 1)}>
              ${strings.next}<span class="arrow" aria-hidden="true">→</span>
            </button>`
      }
    </div>
    ${
      last
        ? html`<section part="help" class="help" aria-labelledby="help-title">
            <p id="help-title" class="sub" role="heading" aria-level=${below(level)}>${strings.helpTitle}</p>
            <trust-hotline-banner
              .content=${pack}
              region=${view.region ?? nothing}
              variant="compact"
              heading-level=${below(level, 2)}
            ></trust-hotline-banner>
          </section>`
        : nothing
    }
  </section>`;
}
