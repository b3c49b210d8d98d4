/**
 * Lit's hydration support, loaded only by a page that holds an element prerendered at publish time
 * (`trust-widgets/ssr`): such an element, on connecting, waits for this module (./trust-element.ts)
 * and then adopts its declarative shadow root instead of rendering it again. A page without one
 * never downloads it (issue 17: the banner alone, client-rendered, is 1.8 KB lighter).
 *
 * Lit installs its support itself only when the support loads before Lit; here Lit is already
 * there, so it is installed on our `LitElement`, once (a bundle that loaded the support first has
 * it installed already: see `hydrationInstalled`).
 */
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrationInstalled } from './hydration.js';

type Install = (lit: { LitElement: typeof LitElement }) => void;

if (!hydrationInstalled()) {
  (globalThis as unknown as { litElementHydrateSupport: Install }).litElementHydrateSupport({ LitElement });
}
