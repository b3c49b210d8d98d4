/** A value or a promise of it: what is at hand is returned as it is. */
export type Maybe<T> = T | Promise<T>;

/** Largest content pack a widget will download, and how long it waits by default. */
export const MAX_PACK_BYTES = 1_000_000;
export const DEFAULT_TIMEOUT_MS = 10_000;

export type FetchFailure =
  | { kind: 'fetch'; url: string; reason: 'network' | 'interrupted' | 'bad-url' | 'http'; status?: number }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'not-json'; url: string }
  | { kind: 'too-large'; url: string; kilobytes: number };

export type FetchResult = { ok: true; json: unknown } | { ok: false; failure: FetchFailure };

/** A download in flight, shared by every widget naming its URL. */
interface Download {
  result: Promise<FetchResult>;
  abort: AbortController;
  /** Widgets still waiting for it: when the last gives up, the download is cancelled. */
  waiting: number;
}

const downloads = new Map<string, Download>();
/** Downloads that succeeded, by URL without `#fragment`: usable synchronously. Failures are not kept. */
const arrived = new Map<string, FetchResult>();

const fail = (failure: FetchFailure): FetchResult => ({ ok: false, failure });

/** The body as text, or `undefined` as soon as it passes `MAX_PACK_BYTES` (an endless body stops there). */
async function readCapped(response: Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks).text();
    size += value.byteLength;
    if (size > MAX_PACK_BYTES) {
      void reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}

async function download(url: string, signal: AbortSignal): Promise<FetchResult> {
  const tooLarge = () => fail({ kind: 'too-large', url, kilobytes: MAX_PACK_BYTES / 1000 });
  let reason: 'network' | 'interrupted' = 'network';
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'default',
      headers: { accept: 'application/json' },
      signal,
    });
    const refused = !response.ok || Number(response.headers.get('content-length') ?? 0) > MAX_PACK_BYTES;
    if (refused) void response.body?.cancel(); // and let the connection go
    if (!response.ok) return fail({ kind: 'fetch', url, reason: 'http', status: response.status });
    if (refused) return tooLarge();
    reason = 'interrupted';
    const body = await readCapped(response);
    if (body === undefined) return tooLarge();
    try {
      return { ok: true, json: JSON.parse(body) };
    } catch {
      return fail({ kind: 'not-json', url });
    }
  } catch {
    return fail({ kind: 'fetch', url, reason });
  }
}

/**
 * Fetches the JSON at `src`: once per URL (its `#fragment` aside) however many widgets name it,
 * without credentials or referrer, capped at `MAX_PACK_BYTES` while it streams. Each widget waits
 * at most its own `timeoutMs`; the download is cancelled only when every widget waiting for it has
 * given up. A failed download is not kept, so the next widget (or `src` change) tries again.
 */
export function fetchJson(src: string, timeoutMs = DEFAULT_TIMEOUT_MS): Maybe<FetchResult> {
  let url: string;
  try {
    const parsed = new URL(src, document.baseURI);
    parsed.hash = '';
    url = parsed.href;
  } catch {
    return fail({ kind: 'fetch', url: src, reason: 'bad-url' });
  }
  const done = arrived.get(url);
  if (done) return done;
  let entry = downloads.get(url);
  if (!entry) {
    const abort = new AbortController();
    const shared: Download = { abort, waiting: 0, result: download(url, abort.signal) };
    void shared.result.then((result) => {
      if (downloads.get(url) !== shared) return;
      downloads.delete(url);
      if (result.ok) arrived.set(url, result);
    });
    downloads.set(url, (entry = shared));
  }
  const current = entry;
  current.waiting += 1;
  return new Promise((resolve) => {
    let waiting = true;
    const stop = (result: FetchResult) => {
      if (!waiting) return;
      waiting = false;
      current.waiting -= 1;
      resolve(result);
    };
    const timer = setTimeout(() => {
      stop(fail({ kind: 'timeout', url, seconds: Math.round(timeoutMs / 100) / 10 }));
      if (current.waiting > 0) return;
      current.abort.abort();
      if (downloads.get(url) === current) downloads.delete(url);
    }, timeoutMs);
    void current.result.then((result) => {
      clearTimeout(timer);
      stop(result);
    });
  });
}

/** Forgets shared downloads. For tests only. */
export function resetFetches(): void {
  downloads.clear();
  arrived.clear();
}
