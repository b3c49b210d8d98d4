// Custom Elements Manifest analyzer config: `npm run analyze` writes ./custom-elements.json, which
// Storybook's autodocs, editors and the token test (test/tokens.test.ts) read.
//
// - The base class (src/internal/trust-element.ts) is analyzed too, so each element inherits its
//   `content`, `src`, `theme`, `fetch-timeout`, the shared `--trust-*` tokens, parts and events.
// - Each element class names its tag with the analyzer's `@tag trust-x` JSDoc tag: the analyzer does
//   not see `defineElement('trust-x', Class)` in src/define/*.ts as `customElements.define()`, and
//   test/tokens.test.ts fails if a `@tag` and its define module disagree.
// - Only the public surface is documented: private and protected members are dropped.

/**
 * The manifest documents the public API: drops private, protected and `#private` members, and the
 * pseudo-event the analyzer infers from the base class's generic `emit(type, …)` (named `type`):
 * every real event is named `trust-…` and documented with `@fires`.
 */
function publicSurfaceOnly() {
  return {
    name: 'trust-widgets: public surface only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
            );
          }
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name?.startsWith('trust-'));
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts', 'src/internal/trust-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicSurfaceOnly()],
};
