import type { ContentPack } from '../schema/pack.js';
import { packHash } from './hydration.js';

/**
 * Precompiled packs (`trust-widgets build-pack my-pack.json -o my-pack.js`): a module the page
 * includes with its own `<script type="module">` registers a pack the CLI validated, by its
 * `meta.id`, and widgets name it with `pack="<id>"`: no validator download, no fetch. The
 * attribute only looks a pack up; it never loads anything.
 *
 * The module pushes `{ id, hash, pack }` onto a page-wide list (it may run before or after the
 * widgets' script) and fires `trust-widgets-pack` on `window`. A pack whose content no longer has
 * the hash build-pack wrote (the module edited by hand) is refused; a second module with the same
 * id is ignored with one warning: the first one wins.
 */
export const REGISTRY_KEY = 'trust-widgets.packs';
export const PACK_EVENT = 'trust-widgets-pack';

interface Registration {
  id: unknown;
  hash: unknown;
  pack: unknown;
}

export type PackLookup =
  | { ok: true; pack: ContentPack }
  | { ok: false; reason: 'tampered' | 'unknown' }
  /** Not registered yet: the page is still loading its modules. */
  | undefined;

const checked = new Map<string, PackLookup>();
const warned = new Set<string>();

function registrations(): Registration[] {
  const list = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(REGISTRY_KEY)];
  return Array.isArray(list) ? (list as Registration[]) : [];
}

/** The registered pack `id`: checked against its hash once, the first registration winning. */
export function lookupPack(id: string): PackLookup {
  const known = checked.get(id);
  if (known) return known;
  const matches = registrations().filter((entry) => entry && entry.id === id);
  if (matches.length === 0) return document.readyState === 'complete' ? { ok: false, reason: 'unknown' } : undefined;
  if (matches.length > 1 && !warned.has(id)) {
    warned.add(id);
    console.warn(`trust-widgets: two precompiled packs register "${id}"; the first one is used.`);
  }
  const { hash, pack } = matches[0]!;
  const result: PackLookup =
    pack !== null && typeof pack === 'object' && typeof hash === 'string' && packHash(pack as ContentPack) === hash
      ? { ok: true, pack: pack as ContentPack }
      : { ok: false, reason: 'tampered' };
  checked.set(id, result);
  return result;
}

/** Settles once pack `id` is registered, or once the page has loaded without it. */
export function whenPack(id: string): Promise<Exclude<PackLookup, undefined>> {
  return new Promise((resolve) => {
    const retry = () => {
      const found = lookupPack(id);
      if (!found) return;
      window.removeEventListener(PACK_EVENT, retry);
      window.removeEventListener('load', late);
      resolve(found);
    };
    // Module scripts have all run by `load`: a pack still missing then is not on the page.
    const late = () => setTimeout(() => resolve(lookupPack(id) ?? { ok: false, reason: 'unknown' }));
    window.addEventListener(PACK_EVENT, retry);
    window.addEventListener('load', late, { once: true });
    retry();
  });
}
