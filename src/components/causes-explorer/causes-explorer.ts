import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Cause, ContentPack } from '../../schema/pack.js';
import { TrustElement } from '../../internal/trust-element.js';
import { format, richText } from '../../internal/rich-text.js';
import { renderSources } from '../../internal/sources.js';
import { pageTarget, revealInPage } from '../../internal/page-links.js';
import { TAGS, filterCauses, isTagged, stepTitles, tabKeyTarget, tagLabel, type Filter } from './explorer-state.js';
import { explorerStyles } from './causes-explorer.styles.js';

export interface CauseSelectDetail {
  /** Id of the cause the reader opened. Only with `share-answers`. */
  causeId?: string;
}

/**
 * Where trust issues can come from: each cause with its details, how it can show up, a question
 * to reflect on, coping steps that can help and its sources. Causes that can involve abuse show
 * the matching hotlines with them.
 *
 * In a container 40rem wide or more it is a tab list; narrower, a stack of disclosures. Both are
 * rendered and a container query shows one (`display: none` hides the other from assistive tech).
 *
 * @summary Explore the causes of trust issues, as tabs or disclosures depending on the space.
 * @tag trust-causes-explorer
 *
 * @csspart base - The outer box.
 * @csspart heading - The explorer's title.
 * @csspart filter - The relationship filter.
 * @csspart tabs - The tab view (wide containers).
 * @csspart stack - The disclosure view (narrow containers).
 * @csspart panel - The content of one cause.
 * @csspart safety - A cause's safety message and hotlines.
 * @csspart sources - Source attribution.
 * @csspart no-matches - Shown when the filter leaves no cause.
 * @csspart error - The error panel.
 *
 * @cssprop --trust-explorer-tab-radius - Corner radius of the tabs (default: the global radius).
 * @cssprop --trust-explorer-safety-accent - Leading edge of a safety message (default: the alert colour).
 *
 * @fires trust-cause-select - The reader opened a cause (not when `selected` is set by script). Detail: `{}`; with `share-answers`, `{ causeId }` (which cause a reader reads can be sensitive).
 * @fires trust-content-error - The content could not be used.
 */
export class TrustCausesExplorer extends TrustElement {
  static override styles = [...TrustElement.styles, explorerStyles];

  static override properties: PropertyDeclarations = {
    selected: { reflect: true },
    filter: { state: true, attribute: false },
    open: { state: true, attribute: false },
  };

  /** Id of the cause to open. Setting it later switches the open cause (and clears a filter that hides it). */
  selected?: string;

  protected override readonly requires = 'causes';

  private filter: Filter = 'all';

  /** Causes open in the disclosure view. */
  private open: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.selected;
    if (!changed.has('selected') || !id) return;
    if (!this.open.includes(id)) this.open = [...this.open, id];
    const cause = this.pack?.causes?.items.find((item) => item.id === id);
    if (cause && !filterCauses([cause], this.filter).length) this.filter = 'all';
  }

  private choose(id: string): void {
    this.selected = id;
    this.emit('trust-cause-select', this.shareAnswers ? { causeId: id } : {});
  }

  private setFilter(filter: Filter, pack: ContentPack): void {
    this.filter = filter;
    const items = pack.causes!.items;
    const shown = filterCauses(items, filter).length;
    this.announce(
      shown === 0
        ? pack.ui.explorer.noMatches
        : format(pack.ui.explorer.shownCount, { count: shown, total: items.length }),
    );
  }

  private toggleDisclosure(id: string): void {
    if (this.open.includes(id)) {
      this.open = this.open.filter((other) => other !== id);
    } else {
      this.open = [...this.open, id];
      this.choose(id);
    }
  }

  // Automatic activation: arrow keys select as they move. Every panel is already in the pack and
  // renders at once, so there is no delay to avoid, and a reader hears each cause's content as
  // soon as its tab is reached. (WAI-ARIA APG: use manual activation only when showing a panel
  // is slow.)
  private onTabKey(event: KeyboardEvent, visible: Cause[], index: number, rtl: boolean): void {
    const target = tabKeyTarget(event.key, index, visible.length, rtl);
    if (target === undefined) return;
    event.preventDefault();
    const id = visible[target]!.id;
    this.choose(id);
    void this.focusAfterRender(`#tab-${id}`);
  }

  protected renderContent(pack: ContentPack): TemplateResult {
    const strings = pack.ui.explorer;
    const causes = pack.causes!;
    const visible = filterCauses(causes.items, this.filter);
    const active = visible.find((cause) => cause.id === this.selected) ?? visible[0];
    const rtl = pack.meta.direction === 'rtl';
    return html`<h2 part="heading" class="heading" id="title">${causes.title}</h2>
      ${causes.intro ? html`<p class="intro">${richText(causes.intro)}</p>` : nothing}
      ${isTagged(causes.items) ? this.renderFilter(pack) : nothing}
      ${
        visible.length === 0
          ? html`<p part="no-matches" class="no-matches">${strings.noMatches}</p>`
          : html`<div part="tabs" class="tabs-view">
                <div role="tablist" aria-labelledby="title">
                  ${visible.map(
                    (cause, index) =>
                      html`<button
                        type="button"
                        role="tab"
                        id="tab-${cause.id}"
                        aria-selected=${cause === active ? 'true' : 'false'}
                        aria-controls="tabpanel-${cause.id}"
                        tabindex=${cause === active ? 0 : -1}
                        @click=${() => this.choose(cause.id)}
                        @keydown=${(event: KeyboardEvent) => this.onTabKey(event, visible, index, rtl)}
                      >
                        ${cause.title}
                      </button>`,
                  )}
                </div>
                ${visible.map(
                  (cause) =>
                    html`<div
                      role="tabpanel"
                      part="panel"
                      id="tabpanel-${cause.id}"
                      aria-labelledby="tab-${cause.id}"
                      tabindex="0"
                      ?hidden=${cause !== active}
                    >
                      ${
                        cause === active
                          ? html`<h3>${cause.title}</h3>
                              ${this.renderCause(cause, pack)}`
                          : nothing
                      }
                    </div>`,
                )}
              </div>
              <div part="stack" class="stack-view">${visible.map((cause) => this.renderDisclosure(cause, pack))}</div>`
      }`;
  }

  private renderFilter(pack: ContentPack): TemplateResult {
    const strings = pack.ui.explorer;
    return html`<fieldset part="filter" class="filter">
      <legend>${strings.filterLabel}</legend>
      <div class="filter-options">
        ${(['all', ...TAGS] as Filter[]).map(
          (tag) =>
            html`<label>
              <input
                type="radio"
                name="relationship"
                value=${tag}
                .checked=${this.filter === tag}
                @change=${() => this.setFilter(tag, pack)}
              />
              ${tagLabel(strings, tag)}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderDisclosure(cause: Cause, pack: ContentPack): TemplateResult {
    const open = this.open.includes(cause.id);
    return html`<section class="disclosure">
      <h3>
        <button
          type="button"
          class="disclosure-toggle"
          id="toggle-${cause.id}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="disclosure-${cause.id}"
          @click=${() => this.toggleDisclosure(cause.id)}
        >
          ${cause.title}
        </button>
      </h3>
      <div part="panel" class="disclosure-panel" id="disclosure-${cause.id}" ?hidden=${!open}>
        ${open ? this.renderCause(cause, pack) : nothing}
      </div>
    </section>`;
  }

  private renderCause(cause: Cause, pack: ContentPack): TemplateResult {
    const strings = pack.ui.explorer;
    const steps = stepTitles(pack, cause.relatedSteps);
    const root = this.getRootNode() as ParentNode;
    const linkSteps = pageTarget('step', root) !== undefined;
    return html`<div class="cause">
      <p class="cause-summary">${cause.summary}</p>
      <p>${richText(cause.details)}</p>
      <h4>${strings.showsUpAs}</h4>
      <ul>
        ${cause.showsUpAs.map((line) => html`<li>${line}</li>`)}
      </ul>
      <h4>${strings.reflection}</h4>
      <p class="reflection">${cause.reflection}</p>
      ${
        steps.length > 0
          ? html`<h4>${strings.relatedSteps}</h4>
              <ul class="steps">
                ${steps.map(
                  (step) =>
                    html`<li>
                      ${
                        linkSteps
                          ? html`<button
                              type="button"
                              class="step-link"
                              @click=${() => void revealInPage('step', step.id, root)}
                            >
                              ${step.title}
                            </button>`
                          : step.title
                      }
                    </li>`,
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
                region=${this.region ?? nothing}
                .content=${pack}
              ></trust-hotline-banner>
            </div>`
          : nothing
      }
      ${renderSources(pack, cause.sources)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-causes-explorer': TrustCausesExplorer;
  }
  interface GlobalEventHandlersEventMap {
    'trust-cause-select': CustomEvent<CauseSelectDetail>;
  }
}
