import { css, unsafeCSS } from 'lit';

/**
 * Dark values, used both for `theme="dark"` and for `prefers-color-scheme: dark` (unless
 * `theme="light"`). Written once and placed in both selectors.
 */
const dark = unsafeCSS(`
  --_accent: var(--trust-color-accent, #9cc8f0);
  --_accent-contrast: var(--trust-color-accent-contrast, #0b1a29);
  --_surface: var(--trust-color-surface, #161b22);
  --_surface-alt: var(--trust-color-surface-alt, #212833);
  --_text: var(--trust-color-text, #e8edf3);
  --_muted: var(--trust-color-text-muted, #b4bfcc);
  --_border: var(--trust-color-border, #707b8b);
  --_alert: var(--trust-color-alert, #ffb4ab);
  --_alert-surface: var(--trust-color-alert-surface, #3a1d1d);
  --_focus: var(--trust-color-focus, #ffd166);
  color-scheme: dark;
`);

/**
 * Design tokens. Publishers set `--trust-*` custom properties; elements read the private `--_*`
 * copies, which fall back to the defaults below.
 */
export const tokens = css`
  :host {
    --_accent: var(--trust-color-accent, #1f5a8a);
    --_accent-contrast: var(--trust-color-accent-contrast, #ffffff);
    --_surface: var(--trust-color-surface, #ffffff);
    --_surface-alt: var(--trust-color-surface-alt, #f2f5f8);
    --_text: var(--trust-color-text, #1b2330);
    --_muted: var(--trust-color-text-muted, #4a5565);
    --_border: var(--trust-color-border, #808b9b);
    --_alert: var(--trust-color-alert, #a11d1d);
    --_alert-surface: var(--trust-color-alert-surface, #fdf0f0);
    --_focus: var(--trust-color-focus, #1f5a8a);
    --_font: var(--trust-font-family, inherit);
    --_size: var(--trust-font-size, 1rem);
    --_size-small: var(--trust-font-size-small, 0.875em);
    --_size-large: var(--trust-font-size-large, 1.25em);
    --_line: var(--trust-line-height, 1.5);
    --_space-xs: var(--trust-space-xs, 0.25rem);
    --_space-s: var(--trust-space-s, 0.5rem);
    --_space-m: var(--trust-space-m, 1rem);
    --_space-l: var(--trust-space-l, 1.5rem);
    --_radius: var(--trust-radius, 0.5rem);
    --_focus-ring: var(--trust-focus-ring, 3px solid var(--_focus));
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  /* A reader who asks for more contrast gets the high-contrast preset's values by default: black
     or white text and borders, a thicker focus ring. A publisher's own --trust-* tokens still win. */
  @media (prefers-contrast: more) {
    :host([theme]),
    :host(:not([theme='light'])) {
      --_text: var(--trust-color-text, light-dark(#000, #fff));
      --_muted: var(--trust-color-text-muted, var(--_text));
      --_border: var(--trust-color-border, var(--_text));
      --_focus-ring: var(--trust-focus-ring, 4px solid var(--_focus));
    }
  }
`;

/** Shared look of every element: the base box, buttons, focus, error panel, helpers. */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-inline-size: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: var(--_line);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .heading {
    font-size: var(--_size-large);
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 var(--_space-s);
  }
  .muted {
    color: var(--_muted);
    font-size: var(--_size-small);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* A link on to another widget, in a list: 44 px tall to tap. */
  .page-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
    text-decoration: none;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .view-heading,
  .focus-target {
    scroll-margin-block-start: var(--_space-l);
  }
  /* Where focusHeading() put focus, whatever moved it there: the focus ring, thinner (forced
     colours paint it CanvasText). */
  .view-heading:focus,
  .focus-target:focus {
    outline: var(--_focus-ring);
    outline-width: 2px;
    outline-offset: 2px;
  }
  /* Prerendered, until the element has taken its screen over (it drops its ssr-key then): what
     needs the script keeps its place, unseen (nothing moves when it arrives), and never shows
     before it works. Without scripting: it is gone, and its plain stand-in shown. */
  .no-script {
    display: none;
  }
  :host(:not(:defined)) .needs-script,
  :host([ssr-key]) .needs-script {
    visibility: hidden;
  }
  @media (scripting: none) {
    .needs-script {
      display: none !important;
    }
    .no-script {
      display: revert;
    }
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    border: 2px solid var(--_alert);
    background: var(--_alert-surface);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-weight: 700;
  }
  .loading {
    min-block-size: 4rem;
  }
  .help-now {
    margin-block-end: var(--_space-s);
  }
  .help-now > summary {
    min-block-size: 2.75rem;
    padding-block: var(--_space-s);
    text-align: end;
    color: var(--_alert);
    font-weight: 700;
    cursor: pointer;
  }
  .help-now[open] > summary {
    text-align: start;
  }
  .help-now > trust-hotline-banner {
    margin-block-start: var(--_space-xs);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0.01ms !important;
      animation-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .base,
    .error,
    button,
    .button {
      border: 1px solid CanvasText;
    }
    button,
    .button {
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
