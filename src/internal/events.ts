import type { ContentErrorDetail } from './content-controller.js';

/** Names of the `trust-*` events declared in `GlobalEventHandlersEventMap`. */
export type TrustEventName = Extract<keyof GlobalEventHandlersEventMap, `trust-${string}`>;
export type TrustEventDetail<K extends TrustEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  interface GlobalEventHandlersEventMap {
    'trust-content-error': CustomEvent<ContentErrorDetail>;
  }
}
