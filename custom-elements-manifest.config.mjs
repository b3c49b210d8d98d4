// Custom Elements Manifest analyzer config: `npm run analyze` writes ./custom-elements.json, which
// Storybook's autodocs, editors and the token test (test/tokens.test.ts) read.
//
// - The base class (src/internal/trust-element.ts) is analyzed too, so each element inherits its
//   `content`, `src`, `theme`, `fetch-timeout`, the shared `--trust-*` tokens, parts and events.
// - Tags are registered through `defineElement('trust-x', Class)` in src/define/*.ts, which the
//   analyzer does not recognise as `customElements.define()`: the plugin below links those calls.
// - Only the public surface is documented: private and protected members are dropped.

/** Links `defineElement('trust-x', TrustX)` calls to their classes (tagName, customElement). */
function defineElementCalls() {
  return {
    name: 'trust-widgets: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((statement) =>
          statement.importClause?.namedBindings?.elements?.some((binding) => binding.name.text === klass.text),
        );
      const module = imported
        ? new URL(imported.moduleSpecifier.text, `file:///${moduleDoc.path}`).pathname.slice(1).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      const definitions = customElementsManifest.modules.flatMap((module) =>
        (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
      );
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const definition = definitions.find((entry) => entry.declaration.name === declaration.name);
          if (declaration.kind !== 'class' || !definition) continue;
          declaration.tagName = definition.name;
          declaration.customElement = true;
        }
      }
    },
  };
}

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
  plugins: [defineElementCalls(), publicSurfaceOnly()],
};
