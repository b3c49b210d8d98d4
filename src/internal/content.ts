import type { ContentPack } from '../schema/pack.js';
import type { ContentProblem } from '../schema/parse.js';

/** Where a widget's content came from, first match wins in this order. */
export type ContentOrigin = 'property' | 'inline' | 'src' | 'builtin';

export type ContentFailure =
  | { kind: 'invalid'; problems: ContentProblem[] }
  | { kind: 'fetch'; url: string; reason: 'network' | 'interrupted' | 'bad-url' | 'http'; status?: number }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'not-json'; url: string }
  | { kind: 'inline-not-json'; detail: string }
  | { kind: 'too-large'; url: string; kilobytes: number };

export type ContentResult =
  | { ok: true; pack: ContentPack; origin: ContentOrigin }
  | { ok: false; failure: ContentFailure; origin: ContentOrigin };

/** Largest content pack a widget will download. */
export const MAX_PACK_BYTES = 1_000_000;
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Built-in packs by language subtag. Each is its own chunk, loaded only when a widget has no
 * other content. They are validated at build time by the test suite, so they skip the validator.
 */
const builtins: Record<string, () => Promise<{ default: unknown }>> = {
  en: () => import('../../content/trust-issues.en.json', { with: { type: 'json' } }),
  es: () => import('../../content/trust-issues.es.json', { with: { type: 'json' } }),
};

/** Packs that came out of the validator (or are built-in): passing one on needs no second check. */
const trusted = new WeakSet<object>();
const builtinCache = new Map<string, Promise<ContentPack>>();
const fetches = new Map<string, Promise<ContentResult>>();

/** The language subtag of the built-in pack nearest to `lang` (`es-MX` → `es`), else `en`. */
export function builtinLanguage(lang: string | undefined): string {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(builtins, primary) ? primary : 'en';
}

export function loadBuiltinPack(lang?: string): Promise<ContentPack> {
  const language = builtinLanguage(lang);
  let pending = builtinCache.get(language);
  if (!pending) {
    pending = builtins[language]!().then((module) => {
      const pack = module.default as ContentPack;
      trusted.add(pack);
      return pack;
    });
    builtinCache.set(language, pending);
  }
  return pending;
}

/** Validates content from a publisher. zod is loaded here, only when a publisher supplies content. */
export async function validateContent(input: unknown, origin: ContentOrigin): Promise<ContentResult> {
  if (input !== null && typeof input === 'object' && trusted.has(input)) {
    return { ok: true, pack: input as ContentPack, origin };
  }
  const { parseContentPack } = await import('../schema/parse.js');
  const parsed = parseContentPack(input);
  if (!parsed.ok) return { ok: false, failure: { kind: 'invalid', problems: parsed.problems }, origin };
  trusted.add(parsed.pack);
  return { ok: true, pack: parsed.pack, origin };
}

async function download(url: string, timeoutMs: number): Promise<ContentResult> {
  const origin = 'src';
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'default',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      origin,
      failure: timedOut
        ? { kind: 'timeout', url, seconds: Math.round(timeoutMs / 100) / 10 }
        : { kind: 'fetch', url, reason: 'network' },
    };
  }
  if (!response.ok) {
    return { ok: false, origin, failure: { kind: 'fetch', url, reason: 'http', status: response.status } };
  }
  const tooLarge = {
    ok: false,
    origin,
    failure: { kind: 'too-large', url, kilobytes: MAX_PACK_BYTES / 1000 },
  } as const;
  if (Number(response.headers.get('content-length') ?? 0) > MAX_PACK_BYTES) return tooLarge;
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      origin,
      failure: timedOut
        ? { kind: 'timeout', url, seconds: Math.round(timeoutMs / 100) / 10 }
        : { kind: 'fetch', url, reason: 'interrupted' },
    };
  }
  if (body.length > MAX_PACK_BYTES) return tooLarge;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, origin, failure: { kind: 'not-json', url } };
  }
  return validateContent(json, origin);
}

/**
 * Fetches a pack once per absolute URL per page; every widget naming the URL shares the result.
 * No credentials, no referrer, a timeout and a size cap.
 */
export function fetchContent(src: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ContentResult> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve({
      ok: false,
      origin: 'src',
      failure: { kind: 'fetch', url: src, reason: 'bad-url' },
    });
  }
  let pending = fetches.get(url);
  if (!pending) {
    pending = download(url, timeoutMs);
    fetches.set(url, pending);
  }
  return pending;
}

/** Reads an inline `<script type="application/json">` child of the element, if there is one. */
export function readInlineContent(host: Element): { found: false } | { found: true; value: unknown; error?: string } {
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
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang || undefined;
}

/** Forgets shared fetches. For tests only. */
export function resetContentCache(): void {
  fetches.clear();
}
