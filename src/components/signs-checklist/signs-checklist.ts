import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ContentPack, SignGroup } from '../../schema/pack.js';
import type { ContentProblem } from '../../schema/parse.js';
import { TrustElement } from '../../internal/trust-element.js';
import type { ElementSections } from '../../internal/sections.js';
import { pageLinksKey } from '../../internal/hydration.js';
import { privacyLine } from '../../internal/trust-element.views.js';
import { plainText, richText } from '../../internal/rich-text.js';
import { format, formatCount } from '../../internal/format.js';
import { PersistController } from '../../internal/persist-controller.js';
import { allSignIds, feedbackFor, groupsToShow, keepForeign, restoreChecked } from './signs-checklist.state.js';
import { renderGroup, renderSummary } from './signs-checklist.views.js';
import { checklistStyles } from './signs-checklist.styles.js';

/** Without `share-answers`: only that the ticks changed and how many signs are shown. */
export interface ChecklistChangeDetail {
  /** Ids of the ticked signs, in pack order. Only with `share-answers`. */
  checkedIds?: string[];
  /** How many are ticked. Only with `share-answers`. */
  count?: number;
  /** How many signs are shown (all, or those of `group`). */
  total: number;
}

/**
 * A checklist of signs of trust issues, grouped as in the pack, with a live count and kind,
 * non-diagnostic feedback for how many feel familiar. Ticks stay in memory unless `persist` is set.
 *
 * With `group`, only that group is shown and the count and total refer to its signs. The pack's
 * feedback ranges are written for the whole checklist, so the count is scaled to the whole list
 * before they apply: ticking every sign of one group gives the same words as ticking every sign.
 *
 * @summary Tick the signs that feel familiar; see gentle feedback and where to go next.
 * @tag trust-signs-checklist
 *
 * @csspart base - The outer box.
 * @csspart heading - The checklist title.
 * @csspart group - A fieldset of signs.
 * @csspart legend - A group's title.
 * @csspart sign - One sign (checkbox, label, explanation).
 * @csspart explain - The button that shows a sign's explanation.
 * @csspart explanation - A sign's explanation and sources.
 * @csspart sources - Source attribution.
 * @csspart summary - The count, feedback and buttons.
 * @csspart count - "4 of 18 feel familiar".
 * @csspart feedback - The pack's message for the number ticked.
 * @csspart reset - The button that unticks every sign.
 * @csspart clear - The button that removes saved ticks (with `persist`).
 * @csspart error - The error panel.
 *
 * @cssprop --trust-checklist-group-radius - Corner radius of each group (default: the global radius).
 * @cssprop --trust-checklist-check-color - Colour of ticked boxes (default: the accent colour).
 * @cssprop --trust-checklist-summary-surface - Background of the count and feedback (default: the alternate surface).
 *
 * @fires trust-checklist-change - A sign was ticked or unticked, or all were reset or cleared. Detail: `{ total }`; with `share-answers` also `checkedIds, count`.
 * @fires trust-content-error - The content could not be used.
 */
export class TrustSignsChecklist extends TrustElement {
  static override styles = [...TrustElement.styles, checklistStyles];

  static override properties: PropertyDeclarations = {
    group: { reflect: true },
    persist: { type: Boolean, reflect: true },
    checked: { state: true },
    expanded: { state: true },
  };

  /** Id of one sign group to show on its own. All groups when not set. */
  group?: string;

  /** Keep ticks in this browser's localStorage, with a button to clear them. Nothing is stored without it. */
  persist = false;

  private checked: string[] = [];
  private expanded: string[] = [];

  protected override readonly requires = 'signs';
  protected override readonly sections: ElementSections = ['signs'];

  protected override selectionProblem(pack: ContentPack): ContentProblem | undefined {
    if (!pack.signs || groupsToShow(pack.signs, this.group)) return undefined;
    return { path: 'signs.groups', message: format(pack.ui.checklist.unknownGroup, { group: this.group ?? '' }) };
  }

  private get shownGroups(): SignGroup[] | undefined {
    const current = this.contentState;
    return current.status === 'ready' && current.pack.signs ? groupsToShow(current.pack.signs, this.group) : undefined;
  }

  private readonly persistence = new PersistController<string[]>(this, {
    key: () => this.pack && [this.pack.meta.id, 'checklist', this.group ?? 'all'],
    snapshot: () => this.checked,
    merge: (stored, checked) => keepForeign(stored, allSignIds(this.shownGroups ?? []), checked),
  });

  protected override setUpKey(pack: ContentPack): string {
    return `${pack.meta.id}|${this.group ?? ''}`;
  }

  /** Ticks for the signs shown: the stored ones with `persist`, else those still on screen. */
  protected override setUp(): void {
    this.checked = restoreChecked(this.persistence.load() ?? this.checked, allSignIds(this.shownGroups!));
  }

  /** The ticks kept in this browser, and the quiz and steps it points on to. */
  protected override hydrationInputs(): unknown[] {
    return [this.checked.join(), pageLinksKey(this, ['quiz', 'step'])];
  }

  /** "3 of 12 feel familiar", in the pack's plural form. */
  private countText(pack: ContentPack): string {
    const count = this.checked.length;
    return formatCount(pack.ui.checklist.count, pack.meta.locale, count, { count, total: this.total });
  }

  private get total(): number {
    return allSignIds(this.shownGroups ?? []).length;
  }

  private commit(checked: string[]): void {
    const ids = allSignIds(this.shownGroups ?? []);
    const wanted = new Set(checked);
    this.checked = ids.filter((id) => wanted.has(id));
    this.persistence.save(this.checked);
    this.emitChange();
  }

  /** What the page hears of a change: what was ticked only with `share-answers`. */
  private emitChange(): void {
    const total = this.total;
    this.emit(
      'trust-checklist-change',
      this.shareAnswers ? { checkedIds: [...this.checked], count: this.checked.length, total } : { total },
    );
  }

  private toggle(id: string, on: boolean, pack: ContentPack): void {
    const signs = pack.signs!;
    const all = allSignIds(signs.groups).length;
    const before = feedbackFor(signs.feedback, this.checked.length, this.total, all);
    this.commit(on ? [...this.checked, id] : this.checked.filter((other) => other !== id));
    const after = feedbackFor(signs.feedback, this.checked.length, this.total, all);
    const count = this.countText(pack);
    // The count every time; the feedback too when it has changed, so the reader hears the new words.
    this.announce(after && after !== before ? `${count}. ${plainText(after.message)}` : count);
  }

  private reset(pack: ContentPack): void {
    this.commit([]);
    this.announce(format(pack.ui.checklist.resetDone, { total: this.total }));
    // Back to the first sign, ready to start again.
    void this.focusAfterRender('input[type="checkbox"]');
  }

  private clearStored(pack: ContentPack): void {
    this.persistence.clear();
    this.checked = [];
    this.emitChange();
    this.announce(pack.ui.checklist.cleared);
  }

  private toggleExplanation(id: string): void {
    this.expanded = this.expanded.includes(id) ? this.expanded.filter((other) => other !== id) : [...this.expanded, id];
  }

  protected renderContent(pack: ContentPack): TemplateResult {
    const strings = pack.ui.checklist;
    const signs = pack.signs!;
    const feedback = feedbackFor(signs.feedback, this.checked.length, this.total, allSignIds(signs.groups).length);
    const view = {
      checked: this.checked,
      expanded: this.expanded,
      toggle: (id: string, on: boolean) => this.toggle(id, on, pack),
      explain: (id: string) => this.toggleExplanation(id),
    };
    return html`<p part="heading" class="heading" role="heading" aria-level=${this.level}>${signs.title}</p>
      ${signs.intro ? html`<p class="intro">${richText(signs.intro)}</p>` : nothing}
      <p class="muted privacy">${privacyLine(strings, this.persist, this.shareAnswers)}</p>
      ${groupsToShow(signs, this.group)!.map((group) => renderGroup(group, pack, view))}
      ${renderSummary(strings, {
        countText: this.countText(pack),
        feedback: feedback?.message,
        persist: this.persist,
        from: this,
        reset: () => this.reset(pack),
        clear: () => this.clearStored(pack),
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trust-signs-checklist': TrustSignsChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'trust-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
