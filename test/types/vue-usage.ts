// Type check (run by `tsc` in npm test): the Vue 3 typings accept the documented usage and reject
// mistakes. Not executed; test/frameworks.test.ts runs Vue for real.
import { h, type GlobalComponents } from 'vue';
import type {} from '../../src/frameworks/vue.js';

export const quiz = h(null as unknown as GlobalComponents['trust-quiz'], {
  quiz: 'trust-check',
  persist: true,
  onTrustQuizComplete: (event: GlobalEventHandlersEventMap['trust-quiz-complete']) => event.detail.bandId,
});

export const banner = h(null as unknown as GlobalComponents['trust-hotline-banner'], {
  region: 'GB',
  // @ts-expect-error: variant is "inline" or "compact"
  variant: 'large',
});

export const steps = h(null as unknown as GlobalComponents['trust-coping-steps'], {
  // @ts-expect-error: step is a string id
  step: 3,
});
