import { html, nothing, type TemplateResult } from 'lit';
import type { Cause, ContentPack, UiStrings } from '../../schema/pack.js';
import { richText } from '../../internal/rich-text.js';
import { renderSources } from '../../internal/sources.js';
import { pageLink } from '../../internal/page-links.js';
import { TAGS, stepTitles, tagLabel, type Filter } from './causes-explorer.state.js';

/** Templates for the explorer: rendering only; state and behaviour stay in the element. */

/** The relationship filter: a radio group, "all" first. */
export function renderFilter(
  strings: UiStrings['explorer'],
  filter: Filter,
  change: (filter: Filter) => void,
): TemplateResult {
  return html`<fieldset part="filter" class="filter needs-script">
    <legend>${strings.filterLabel}</legend>
    <div class="filter-options">
      ${(['all', ...TAGS] as Filter[]).map(
        (tag) =>
          html`<label>
            <input
              type="radio"
              name="relationship"
              value=${tag}
              .checked=${filter === tag}
              @change=${() => change(tag)}
            />
            ${tagLabel(strings, tag)}
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/**
 * One cause as a disclosure (narrow containers): a toggle button in a heading at `level`, `body`
 * when open. The selected cause's toggle is where a jump to it lands.
 */
export function renderDisclosure(
  cause: Cause,
  open: boolean,
  toggle: () => void,
  body: (cause: Cause) => unknown,
  level: number,
  selected: boolean,
): TemplateResult {
  return html`<section class="disclosure">
    <p role="heading" aria-level=${level}>
      <button
        type="button"
        class="disclosure-toggle ${selected ? 'view-heading' : ''}"
        id="toggle-${cause.id}"
        aria-expanded=${String(open)}
        aria-controls="disclosure-${cause.id}"
        @click=${toggle}
      >
        ${cause.title}
      </button>
    </p>
    <div part="panel" class="disclosure-panel" id="disclosure-${cause.id}" ?hidden=${!open}>
      ${open ? body(cause) : nothing}
    </div>
  </section>`;
}

/**
 * One cause: summary, details, how it can show up, a question to reflect on, the coping steps that
 * can help (buttons that reveal them when they are on the page), the safety message with the
 * hotlines for its topics, and the sources.
 */
export function renderCause(
  cause: Cause,
  pack: ContentPack,
  region: string | undefined,
  root: ParentNode,
  level: number,
): TemplateResult {
  const strings = pack.ui.explorer;
  const steps = stepTitles(pack, cause.relatedSteps);
  return html`<div class="cause">
    <p class="cause-summary">${cause.summary}</p>
    <p>${richText(cause.details)}</p>
    <p class="sub" role="heading" aria-level=${level}>${strings.showsUpAs}</p>
    <ul>
      ${cause.showsUpAs.map((line) => html`<li>${line}</li>`)}
    </ul>
    <p class="sub" role="heading" aria-level=${level}>${strings.reflection}</p>
    <p class="reflection">${cause.reflection}</p>
    ${
      steps.length > 0
        ? html`<p class="sub" role="heading" aria-level=${level}>${strings.relatedSteps}</p>
            <ul class="steps">
              ${steps.map(
                (step) => html`<li>${pageLink('step', step.title, root, { id: step.id }) ?? step.title}</li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      cause.safety
        ? html`<div part="safety" class="safety">
            <p>${richText(cause.safety.message)}</p>
            <trust-hotline-banner
              variant="compact"
              topics=${cause.safety.topics.join(' ')}
              region=${region ?? nothing}
              .content=${pack}
              heading-level=${level}
            ></trust-hotline-banner>
          </div>`
        : nothing
    }
    ${renderSources(pack, cause.sources)}
  </div>`;
}
