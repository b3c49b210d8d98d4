import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Cause, ContentPack } from '../../schema/pack.js';
import { TrustElement } from '../../internal/trust-element.js';
import type { ElementSections } from '../../internal/sections.js';
import { pageLinksKey } from '../../internal/hydration.js';
import { richText } from '../../internal/rich-text.js';
import { formatCount } from '../../internal/format.js';
import { below } from '../../internal/trust-element.views.js';
import { filterCauses, isTagged, tabKeyTarget, type Filter } from './causes-explorer.state.js';
import { renderCause, renderDisclosure, renderFilter } from './causes-explorer.views.js';
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
  /** With the steps each cause links to. */
  protected override readonly sections: ElementSections = ['causes', 'coping'];

  private filter: Filter = 'all';

  /** Causes open in the disclosure view. */
  private open: string[] = [];

  /** Id of the control that has focus, kept when a layout switch hides it (see `keepFocus`). */
  private focused?: string;

  /** After the frame (selecting a tab resizes the host, which must not happen inside the observer). */
  private readonly resizing = isServer
    ? undefined
    : new ResizeObserver(() => requestAnimationFrame(() => this.keepFocus()));

  constructor() {
    super();
    this.resizing?.observe(this);
    this.addEventListener('focusin', (event) => (this.focused = (event.composedPath()[0] as Element).id));
    // A control hidden by the container query loses focus without the reader moving it: keep its id.
    this.addEventListener('focusout', (event) => {
      if ((event.composedPath()[0] as Element).checkVisibility()) this.focused = undefined;
    });
  }

  /**
   * When the container crosses 40rem, the focused tab or disclosure toggle is hidden, and focus
   * stays on it unseen or falls to <body>: it moves to the same cause's control in the layout now
   * shown (a tab shown this way is selected, so it stays the one tab in the Tab order).
   */
  private keepFocus(): void {
    const [id, kind, cause] = /^(tab|toggle)-(.+)/.exec(this.focused ?? '') ?? [];
    const control = id && this.renderRoot?.querySelector(`[id="${id}"]`);
    if (!control || control.checkVisibility()) return;
    const active = this.shadowRoot?.activeElement;
    if (active && active !== control) return;
    if (kind === 'toggle') this.selected = cause;
    void this.focusAfterRender(`[id="${kind === 'tab' ? 'toggle' : 'tab'}-${cause}"]`);
  }

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
        : formatCount(pack.ui.explorer.shownCount, pack.meta.locale, shown, { count: shown, total: items.length }),
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

  /** The coping steps its causes link to. */
  protected override hydrationInputs(): unknown[] {
    return [pageLinksKey(this, ['step'])];
  }

  protected renderContent(pack: ContentPack): TemplateResult {
    const strings = pack.ui.explorer;
    const causes = pack.causes!;
    const visible = filterCauses(causes.items, this.filter);
    const active = visible.find((cause) => cause.id === this.selected) ?? visible[0];
    const rtl = pack.meta.direction === 'rtl';
    const root = (isServer ? this : this.getRootNode()) as ParentNode;
    const level = below(this.level);
    const body = (cause: Cause): unknown => renderCause(cause, pack, this.region, root, below(level));
    return html`<p part="heading" class="heading" id="title" role="heading" aria-level=${this.level}>${causes.title}</p>
      ${causes.intro ? html`<p class="intro">${richText(causes.intro)}</p>` : nothing}
      ${isTagged(causes.items) ? renderFilter(strings, this.filter, (filter) => this.setFilter(filter, pack)) : nothing}
      ${
        visible.length === 0
          ? html`<p part="no-matches" class="no-matches">${strings.noMatches}</p>`
          : html`<div part="tabs" class="tabs-view">
                <div role="tablist" class="needs-script" aria-labelledby="title">
                  ${visible.map(
                    (cause, index) =>
                      html`<button
                        type="button"
                        role="tab"
                        id="tab-${cause.id}"
                        aria-selected=${String(cause === active)}
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
                      <p class="view-heading" role="heading" aria-level=${level} tabindex="-1">${cause.title}</p>
                      ${body(cause)}
                    </div>`,
                )}
              </div>
              <div part="stack" class="stack-view">
                ${visible.map((cause) =>
                  renderDisclosure(
                    cause,
                    this.open.includes(cause.id),
                    () => this.toggleDisclosure(cause.id),
                    body,
                    level,
                    cause === active,
                  ),
                )}
              </div>`
      }`;
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
