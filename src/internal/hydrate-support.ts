/**
 * Lit's hydration support, which must run before Lit's element class is defined: every define
 * module imports this first. With it, an element whose declarative shadow root was rendered at
 * publish time (`trust-widgets/ssr`) adopts those nodes instead of rendering them again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
