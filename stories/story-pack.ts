import en from '../content/trust-issues.en.json' with { type: 'json' };
import es from '../content/trust-issues.es.json' with { type: 'json' };
import type { ContentPack } from '../src/schema/index.js';

/**
 * The pack every story renders on. By default the built-in pack for the toolbar's locale; once a
 * publisher loads their own pack with the toolbar's pack tool (.storybook/manager.ts), that pack,
 * which the preview's loader (.storybook/pack-loader.ts) puts in `context.loaded.trustPack`.
 *
 * Stories that show a variant of the pack (right to left, without a section, made invalid) give
 * `parameters.derivePack`, which is applied to whichever pack is in use. Stories that name an id
 * of the built-in pack (a cause, a step, a region) pass it through `pickId` and friends, so a
 * publisher's pack with ids of its own shows its nearest equivalent, never a blank box; stories
 * whose point is an unknown id set `parameters.keepIds`, and stories whose point is other content
 * failing set `parameters.ignorePack`.
 */

/** A pack loaded from the toolbar, as the preview's loader gives it to stories. */
export interface PublisherPack {
  /** The `trustPack` global it was chosen as. */
  key: string;
  /** Where it came from, for people: the URL or the file name. */
  source: string;
  /** The JSON as read, valid or not: an invalid pack goes to the elements as it is. */
  input: unknown;
  /** The same JSON once it validated; absent when it did not. */
  pack?: ContentPack;
}

/** What stories read from their context (a subset of Storybook's StoryContext). */
export interface PackContext {
  loaded?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  parameters?: {
    derivePack?: (pack: ContentPack) => unknown;
    keepIds?: boolean;
    /** A story about some other content failing (a `src` that does not load) shows no toolbar pack. */
    ignorePack?: boolean;
  };
}

const builtins: Record<string, ContentPack> = { en: en as ContentPack, es: es as ContentPack };

/** The built-in English pack, the one story variants are written against. */
export const builtinEnglish = builtins.en!;

/** The publisher's pack chosen in the toolbar, if any. */
export function publisherPack(context: PackContext): PublisherPack | undefined {
  if (context.parameters?.ignorePack) return undefined;
  return context.loaded?.trustPack as PublisherPack | undefined;
}

/** The valid pack the story's words come from: the publisher's when it validated, else the built-in one. */
export function storyPack(context: PackContext): ContentPack {
  const locale = String(context.globals?.locale ?? 'en');
  return publisherPack(context)?.pack ?? builtins[locale] ?? builtinEnglish;
}

/**
 * The `content` property for the story's elements: a value the reader set in Controls first;
 * else an invalid publisher pack as it is (the elements show their error panel); else the story's
 * variant of the pack in use (the publisher's, or the built-in pack for the Locale menu); else the
 * publisher's pack; else nothing (the built-in pack for the page's `lang`).
 */
export function storyContent(args: { content?: unknown }, context: PackContext): unknown {
  if (args.content !== undefined) return args.content;
  const publisher = publisherPack(context);
  if (publisher && !publisher.pack) return publisher.input;
  const derive = context.parameters?.derivePack;
  if (derive) return derive(storyPack(context));
  return publisher?.pack;
}

/** Whether ids written for the built-in pack must be mapped onto the pack in use. */
const mapping = (context: PackContext): boolean => !!publisherPack(context)?.pack && !context.parameters?.keepIds;

/**
 * `wanted` when the pack in use has an item with that id (or nothing is wanted), else the first
 * item the first of `similar` accepts, else the first the next accepts, and so on, else the first item.
 */
export function pickId<T extends { id: string }>(
  context: PackContext,
  items: readonly T[] | undefined,
  wanted: string | undefined,
  ...similar: ((item: T) => boolean)[]
): string | undefined {
  if (wanted === undefined || !mapping(context) || !items?.length) return wanted;
  if (items.some((item) => item.id === wanted)) return wanted;
  for (const test of similar) {
    const found = items.find(test);
    if (found) return found.id;
  }
  return items[0]!.id;
}

/**
 * A cause id of the built-in pack, on the pack in use: the cause in the same place when it is
 * alike (safety-flagged, or not, as the original), else the first alike.
 */
export function causeId(context: PackContext, wanted: string | undefined): string | undefined {
  const builtinCauses = builtinEnglish.causes?.items ?? [];
  const at = builtinCauses.findIndex((cause) => cause.id === wanted);
  const alike = (cause: { safety?: unknown }) => !!cause.safety === !!builtinCauses[at]?.safety;
  const causes = storyPack(context).causes?.items;
  return pickId(context, causes, wanted, (cause) => cause === causes?.[at] && alike(cause), alike);
}

/** A coping-track id of the built-in pack, on the pack in use: the track in the same place. */
export function trackId(context: PackContext, wanted: string | undefined): string | undefined {
  const at = builtinEnglish.coping?.tracks.findIndex((track) => track.id === wanted) ?? -1;
  const tracks = storyPack(context).coping?.tracks;
  return pickId(context, tracks, wanted, (track) => track === tracks?.[Math.max(at, 0)]);
}

/**
 * A step id of the built-in pack, on the pack in use: the step in the same place (the same track,
 * the same position, the last step for the last one).
 */
export function stepId(context: PackContext, wanted: string | undefined): string | undefined {
  const builtinTracks = builtinEnglish.coping?.tracks ?? [];
  const trackAt = Math.max(
    builtinTracks.findIndex((track) => track.steps.some((step) => step.id === wanted)),
    0,
  );
  const builtinSteps = builtinTracks[trackAt]?.steps ?? [];
  const stepAt = builtinSteps.findIndex((step) => step.id === wanted);
  const tracks = storyPack(context).coping?.tracks ?? [];
  const steps = (tracks[trackAt] ?? tracks[0])?.steps ?? [];
  const same =
    stepAt === builtinSteps.length - 1 ? steps.at(-1) : steps[Math.min(Math.max(stepAt, 0), steps.length - 1)];
  return pickId(
    context,
    tracks.flatMap((track) => track.steps),
    wanted,
    (step) => step === same,
  );
}

/** A region code, on the pack in use: its default region when it has no lines for `wanted`. */
export function regionFor(context: PackContext, wanted: string | undefined): string | undefined {
  if (wanted === undefined || !mapping(context)) return wanted;
  const { hotlines } = storyPack(context);
  return Object.hasOwn(hotlines.regions, wanted) ? wanted : hotlines.defaultRegion;
}
