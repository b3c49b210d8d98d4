import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';

/**
 * Every `--trust-*` token an element reads is documented (`@cssprop`, in custom-elements.json, where
 * Storybook and editors find it), and every documented token is read by that element. Material
 * Web's token test is the model. Needs the manifest at the repo root: `npm run analyze` (the build
 * runs it before the browser tests).
 */

interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssProperties?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

type ElementClass = typeof LitElement;

const manifest: Manifest = await fetch('/custom-elements.json').then((response) => {
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run analyze` first');
  return response.json() as Promise<Manifest>;
});

const documented = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({ module: module.path, declaration })),
);

/** `--trust-*` names read with `var()` anywhere in the element's styles (its own and inherited). */
function tokensUsed(elementClass: ElementClass): string[] {
  void elementClass.observedAttributes; // finalizes the class, which computes elementStyles
  const css = elementClass.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
  return [...new Set([...css.matchAll(/var\(\s*(--trust-[a-z0-9-]+)/g)].map((match) => match[1]!))].sort();
}

/** The tags `src/index.ts` registers, read from its define modules' `defineElement('tag', …)` calls. */
async function registeredTags(): Promise<string[]> {
  const index = await fetch('/src/index.ts').then((response) => response.text());
  const defines = [...index.matchAll(/from ["']\.\/(define\/[\w-]+)\.[jt]s["']/g)].map((match) => match[1]!);
  const sources = await Promise.all(defines.map((path) => fetch(`/src/${path}.ts`).then((r) => r.text())));
  return sources.flatMap((source) =>
    [...source.matchAll(/defineElement\(\s*["'](trust-[\w-]+)["']/g)].map((match) => match[1]!),
  );
}

describe('design tokens: used ⇔ documented', () => {
  it('documents every element that src/index.ts registers, under its tag and class', async () => {
    const tags = await registeredTags();
    expect(tags).to.include('trust-hotline-banner');
    expect(documented.map((entry) => entry.declaration.tagName).sort()).to.deep.equal([...tags].sort());
    // The class registered for each tag is the very class the manifest documents for it (compared
    // by identity: the test server's decorator transform renames classes, so `.name` can differ).
    for (const { module: path, declaration } of documented) {
      const module = (await import(`/${path}`)) as Record<string, ElementClass | undefined>;
      const declared = module[declaration.name];
      expect(declared, `${path} exports ${declaration.name}`).to.be.a('function');
      const registered = customElements.get(declaration.tagName!);
      expect(registered === declared, `<${declaration.tagName}> is ${declaration.name}`).to.equal(true);
    }
  });

  it('documents the shared tokens once, on the base class every element inherits them from', () => {
    const baseClass = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.name === 'TrustElement');
    const base = baseClass?.cssProperties ?? [];
    for (const token of ['--trust-color-accent', '--trust-color-surface', '--trust-focus-ring', '--trust-radius']) {
      const entry = base.find((property) => property.name === token);
      expect(entry, token).to.exist;
      expect(entry!.description, `${token} has a description`).to.be.a('string').and.not.be.empty;
    }
  });

  for (const { module: path, declaration } of documented) {
    describe(`<${declaration.tagName}>`, () => {
      let loaded: ElementClass;
      before(async () => {
        // The class from its own module, so an element not yet listed in src/index.ts is checked too.
        const module = (await import(`/${path}`)) as Record<string, ElementClass>;
        loaded = module[declaration.name]!;
      });
      const elementClass = () => loaded;
      const documentedTokens = () =>
        [...new Set((declaration.cssProperties ?? []).map((property) => property.name))].sort();

      it('reads no --trust-* token that its @cssprop documentation lacks', () => {
        const missing = tokensUsed(elementClass()).filter((token) => !documentedTokens().includes(token));
        expect(missing, 'used in CSS but not documented with @cssprop').to.deep.equal([]);
      });

      it('documents no --trust-* token that its styles never read', () => {
        const used = tokensUsed(elementClass());
        const unused = documentedTokens().filter((token) => !used.includes(token));
        expect(unused, 'documented with @cssprop but not read by any var()').to.deep.equal([]);
      });

      it('never reads a component token without a fallback', () => {
        const own = tokensUsed(elementClass()).filter((token) => token.startsWith(`--${declaration.tagName}-`));
        const css = elementClass()
          .elementStyles.map((style) => ('cssText' in style ? style.cssText : ''))
          .join('\n');
        for (const token of own) {
          const uses = [...css.matchAll(new RegExp(`var\\(\\s*${token}\\s*(,?)`, 'g'))];
          expect(
            uses.every((use) => use[1] === ','),
            `${token} always has a fallback`,
          ).to.equal(true);
        }
      });
    });
  }
});
