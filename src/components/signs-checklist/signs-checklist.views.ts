import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack, Sign, SignGroup } from '../../schema/pack.js';
import { richText } from '../../internal/rich-text.js';
import { renderSources } from '../../internal/sources.js';
import { pageLink, type PageWidget } from '../../internal/page-links.js';

/** Pieces of `<trust-signs-checklist>` that only render what they are given. */

/** What a sign needs from the checklist: what is ticked and opened, and what to do on a click. */
export interface SignsView {
  checked: readonly string[];
  expanded: readonly string[];
  toggle: (id: string, on: boolean) => void;
  explain: (id: string) => void;
}

/** One group of signs as a fieldset. */
export function renderGroup(group: SignGroup, pack: ContentPack, view: SignsView): TemplateResult {
  return html`<fieldset part="group">
    <legend part="legend">${group.title}</legend>
    <ul class="signs" role="list">
      ${group.signs.map((sign) => renderSign(sign, pack, view))}
    </ul>
  </fieldset>`;
}

/**
 * A sign's checkbox, and a disclosure button for its explanation and sources when it has any. The
 * button is named "Tell me more: <sign>", visible words first, so voice control can tell the
 * eighteen apart and "Tell me more" still matches the start of each name.
 */
function renderSign(sign: Sign, pack: ContentPack, view: SignsView): TemplateResult {
  const open = view.expanded.includes(sign.id);
  const hasMore = Boolean(sign.explanation) || sign.sources.length > 0;
  return html`<li part="sign" class="sign">
    <div class="sign-row">
      <label>
        <input
          type="checkbox"
          class="needs-script"
          value=${sign.id}
          .checked=${view.checked.includes(sign.id)}
          @change=${(event: Event) => view.toggle(sign.id, (event.target as HTMLInputElement).checked)}
        />
        <span>${sign.text}</span>
      </label>
      ${
        hasMore
          ? html`<button
              type="button"
              part="explain"
              class="secondary explain needs-script"
              aria-expanded=${String(open)}
              aria-controls="explain-${sign.id}"
              aria-label="${pack.ui.checklist.explain}: ${sign.text}"
              @click=${() => view.explain(sign.id)}
            >
              ${pack.ui.checklist.explain}
            </button>`
          : nothing
      }
    </div>
    ${
      hasMore
        ? html`<div part="explanation" class="explanation" id="explain-${sign.id}" ?hidden=${!open}>
            ${sign.explanation ? html`<p>${richText(sign.explanation)}</p>` : nothing}
            ${renderSources(pack, sign.sources)}
          </div>`
        : nothing
    }
  </li>`;
}

/** What the summary shows and does. */
export interface SummaryView {
  /** "3 of 12 feel familiar", in the pack's plural form. */
  countText: string;
  /** The pack's message for the count, if a range covers it. */
  feedback?: string;
  /** Shows the clear button. */
  persist: boolean;
  /** The checklist, whose page the jump buttons search. */
  from: Node;
  reset: () => void;
  clear: () => void;
}

/** The count, the feedback, the jumps to the quiz and the steps on the page, reset and clear. */
export function renderSummary(strings: ContentPack['ui']['checklist'], view: SummaryView): TemplateResult {
  const { countText, feedback } = view;
  return html`<div part="summary" class="summary needs-script">
    <p part="count" class="count">${countText}</p>
    ${feedback ? html`<p part="feedback" class="feedback">${richText(feedback)}</p>` : nothing}
    <div class="actions">
      ${renderJump('quiz', strings.toQuiz, view.from)} ${renderJump('step', strings.toSteps, view.from)}
      <button type="button" part="reset" class="secondary reset" @click=${view.reset}>${strings.reset}</button>
      ${
        view.persist
          ? html`<button type="button" part="clear" class="secondary clear" @click=${view.clear}>
              ${strings.clear}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}

/** A link, drawn as a button, to the widget showing `kind`, when it is on the page of `from`. */
const renderJump = (kind: PageWidget, label: string, from: Node) =>
  pageLink(kind, label, from, { className: 'button jump' }) ?? nothing;
