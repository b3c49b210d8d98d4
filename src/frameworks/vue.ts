/**
 * Typed tags for Vue 3 templates (checked by vue-tsc / Volar). Tell Vue the tags are custom
 * elements (`compilerOptions.isCustomElement: (tag) => tag.startsWith('trust-')`), then:
 *
 *     <trust-quiz quiz="trust-check" @trust-quiz-complete="(e) => save(e.detail.bandId)" />
 */
import type { DefineComponent } from 'vue';
import type { PascalEvent, TrustElementProps, TrustEventName } from './elements.js';

/** Listeners as Vue passes them: `@trust-quiz-complete` is the prop `onTrustQuizComplete`. */
export type TrustVueEvents = {
  [K in TrustEventName as `on${PascalEvent<K>}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

export type TrustVueComponent<Tag extends keyof TrustElementProps> = DefineComponent<
  Partial<TrustElementProps[Tag]> & TrustVueEvents
>;

declare module 'vue' {
  interface GlobalComponents {
    'trust-hotline-banner': TrustVueComponent<'trust-hotline-banner'>;
    'trust-quiz': TrustVueComponent<'trust-quiz'>;
    'trust-signs-checklist': TrustVueComponent<'trust-signs-checklist'>;
    'trust-causes-explorer': TrustVueComponent<'trust-causes-explorer'>;
    'trust-coping-steps': TrustVueComponent<'trust-coping-steps'>;
  }
}
