import { css } from 'lit';

export const quizStyles = css`
  .disclaimer {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space-s);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block: var(--_space-m) 0;
  }
  .resume {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  .position {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  progress {
    flex: 1 1 8rem;
    block-size: 0.5rem;
    accent-color: var(--_accent);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-s);
  }
  .options {
    display: grid;
    gap: var(--_space-xs);
  }
  @container (min-width: 36rem) {
    .options {
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--trust-quiz-option-radius, var(--_radius));
    background: var(--_surface);
    cursor: pointer;
    transition: background-color 120ms ease-out;
  }
  .option:has(input:checked) {
    background: var(--_surface-alt);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .hint {
    margin-block: var(--_space-s) 0;
  }
  .safety {
    border: 2px solid var(--_alert);
    background: var(--_alert-surface);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    margin-block-start: var(--_space-m);
  }
  .safety-title {
    font-weight: 700;
    margin-block: 0 var(--_space-xs);
  }
  .safety trust-hotline-banner {
    margin-block-start: var(--_space-s);
  }
  .score {
    font-weight: 700;
  }
  .scale {
    margin-block: var(--_space-m);
  }
  .scale svg {
    display: block;
    inline-size: 100%;
    block-size: 1.75rem;
  }
  .base[dir='rtl'] .scale svg {
    transform: scaleX(-1);
  }
  .scale .band {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
  }
  .scale .band.current {
    stroke: var(--_accent);
    stroke-width: 4px;
  }
  .scale-legend {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-s);
    margin: var(--_space-xs) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_size-small);
  }
  .scale-legend li:not(:first-child, :last-child) {
    text-align: center;
  }
  .scale-legend li:last-child {
    text-align: end;
  }
  .scale-legend .current {
    font-weight: 700;
  }
  .scale .marker {
    fill: var(--_text);
  }
  .review {
    margin: 0 0 var(--_space-m);
    padding-inline-start: 1.5em;
  }
  .review li {
    margin-block-end: var(--_space-s);
  }
  .review p {
    margin: 0;
  }
  .review-answer {
    font-weight: 700;
  }
  .sub {
    font-weight: 700;
    margin: var(--_space-m) 0 var(--_space-xs);
  }
  .result ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .result li + li {
    margin-block-start: var(--_space-xs);
  }

  trust-hotline-banner {
    margin-block: var(--_space-m);
  }
`;
