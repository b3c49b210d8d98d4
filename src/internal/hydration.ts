import { LitElement } from 'lit';
import type { ContentPack } from '../schema/pack.js';
import { resolveRegion } from '../components/hotline-banner/hotline-banner.state.js';
import { pageTarget, type PageWidget } from './page-links.js';
import { packPart, sectionsKey, type ElementSections } from './sections.js';

/**
 * Publish-time rendering (`trust-widgets/ssr`) and the browser agree on what an element's first
 * screen is drawn from, by one key: the pack (a hash of its content), the language and region it
 * was drawn for, the widgets it links to on the page, and what the element adds (the quiz: answers
 * kept in this browser). The server writes it on the host as `ssr-key`; the browser adopts the
 * prerendered shadow root only when its own key is the same, and renders afresh otherwise (a pack
 * that changed since publishing, a reader in another region, saved answers), so the page never
 * keeps words that are not what the element would show.
 */
export const SSR_KEY = 'ssr-key';

const hashes = new WeakMap<object, string>();

/** A short hash of the pack's content, the same for equal packs whatever their key order. */
export function packHash(pack: ContentPack): string {
  let known = hashes.get(pack);
  if (known) return known;
  // FNV-1a over a canonical serialisation (keys sorted), 32 bits.
  let hash = 0x811c9dc5;
  const text = JSON.stringify(pack, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  known = (hash >>> 0).toString(36);
  hashes.set(pack, known);
  return known;
}

const partHashes = new WeakMap<object, Map<string, string>>();

/**
 * The hash of the sections of `pack` an element reads: the same for the server's whole pack and
 * the browser's built-in pack of only those sections (./sections.ts).
 */
function partHash(pack: ContentPack, sections: ElementSections): string {
  const key = sectionsKey(sections);
  let known = partHashes.get(pack);
  if (!known) partHashes.set(pack, (known = new Map()));
  let hash = known.get(key);
  if (hash === undefined) known.set(key, (hash = packHash(packPart(pack, sections))));
  return hash;
}

/** The key of what an element draws its first screen from (see above). */
export function hydrationKey(
  pack: ContentPack,
  sections: ElementSections,
  region: string | undefined,
  extra: readonly unknown[],
): string {
  const { code, missing } = resolveRegion(pack, region);
  return [pack.meta.id, partHash(pack, sections), code, missing ?? '', ...extra.map(String)].join('|');
}

/** For the key of an element that links on to other widgets: which of them the page has, by tag and id. */
export function pageLinksKey(host: Element, kinds: readonly PageWidget[]): string {
  return kinds
    .map((kind) => {
      const target = pageTarget(kind, host);
      return target ? `${target.localName}#${target.id}` : '-';
    })
    .join(',');
}

/**
 * Whether Lit's hydration support is installed on our `LitElement` (by ./hydrate-support.ts, or by
 * a bundle that loaded it before Lit): it gives `LitElement` its own `observedAttributes`.
 */
export const hydrationInstalled = (): boolean => Object.hasOwn(LitElement, 'observedAttributes');

let support: Promise<void> | undefined;

/** Loads and installs Lit's hydration support (./hydrate-support.ts), once per page. */
export function loadHydration(): Promise<void> {
  support ??= import('./hydrate-support.js').then(
    () => undefined,
    (error: unknown) => {
      // Without it each prerendered element is rendered again (see TrustElement.adoptOrReplace).
      console.warn(
        'trust-widgets: the hydration support could not be loaded, so prerendered widgets are rendered again.',
        error,
      );
    },
  );
  return support;
}
