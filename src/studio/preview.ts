import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { TrustQuiz } from '../components/quiz/quiz.js';
import type { ContentPack } from '../schema/pack.js';
import '../index.js';
import { causeStates, driveQuiz, quizStates, regionStates, stepStates, type PreviewState } from './preview-states.js';

/** The theme presets in src/themes/, which the studio server serves at /themes/. */
export const PRESETS = ['calm', 'warm', 'high-contrast'] as const;

const choose = (
  label: string,
  name: string,
  value: string,
  states: PreviewState[],
  onChange: (value: string) => void,
) =>
  html`<label class="choose"
    >${label}
    <select name=${name} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${states.map((state) => html`<option value=${state.value} ?selected=${state.value === value}>${state.label}</option>`)}
    </select></label
  >`;

/**
 * The live preview: the five elements on the pack being edited (their `content` property), each in
 * the state chosen for it (the quiz's intro, a question, a safety alert or a result band; a cause;
 * a step of a track; the banner's region), with switches for width, light/dark, theme preset,
 * region and text direction. The studio sets `pack` only after typing pauses (its checks' debounce).
 */
export class PackStudioPreview extends LitElement {
  static override properties: PropertyDeclarations = {
    pack: { attribute: false },
    width: { state: true },
    scheme: { state: true },
    preset: { state: true },
    region: { state: true },
    dir: { state: true },
    quizState: { state: true },
    cause: { state: true },
    step: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      padding: 0 1rem 1rem;
    }
    .switches {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      padding-block: 0.5rem;
      position: sticky;
      top: 0;
      z-index: 1;
      background: Canvas;
      border-block-end: 1px solid GrayText;
    }
    .choose {
      display: inline-flex;
      flex-direction: column;
      font-size: 0.85rem;
    }
    select {
      font: inherit;
      max-width: 16rem;
    }
    .stage {
      margin-inline: auto;
      padding: 1rem;
      border: 1px solid GrayText;
      margin-block-start: 1rem;
    }
    .stage.phone {
      max-width: 375px;
    }
    .stage.dark {
      background: #111;
      color: #eee;
      color-scheme: dark;
    }
    h3 {
      font-size: 0.9rem;
      margin: 1.5rem 0 0.5rem;
      font-family: ui-monospace, monospace;
    }
  `;

  pack: unknown;
  width: 'phone' | 'desktop' = 'desktop';
  scheme: 'light' | 'dark' = 'light';
  preset = '';
  region = '';
  override dir: 'ltr' | 'rtl' = 'ltr';
  quizState = 'intro';
  cause = '';
  step = '';
  /** Renews the quiz (a fresh one per pack and state, driven from its intro). */
  private quizKey = 0;

  private get loose(): Partial<ContentPack> | undefined {
    return this.pack && typeof this.pack === 'object' ? (this.pack as Partial<ContentPack>) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pack')) {
      const pack = this.loose;
      const keep = (value: string, states: PreviewState[]) =>
        states.some((state) => state.value === value) ? value : (states[0]?.value ?? '');
      this.quizState = keep(this.quizState, quizStates(pack));
      this.cause = keep(this.cause, causeStates(pack));
      this.step = keep(this.step, stepStates(pack));
      this.region = keep(this.region, regionStates(pack));
      if (changed.get('pack') === undefined && pack?.meta?.direction === 'rtl') this.dir = 'rtl';
    }
    if (changed.has('pack') || changed.has('quizState')) this.quizKey += 1;
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (changed.has('preset')) this.applyPreset();
    if (changed.has('pack') || changed.has('quizState')) {
      const quiz = this.renderRoot.querySelector<TrustQuiz>('trust-quiz');
      if (quiz) await driveQuiz(quiz, this.loose, this.quizState);
      this.dispatchEvent(new Event('pack-studio-preview-ready'));
    }
  }

  /** A preset restyles every trust-* element through tokens on :root: one link in the document head. */
  private applyPreset(): void {
    let link = document.querySelector<HTMLLinkElement>('link#trust-preset');
    if (!this.preset) {
      link?.remove();
      return;
    }
    if (!link) {
      link = document.createElement('link');
      link.id = 'trust-preset';
      link.rel = 'stylesheet';
      document.head.append(link);
    }
    link.href = `/themes/${this.preset}.css`;
  }

  override render() {
    const pack = this.loose;
    const stepValue = this.step.split('/');
    const common = { theme: this.scheme, region: this.region || nothing };
    return html`<div class="switches" role="group" aria-label="Preview switches">
        ${choose(
          'Width',
          'width',
          this.width,
          [
            { value: 'desktop', label: 'Desktop' },
            { value: 'phone', label: 'Phone (375 px)' },
          ],
          (value) => (this.width = value as 'phone' | 'desktop'),
        )}
        ${choose(
          'Colours',
          'scheme',
          this.scheme,
          [
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ],
          (value) => (this.scheme = value as 'light' | 'dark'),
        )}
        ${choose(
          'Theme preset',
          'preset',
          this.preset,
          [{ value: '', label: 'None (built-in)' }, ...PRESETS.map((preset) => ({ value: preset, label: preset }))],
          (value) => (this.preset = value),
        )}
        ${choose('Region', 'region', this.region, regionStates(pack), (value) => (this.region = value))}
        ${choose(
          'Direction',
          'dir',
          this.dir,
          [
            { value: 'ltr', label: 'Left to right' },
            { value: 'rtl', label: 'Right to left' },
          ],
          (value) => (this.dir = value as 'ltr' | 'rtl'),
        )}
      </div>
      <div class="stage ${this.width} ${this.scheme}" dir=${this.dir}>
        <h3>&lt;trust-quiz&gt;</h3>
        ${choose('Quiz state', 'quiz-state', this.quizState, quizStates(pack), (value) => (this.quizState = value))}
        ${keyed(
          this.quizKey,
          html`<trust-quiz .content=${this.pack} theme=${common.theme} region=${common.region}></trust-quiz>`,
        )}
        <h3>&lt;trust-signs-checklist&gt;</h3>
        <trust-signs-checklist
          .content=${this.pack}
          theme=${common.theme}
          region=${common.region}
        ></trust-signs-checklist>
        <h3>&lt;trust-causes-explorer&gt;</h3>
        ${choose('Cause', 'cause', this.cause, causeStates(pack), (value) => (this.cause = value))}
        <trust-causes-explorer
          .content=${this.pack}
          .selected=${this.cause || undefined}
          theme=${common.theme}
          region=${common.region}
        ></trust-causes-explorer>
        <h3>&lt;trust-coping-steps&gt;</h3>
        ${choose('Step', 'step', this.step, stepStates(pack), (value) => (this.step = value))}
        <trust-coping-steps
          .content=${this.pack}
          .track=${stepValue[0] || undefined}
          .step=${stepValue[1] || undefined}
          theme=${common.theme}
          region=${common.region}
        ></trust-coping-steps>
        <h3>&lt;trust-hotline-banner&gt;</h3>
        <trust-hotline-banner
          .content=${this.pack}
          theme=${common.theme}
          region=${common.region}
          quick-exit="https://www.bbc.co.uk/weather"
          shortcut="off"
        ></trust-hotline-banner>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pack-studio-preview': PackStudioPreview;
  }
}
