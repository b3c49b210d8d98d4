import { css } from 'lit';

export const bannerStyles = css`
  .base {
    border-inline-start: 6px solid var(--trust-hotline-banner-accent, var(--_alert));
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .top .heading {
    flex: 1 1 12rem;
  }
  .exit {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: var(--_space-xs);
  }
  .quick-exit {
    background: var(--_alert);
    border-color: var(--_alert);
    color: var(--_surface);
    font-weight: 700;
  }
  .lines {
    list-style: none;
    margin: var(--_space-m) 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
  }
  .line {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space-s);
  }
  .name {
    font-weight: 700;
    margin: 0;
  }
  .actions {
    list-style: none;
    padding: 0;
    margin: var(--_space-xs) 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
  }
  .actions a {
    display: inline-block;
    min-block-size: 1.5rem;
    font-weight: 600;
  }
  .emergency {
    font-weight: 700;
    color: var(--_alert);
  }
  .gap {
    font-style: italic;
  }
  .not-covered {
    font-weight: 600;
    border-inline-start: 4px solid var(--_alert);
    padding-inline-start: var(--_space-s);
  }
  .region {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    margin-block-start: var(--_space-s);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
    min-block-size: 2.75rem;
    /* A long region name must not push the page sideways on a phone. */
    max-inline-size: 100%;
    text-overflow: ellipsis;
  }
  .notice {
    border: 2px solid var(--_alert);
    background: var(--_alert-surface);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
  }
  :host([variant='compact']) .lines {
    margin: var(--_space-s) 0;
    gap: var(--_space-s);
  }
  :host([variant='compact']) .line {
    border: 0;
    padding: 0;
  }
  .compact-line {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    align-items: baseline;
  }
  .cover {
    position: fixed;
    inset: 0;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    border: 0;
    display: grid;
    place-items: center;
    background: var(--trust-hotline-banner-cover, #ffffff);
    color: #1b2330;
    font-size: var(--_size-large);
  }
  .cover:not([open]) {
    display: none;
  }
  .cover::backdrop {
    background: var(--trust-hotline-banner-cover, #ffffff);
  }
  @media (forced-colors: active) {
    .quick-exit {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
