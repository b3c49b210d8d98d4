import type { ContentPack } from '../schema/pack.js';
import { packHash } from './hydration.js';
import { joinSections, sectionsKey, withCore, type ElementSections } from './sections.js';

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
 *
 * A pack may also come split by section (`build-pack --sections`: one module per section, each
 * pushing `{ id, section, hash, pack }` with that section's part): a page then includes only the
 * sections its elements read (./sections.ts), and an element is given its sections joined. A
 * whole-pack module for the id wins over its sections.
 */
export const REGISTRY_KEY = 'trust-widgets.packs';
export const PACK_EVENT = 'trust-widgets-pack';

interface Registration {
  id: unknown;
  hash: unknown;
  pack: unknown;
  /** The section this module holds (`build-pack --sections`); none for a whole pack. */
  section?: unknown;
}

export type PackLookup =
  | { ok: true; pack: ContentPack }
  /** `name`: what is missing or edited, the id or, for a split pack, `<id>.<section>` (its module's name). */
  | { ok: false; reason: 'tampered' | 'unknown'; name: string }
  /** Not registered yet: the page is still loading its modules. */
  | undefined;

const checked = new Map<string, PackLookup>();
const warned = new Set<string>();

function registrations(): Registration[] {
  const list = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(REGISTRY_KEY)];
  return Array.isArray(list) ? (list as Registration[]) : [];
}

/** The first registration of `id` (and `section`), checked against its hash; `undefined` when there is none. */
function checkedPart(id: string, section: string | undefined): PackLookup {
  const matches = registrations().filter((entry) => entry && entry.id === id && entry.section === section);
  if (matches.length === 0) return undefined;
  const name = section === undefined ? id : `${id}.${section}`;
  if (matches.length > 1 && !warned.has(name)) {
    warned.add(name);
    console.warn(`trust-widgets: two precompiled packs register "${name}"; the first one is used.`);
  }
  const { hash, pack } = matches[0]!;
  return pack !== null && typeof pack === 'object' && typeof hash === 'string' && packHash(pack as ContentPack) === hash
    ? { ok: true, pack: pack as ContentPack }
    : { ok: false, reason: 'tampered', name };
}

/**
 * The registered pack `id` with the `sections` an element reads: the whole pack, or its `core` and
 * those sections joined; each checked against its hash once, the first registration winning.
 */
export function lookupPack(id: string, sections: ElementSections = []): PackLookup {
  const key = `${id}:${sectionsKey(sections)}`;
  const known = checked.get(key);
  if (known) return known;
  let result = checkedPart(id, undefined);
  if (!result) {
    const parts: ContentPack[] = [];
    for (const section of withCore(sections)) {
      const part = checkedPart(id, section);
      if (!part) {
        const missing = registrations().some((entry) => entry && entry.id === id) ? `${id}.${section}` : id;
        return document.readyState === 'complete' ? { ok: false, reason: 'unknown', name: missing } : undefined;
      }
      if (!part.ok) {
        result = part;
        break;
      }
      parts.push(part.pack);
    }
    result ??= { ok: true, pack: joinSections(parts as unknown as Record<string, unknown>[]) };
  }
  checked.set(key, result);
  return result;
}

/** Settles once pack `id` is registered, or once the page has loaded without it. */
export function whenPack(id: string, sections: ElementSections = []): Promise<Exclude<PackLookup, undefined>> {
  return new Promise((resolve) => {
    const retry = () => {
      const found = lookupPack(id, sections);
      if (!found) return;
      window.removeEventListener(PACK_EVENT, retry);
      window.removeEventListener('load', late);
      resolve(found);
    };
    // Module scripts have all run by `load`: a pack still missing then is not on the page.
    const late = () =>
      setTimeout(() => resolve(lookupPack(id, sections) ?? { ok: false, reason: 'unknown', name: id }));
    window.addEventListener(PACK_EVENT, retry);
    window.addEventListener('load', late, { once: true });
    retry();
  });
}
