import type { Loader } from '@storybook/web-components-vite';
import { addons } from 'storybook/preview-api';
import { fetchJson, resetFetches, type FetchFailure } from '../src/internal/content-fetch.js';
import { parseContentPack } from '../src/schema/index.js';
import type { PublisherPack } from '../stories/story-pack.js';
import { EVENTS, GLOBAL, keyUrl, type LoadRequest, type LoadResult } from './pack-events.js';

/**
 * The preview's half of the pack tool: reads the pack the toolbar asks for (fetches a URL, or
 * parses a file's text sent over the channel), keeps it in this iframe's memory, which lasts
 * across story and docs navigation, and tells the toolbar how it went. Nothing is written to
 * storage; a URL is fetched only when the publisher asks for it (or when the iframe was reloaded
 * while the choice still names it).
 */

/** Packs read so far, by their `trustPack` key. */
const packs = new Map<string, Promise<PublisherPack | undefined>>();

const why: Record<FetchFailure['kind'], (failure: FetchFailure) => string> = {
  fetch: (failure) =>
    failure.kind === 'fetch' && failure.reason === 'http'
      ? `the server answered ${failure.status ?? 'with an error'}`
      : failure.kind === 'fetch' && failure.reason === 'bad-url'
        ? 'it is not a valid address'
        : 'the network could not be reached, or the server does not allow Storybook to read it (CORS)',
  timeout: () => 'it took too long to answer',
  'not-json': () => 'it is not JSON',
  'too-large': () => 'it is larger than 1 MB',
};

/** The pack from its JSON: what stories get, and what the toolbar is told. */
function read(key: string, source: string, input: unknown): { pack: PublisherPack; result: LoadResult } {
  const parsed = parseContentPack(input);
  if (parsed.ok) {
    return {
      pack: { key, source, input, pack: parsed.pack },
      result: { key, state: 'ready', source, title: parsed.pack.meta.title },
    };
  }
  return { pack: { key, source, input }, result: { key, state: 'invalid', source, problems: parsed.problems } };
}

async function load(request: LoadRequest): Promise<{ pack?: PublisherPack; result: LoadResult }> {
  const { key } = request;
  if (request.kind === 'file') {
    try {
      return read(key, request.name, JSON.parse(request.text));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { result: { key, state: 'failed', source: request.name, message: `it is not JSON (${detail})` } };
    }
  }
  // Downloaded afresh: the publisher may have changed the pack since they last loaded it (the
  // elements' shared downloads are forgotten too, which only costs a story's `src` a new request).
  resetFetches();
  const fetched = await fetchJson(request.url);
  if (!fetched.ok) {
    return {
      result: { key, state: 'failed', source: request.url, message: why[fetched.failure.kind](fetched.failure) },
    };
  }
  return read(key, request.url, fetched.json);
}

const channel = () => addons.getChannel();

/** Reads a pack and answers the toolbar. A pack that failed to read is not kept, so asking again tries again. */
function start(request: LoadRequest): Promise<PublisherPack | undefined> {
  const pending = load(request).then(({ pack, result }) => {
    channel().emit(EVENTS.result, result);
    if (!pack) packs.delete(request.key);
    return pack;
  });
  packs.set(request.key, pending);
  return pending;
}

/** Files whose text the toolbar was asked to send again, by key. */
const waiting = new Map<string, (request: LoadRequest) => void>();

channel().on(EVENTS.load, (request: LoadRequest) => {
  const resume = waiting.get(request.key);
  waiting.delete(request.key);
  const pending = start(request);
  resume?.(request);
  void pending;
});

/**
 * The pack a `trustPack` key names. A file the iframe no longer holds (it was reloaded) is asked
 * for again; if the toolbar no longer has it either, the stories fall back to the built-in pack.
 */
function chosen(key: string): Promise<PublisherPack | undefined> {
  if (!key) return Promise.resolve(undefined);
  const known = packs.get(key);
  if (known) return known;
  const url = keyUrl(key);
  if (url) return start({ key, kind: 'url', url });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(key);
      resolve(undefined);
    }, 3000);
    waiting.set(key, () => {
      clearTimeout(timer);
      resolve(packs.get(key));
    });
    channel().emit(EVENTS.resend, { key });
  });
}

/** Puts the chosen pack in `context.loaded.trustPack` before every story renders. */
export const packLoader: Loader = async ({ globals }) => ({
  trustPack: await chosen(String(globals[GLOBAL] ?? '')),
});
