import { css } from 'lit';

export const copingStepsStyles = css`
  .intro {
    margin-block-end: var(--_space-m);
  }
  fieldset.tracks {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    min-inline-size: 0;
  }
  fieldset.tracks legend {
    font-weight: 700;
    padding-inline: var(--_space-xs);
  }
  .track-option {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    padding-block: var(--_space-xs);
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .track-option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.15em;
    flex: none;
    accent-color: var(--_accent);
  }
  .track-option .muted {
    display: block;
    margin: 0;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  .progress p {
    margin: 0;
  }
  progress {
    flex: 1 1 8rem;
    block-size: 0.75rem;
    accent-color: var(--trust-coping-steps-progress-color, var(--_accent));
    appearance: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }
  progress::-webkit-progress-value {
    background: var(--trust-coping-steps-progress-color, var(--_accent));
    transition: inline-size 0.3s ease;
  }
  progress::-moz-progress-bar {
    background: var(--trust-coping-steps-progress-color, var(--_accent));
  }
  .layout {
    display: grid;
    gap: var(--_space-m);
  }
  @container (min-inline-size: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(12rem, 16rem);
      align-items: start;
    }
  }
  .step {
    background: var(--trust-coping-steps-step-surface, var(--_surface-alt));
    border-radius: var(--_radius);
    padding: var(--_space-m);
    min-inline-size: 0;
  }
  [role='heading'] {
    margin: 0 0 var(--_space-s);
    line-height: 1.25;
    font-weight: 700;
  }
  #step-heading {
    font-size: var(--_size-large);
  }
  .step ul {
    margin: 0 0 var(--_space-m);
    padding-inline-start: 1.25em;
  }
  .step-of {
    margin-block-end: var(--_space-xs);
  }
  .reflection {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_space-m);
    margin-block: var(--_space-m);
  }
  .reflection label {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_space-xs);
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 6rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s);
    resize: vertical;
    margin-block-end: var(--_space-xs);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-m);
  }
  .actions .next {
    margin-inline-start: auto;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .check {
    display: inline-block;
    inline-size: 1em;
    text-align: center;
  }
  [dir='rtl'] .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .help {
    margin-block-start: var(--_space-m);
  }
  .overview ol {
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .overview li {
    margin-block-end: var(--_space-xs);
  }
  .overview button {
    inline-size: 100%;
    justify-content: space-between;
    text-align: start;
    padding: var(--_space-xs) var(--_space-s);
    background: transparent;
    color: var(--_text);
    border: 1px solid transparent;
    font-size: var(--_size-small);
  }
  .overview button[aria-current='step'] {
    border-color: var(--_accent);
    font-weight: 700;
  }
  .overview .done-mark {
    color: var(--_accent);
    flex: none;
  }
  .storage {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-start: var(--_space-m);
  }
  .storage p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .overview button[aria-current='step'],
    button[aria-pressed='true'] {
      border: 3px solid Highlight;
    }
    /* Forced colours would paint the fill Canvas, like its track: system colours of our own. */
    progress {
      forced-color-adjust: none;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --trust-coping-steps-progress-color: Highlight;
    }
  }
`;
