import { css } from 'lit';

export const explorerStyles = css`
  fieldset.filter {
    border: 0;
    margin: 0 0 var(--_space-m);
    padding: 0;
    min-inline-size: 0;
  }
  fieldset.filter legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: var(--_space-xs);
  }
  .filter-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
  }
  .filter-options label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .filter-options input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* Without scripting: every cause, one after another, as headings and text. */
  @media (scripting: none) {
    [role='tabpanel'][hidden] {
      display: block;
    }
    .stack-view {
      display: none !important;
    }
    .tabs-view {
      display: block !important;
    }
  }
  /* Narrow by default: a stack of disclosures. A wide container shows tabs instead. */
  .tabs-view {
    display: none;
  }
  @container (min-width: 40rem) {
    .tabs-view {
      display: block;
    }
    .stack-view {
      display: none;
    }
  }

  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    border-block-end: 2px solid var(--_border);
    padding-block-end: var(--_space-xs);
  }
  [role='tab'] {
    background: transparent;
    color: var(--_accent);
    border-color: var(--_border);
    border-radius: var(--trust-explorer-tab-radius, var(--_radius));
    text-align: start;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-color: var(--_accent);
  }
  [role='tabpanel'] {
    padding-block: var(--_space-m);
  }

  .stack-view {
    border-block-start: 1px solid var(--_border);
  }
  .disclosure {
    border-block-end: 1px solid var(--_border);
  }
  .disclosure > [role='heading'] {
    margin: 0;
  }
  button.disclosure-toggle {
    inline-size: 100%;
    justify-content: space-between;
    text-align: start;
    font-weight: 700;
    background: transparent;
    color: var(--_text);
    border: 0;
    border-radius: 0;
    padding-inline: 0;
  }
  button.disclosure-toggle::after {
    content: '+' / '';
    flex: none;
    font-size: var(--_size-large);
    color: var(--_accent);
  }
  button.disclosure-toggle[aria-expanded='true']::after {
    content: '−' / '';
  }
  .disclosure-panel {
    padding-block-end: var(--_space-m);
  }

  [role='tabpanel'] > [role='heading'],
  .sub {
    margin: var(--_space-m) 0 var(--_space-xs);
    line-height: 1.25;
    font-weight: 700;
  }
  .cause-summary {
    font-weight: 600;
  }
  .cause ul {
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.25em;
  }
  .reflection {
    font-style: italic;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_space-s);
  }

  .safety {
    border-inline-start: 4px solid var(--trust-explorer-safety-accent, var(--_alert));
    background: var(--_alert-surface);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    margin-block: var(--_space-m);
  }
  .no-matches {
    padding: var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  /* Forced colours make every button ButtonFace: the selected tab keeps a fill of its own. */
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
