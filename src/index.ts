/**
 * `trust-widgets`: registers every element. Publishers load this one module:
 * `<script type="module" src="…/trust-widgets.js"></script>`.
 */
export * from './define/hotline-banner.js';
export * from './define/coping-steps.js';
export * from './define/signs-checklist.js';
export * from './define/quiz.js';
export * from './define/causes-explorer.js';
