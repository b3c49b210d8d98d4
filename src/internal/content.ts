import type { ContentPack, UiStrings } from '../schema/pack.js';
import type { ContentProblem, parseContentPack } from '../schema/parse.js';
import { isServer } from 'lit';
import { format } from './format.js';
import { serverPage } from './server-env.js';
import { lookupPack, whenPack, type PackLookup } from './pack-registry.js';
import { joinSections, sectionsKey, withCore, type ElementSections, type Section } from './sections.js';
import {
  DEFAULT_TIMEOUT_MS,
  fetchJson,
  resetFetches,
  type FetchFailure,
  type FetchResult,
  type Maybe,
} from './content-fetch.js';

export { DEFAULT_TIMEOUT_MS, MAX_PACK_BYTES, type Maybe } from './content-fetch.js';

/**
 * Where content comes from and what can go wrong on the way: the built-in packs, the validator,
 * `src` downloads and inline JSON, each failure kind and its wording. Everything that is already
 * at hand (a trusted or already validated object, a download or built-in pack that has arrived)
 * is returned synchronously, so an element can render it in its first update.
 */

/** Where a widget's content came from, first match wins in this order. */
export type ContentOrigin = 'property' | 'inline' | 'pack' | 'src' | 'builtin';

export type ContentFailure =
  | FetchFailure
  | { kind: 'invalid'; problems: ContentProblem[]; input: unknown }
  | { kind: 'inline-not-json'; detail: string }
  | { kind: 'pack'; id: string; reason: 'tampered' | 'unknown' }
  | { kind: 'src-script'; url: string };

export type ContentResult =
  | { ok: true; pack: ContentPack; origin: ContentOrigin }
  | { ok: false; failure: ContentFailure; origin: ContentOrigin };

/**
 * Built-in packs by language subtag and section (./sections.ts), each section its own chunk, so a
 * page downloads only what its elements render: the banner `core` alone, the quiz `core`,
 * `quizzes`, `signs`, `causes` and `coping`. Validated by the test suite, not at run time.
 */
const builtins: Record<string, Record<Section, () => Promise<{ default: unknown }>>> = {
  en: {
    core: () => import('./builtin/trust-issues.en.core.json', { with: { type: 'json' } }),
    signs: () => import('./builtin/trust-issues.en.signs.json', { with: { type: 'json' } }),
    causes: () => import('./builtin/trust-issues.en.causes.json', { with: { type: 'json' } }),
    coping: () => import('./builtin/trust-issues.en.coping.json', { with: { type: 'json' } }),
    quizzes: () => import('./builtin/trust-issues.en.quizzes.json', { with: { type: 'json' } }),
  },
  es: {
    core: () => import('./builtin/trust-issues.es.core.json', { with: { type: 'json' } }),
    signs: () => import('./builtin/trust-issues.es.signs.json', { with: { type: 'json' } }),
    causes: () => import('./builtin/trust-issues.es.causes.json', { with: { type: 'json' } }),
    coping: () => import('./builtin/trust-issues.es.coping.json', { with: { type: 'json' } }),
    quizzes: () => import('./builtin/trust-issues.es.quizzes.json', { with: { type: 'json' } }),
  },
};

/** Every section: what the error panel's fallback and the server renderer use. */
export const ALL_SECTIONS: ElementSections = ['signs', 'causes', 'coping', 'quizzes'];

/** Packs that came out of the validator (or are built-in): passing one on needs no second check. */
const trusted = new WeakSet<object>();

/** Marks a pack the server renderer has validated, so elements take it as it is. */
export const trustValidated = (pack: ContentPack): void => void trusted.add(pack);
/** Section downloads by `<lang>.<section>`: one request each, however many widgets share it. */
const sectionCache = new Map<string, Promise<Record<string, unknown>>>();
/** Sections that have arrived, by `<lang>.<section>`: usable synchronously. */
const sectionLoaded = new Map<string, Record<string, unknown>>();
/** Built-in packs put together, by `<lang>:<sections>`, so each is one object (one hash, one validation). */
const joined = new Map<string, ContentPack>();
/** The validator, once its chunk has arrived; until then validation waits for it. */
let parser: typeof parseContentPack | undefined;

/** The language subtag of the built-in pack nearest to `lang` (`es-MX` → `es`), else `en`. */
export function builtinLanguage(lang: string | undefined): string {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(builtins, primary) ? primary : 'en';
}

/** The built-in pack for `lang` with `sections` (and `core`), if they have arrived; never starts a download. */
export function arrivedBuiltinPack(lang?: string, sections: ElementSections = []): ContentPack | undefined {
  const language = builtinLanguage(lang);
  const key = `${language}:${sectionsKey(sections)}`;
  const known = joined.get(key);
  if (known) return known;
  const parts = withCore(sections).map((name) => sectionLoaded.get(`${language}.${name}`));
  if (parts.some((part) => !part)) return undefined;
  const pack = joinSections(parts as Record<string, unknown>[]);
  trusted.add(pack);
  joined.set(key, pack);
  return pack;
}

/**
 * The built-in pack for `lang` with `sections` (and `core`): the pack itself once they have
 * arrived, else a promise of it. The sections come down in parallel.
 */
export function builtinPack(lang?: string, sections: ElementSections = ALL_SECTIONS): Maybe<ContentPack> {
  const arrived = arrivedBuiltinPack(lang, sections);
  if (arrived) return arrived;
  const language = builtinLanguage(lang);
  const downloads = withCore(sections).map((name) => {
    const key = `${language}.${name}`;
    let pending = sectionCache.get(key);
    if (!pending) {
      pending = builtins[language]![name]().then((module) => {
        const part = module.default as Record<string, unknown>;
        sectionLoaded.set(key, part);
        return part;
      });
      sectionCache.set(key, pending);
    }
    return pending;
  });
  return Promise.all(downloads).then(() => arrivedBuiltinPack(language, sections)!);
}

/** Results by input object: one download or one `content` object shared by 50 widgets is validated once. */
const validated = new WeakMap<object, ContentResult>();

function validateNow(input: unknown, origin: ContentOrigin, parse: typeof parseContentPack): ContentResult {
  const key = typeof input === 'object' && input !== null ? input : undefined;
  const known = key && validated.get(key);
  if (known) return { ...known, origin };
  const parsed = parse(input);
  const result: ContentResult = parsed.ok
    ? { ok: true, pack: parsed.pack, origin }
    : { ok: false, failure: { kind: 'invalid', problems: parsed.problems, input }, origin };
  if (parsed.ok) trusted.add(parsed.pack);
  if (key) validated.set(key, result);
  return result;
}

/**
 * Validates content from a publisher: at once for a pack that is already trusted or once the
 * validator has arrived. The validator (src/schema/validate.ts, no zod) is loaded only when a publisher supplies content.
 */
export function validateContent(input: unknown, origin: ContentOrigin): Maybe<ContentResult> {
  if (input !== null && typeof input === 'object' && trusted.has(input)) {
    return { ok: true, pack: input as ContentPack, origin };
  }
  if (parser) return validateNow(input, origin, parser);
  return import('../schema/parse.js').then((module) => {
    parser = module.parseContentPack;
    return validateNow(input, origin, parser);
  });
}

/** Turns a failure into problems worded from the pack's UI strings. */
export function describeFailure(failure: ContentFailure, strings: UiStrings['common']): ContentProblem[] {
  switch (failure.kind) {
    case 'invalid':
      return failure.problems;
    case 'fetch': {
      const reason = {
        network: strings.reasonNetwork,
        interrupted: strings.reasonInterrupted,
        'bad-url': strings.reasonBadUrl,
        http: format(strings.reasonHttp, { status: failure.status ?? 0 }),
      }[failure.reason];
      return [{ path: '', message: format(strings.fetchFailed, { url: failure.url, reason }) }];
    }
    case 'timeout':
      return [{ path: '', message: format(strings.fetchTimeout, { url: failure.url, seconds: failure.seconds }) }];
    case 'inline-not-json':
      return [{ path: '', message: format(strings.inlineNotJson, { detail: failure.detail }) }];
    case 'pack':
      return [
        {
          path: '',
          message: format(failure.reason === 'unknown' ? strings.packUnknown : strings.packTampered, {
            id: failure.id,
          }),
        },
      ];
    case 'src-script':
      return [{ path: '', message: format(strings.srcScript, { url: failure.url }) }];
    case 'not-json':
      return [{ path: '', message: format(strings.notJson, { url: failure.url }) }];
    case 'too-large':
      return [{ path: '', message: format(strings.tooLarge, { url: failure.url, kilobytes: failure.kilobytes }) }];
  }
}

/** The pack at `src` (see `fetchJson`), validated. */
export function fetchContent(src: string, timeoutMs?: number): Maybe<ContentResult> {
  const use = (result: FetchResult): Maybe<ContentResult> =>
    result.ok ? validateContent(result.json, 'src') : { ok: false, origin: 'src', failure: result.failure };
  const result = fetchJson(src, timeoutMs);
  return result instanceof Promise ? result.then(use) : use(result);
}

/**
 * `fetch-timeout` in milliseconds, or the default when it is not a number above 0 (`10s`, `abc`,
 * `-5`, `Infinity`, `0`, an empty value), with a warning naming the element: a typo must not stop
 * the pack from loading, nor make `AbortSignal.timeout()` throw and fail every widget sharing the URL.
 */
export function fetchTimeoutMs(value: number, attribute: string | null, tag: string): number {
  if (Number.isFinite(value) && value > 0) return value;
  console.warn(
    `<${tag}>: fetch-timeout="${attribute ?? String(value)}" is not a number of milliseconds above 0, so ${DEFAULT_TIMEOUT_MS} is used.`,
  );
  return DEFAULT_TIMEOUT_MS;
}

/**
 * The fallback to show with the error panel of an invalid pack: the built-in pack, but with the
 * publisher's own hotlines (and interface strings and language, when those are valid) whenever they
 * validate on their own. A typo in a quiz band must not send a reader in Germany to US numbers.
 */
export function salvage(failure: ContentFailure, fallback: ContentPack): ContentPack {
  const input = failure.kind === 'invalid' ? (failure.input as Partial<Record<keyof ContentPack, unknown>>) : undefined;
  if (!parser || !input || typeof input !== 'object' || input.hotlines === undefined) return fallback;
  const meta = { ...fallback.meta, ...(input.meta as object), id: fallback.meta.id };
  for (const candidate of [
    { ...fallback, meta, ui: input.ui, hotlines: input.hotlines },
    { ...fallback, hotlines: input.hotlines },
  ]) {
    const parsed = parser(candidate);
    if (!parsed.ok) continue;
    trusted.add(parsed.pack);
    return parsed.pack;
  }
  return fallback;
}

/** What an element names as its content, read at the moment it asks. */
export interface ContentSource {
  content?: unknown;
  /** The id of a precompiled pack the page registered (`pack` attribute). */
  pack?: string;
  src?: string;
  timeoutMs: number;
  lang?: string;
  /** The sections of the built-in pack the element reads besides `core`. */
  sections: ElementSections;
}

/**
 * The content for `source` and `host`'s inline JSON child, first match wins: the `content`
 * property, the inline child, `src`, the built-in pack for `lang`.
 */
export function resolveContent(host: Element, source: ContentSource): Maybe<ContentResult> {
  if (source.content !== undefined && source.content !== null) return validateContent(source.content, 'property');
  const inline = readInlineContent(host);
  if (inline.found) {
    return inline.error === undefined
      ? validateContent(inline.value, 'inline')
      : { ok: false, origin: 'inline', failure: { kind: 'inline-not-json', detail: inline.error } };
  }
  if (source.pack) return precompiled(source.pack, source.sections);
  if (source.src) {
    // Content is data: a `src` naming a script is refused, never fetched (a CMS field must not become code).
    if (/\.(m?js|cjs|ts)(?:[?#]|$)/i.test(source.src))
      return { ok: false, origin: 'src', failure: { kind: 'src-script', url: source.src } };
    return fetchContent(source.src, source.timeoutMs);
  }
  warnIgnored(host);
  const pack = builtinPack(source.lang, source.sections);
  return pack instanceof Promise
    ? pack.then((loaded) => ({ ok: true, pack: loaded, origin: 'builtin' }))
    : { ok: true, pack, origin: 'builtin' };
}

/** A precompiled pack by its id: at once when registered, else once the page registers it or has loaded. */
function precompiled(id: string, sections: ElementSections): Maybe<ContentResult> {
  const use = (found: Exclude<PackLookup, undefined>): ContentResult => {
    if (!found.ok)
      return { ok: false, origin: 'pack', failure: { kind: 'pack', id: found.name, reason: found.reason } };
    trusted.add(found.pack);
    return { ok: true, pack: found.pack, origin: 'pack' };
  };
  const found = lookupPack(id, sections);
  return found ? use(found) : whenPack(id, sections).then(use);
}

/** Says why content a publisher meant to give is not read, when the built-in pack is shown instead. */
function warnIgnored(host: Element): void {
  if (isServer) return; // the renderer checks the page's markup itself
  const ignored = host.hasAttribute('content')
    ? 'A content="…" attribute is'
    : host.querySelector(':scope > script[type*="json" i]')
      ? 'A JSON script whose type is not exactly "application/json" is'
      : host.querySelector('script[type="application/json"]')
        ? 'A JSON script that is not a direct child is'
        : undefined;
  if (ignored) {
    console.warn(
      `<${host.localName}>: ${ignored} not read, so the built-in pack is shown. Give content as the content property, a direct <script type="application/json"> child or src.`,
    );
  }
}

/** Reads an inline `<script type="application/json">` child of the element, if there is one. */
export function readInlineContent(host: Element): { found: false } | { found: true; value: unknown; error?: string } {
  // On the server the element has no children: the renderer hands an inline pack over as `content`.
  if (isServer) return { found: false };
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return { found: false };
  try {
    return { found: true, value: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    return { found: true, value: undefined, error: String(error instanceof Error ? error.message : error) };
  }
}

/** The nearest `lang`: the element's own, an ancestor's (across shadow roots), the document's. */
export function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    if (isServer) return serverPage.lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang || undefined;
}

/** Forgets shared downloads. For tests only. */
export const resetContentCache = resetFetches;
