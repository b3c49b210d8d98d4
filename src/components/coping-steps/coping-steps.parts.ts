import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContentPack, Step, Track } from '../../schema/pack.js';

type StepsStrings = ContentPack['ui']['steps'];

/** Pieces of `<trust-coping-steps>` that only render what they are given. */

/** The tracks as native radios in a fieldset: arrow keys move between them (mirrored in RTL). */
export function renderTracks(
  tracks: readonly Track[],
  current: Track,
  strings: StepsStrings,
  onPick: (track: Track) => void,
): TemplateResult {
  return html`<fieldset part="tracks" class="tracks">
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
export function renderReflection(
  step: Step,
  note: string,
  persist: boolean,
  strings: StepsStrings,
  onNote: (text: string) => void,
): TemplateResult {
  const reflection = step.reflection!;
  return html`<div part="reflection" class="reflection">
    <p id="prompt">${reflection.prompt}</p>
    ${
      reflection.note
        ? html`<label for="note">${strings.noteLabel}</label>
            <textarea
              id="note"
              part="note"
              aria-describedby="prompt note-hint"
              .value=${live(note)}
              @input=${(event: Event) => onNote((event.target as HTMLTextAreaElement).value)}
            ></textarea>
            <p id="note-hint" class="muted">${persist ? strings.notePersist : strings.noteMemory}</p>`
        : nothing
    }
  </div>`;
}

/** Every step of the track as a button, the current one marked with `aria-current="step"`. */
export function renderOverview(
  track: Track,
  index: number,
  done: readonly string[],
  strings: StepsStrings,
  onJump: (index: number) => void,
): TemplateResult {
  return html`<nav part="overview" class="overview" aria-labelledby="overview-title">
    <h3 id="overview-title">${strings.overview}</h3>
    <ol>
      ${track.steps.map(
        (step, i) =>
          html`<li>
            <button type="button" aria-current=${i === index ? 'step' : nothing} @click=${() => onJump(i)}>
              <span>${step.title}</span>${
                done.includes(step.id)
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
