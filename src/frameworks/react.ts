/**
 * Typed tags for React 19, which passes properties and `on<event-name>` listeners to custom
 * elements natively. `import 'trust-widgets/react'` registers the elements and adds the types:
 *
 *     <trust-quiz quiz="trust-check" ontrust-quiz-complete={(e) => console.log(e.detail.bandId)} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TrustElementProps, TrustEventName } from './elements.js';

/** Listeners as React 19 attaches them to custom elements: `on` + the exact event name. */
export type TrustReactEvents = {
  [K in TrustEventName as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

export type TrustReactProps<Tag extends keyof TrustElementProps> = DetailedHTMLProps<
  HTMLAttributes<HTMLElement>,
  HTMLElement
> &
  Partial<TrustElementProps[Tag]> &
  TrustReactEvents;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'trust-hotline-banner': TrustReactProps<'trust-hotline-banner'>;
      'trust-quiz': TrustReactProps<'trust-quiz'>;
      'trust-signs-checklist': TrustReactProps<'trust-signs-checklist'>;
      'trust-causes-explorer': TrustReactProps<'trust-causes-explorer'>;
      'trust-coping-steps': TrustReactProps<'trust-coping-steps'>;
    }
  }
}
