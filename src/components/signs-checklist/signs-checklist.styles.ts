import { css } from 'lit';

export const checklistStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--trust-checklist-group-radius, var(--_radius));
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: var(--_space-xs);
  }
  ul.signs {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .sign {
    padding-block: var(--_space-s);
    border-block-end: 1px solid var(--_surface-alt);
  }
  .sign:last-child {
    border-block-end: 0;
  }
  .sign-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .sign-row label {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    flex: 1 1 12rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--trust-checklist-check-color, var(--_accent));
  }
  button.explain {
    min-block-size: 2.75rem;
    padding-block: var(--_space-xs);
    font-size: var(--_size-small);
  }
  .explanation {
    margin-block-start: var(--_space-s);
    margin-inline-start: calc(1.5rem + var(--_space-s));
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .explanation[hidden] {
    display: none;
  }
  .summary {
    background: var(--trust-checklist-summary-surface, var(--_surface-alt));
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  /* Without scripting: every explanation is open (nothing could open it). */
  @media (scripting: none) {
    .explanation[hidden] {
      display: block;
    }
  }
  .count {
    font-weight: 700;
    font-size: var(--_size-large);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-s);
  }
`;
