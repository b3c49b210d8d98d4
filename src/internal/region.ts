import type { ContentPack, Hotline, HotlineTopic, RegionHotlines } from '../schema/pack.js';

/**
 * The region whose hotlines to show: the `region` attribute when the pack lists it; else the
 * region of the reader's browser language (`en-GB` → GB) when the pack lists it; else the pack's
 * default. Never a network look-up.
 */
export function resolveRegion(
  pack: ContentPack,
  requested?: string | null,
  languages: readonly string[] = navigator.languages,
): string {
  const { regions, defaultRegion } = pack.hotlines;
  const wanted = requested?.trim().toUpperCase();
  if (wanted && Object.hasOwn(regions, wanted)) return wanted;
  for (const language of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(language).region;
    } catch {
      region = undefined;
    }
    if (region && Object.hasOwn(regions, region)) return region;
  }
  return defaultRegion;
}

/** Splits a `topics` attribute ("domestic-violence crisis" or comma-separated) into topics. */
export function parseTopics(value: string | null | undefined): HotlineTopic[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((topic) => topic as HotlineTopic);
}

export interface RegionSelection {
  code: string;
  region: RegionHotlines;
  lines: Hotline[];
  /** Messages for asked-for topics that no line in the region serves. */
  gaps: string[];
}

/**
 * The lines to show for a region and topics. With no topics, every line. When a topic has no line,
 * the region's gap message is included and the general crisis lines are shown instead, so the
 * reader is never left with nothing.
 */
export function selectHotlines(pack: ContentPack, code: string, topics: readonly HotlineTopic[] = []): RegionSelection {
  const region = pack.hotlines.regions[code] ?? pack.hotlines.regions[pack.hotlines.defaultRegion]!;
  if (topics.length === 0) return { code, region, lines: region.lines, gaps: [] };
  const lines = region.lines.filter((line) => line.topics.some((topic) => topics.includes(topic)));
  const unserved = topics.filter((topic) => !region.lines.some((line) => line.topics.includes(topic)));
  const gaps = unserved.map((topic) => region.gaps?.find((gap) => gap.topic === topic)?.message ?? '').filter(Boolean);
  if (unserved.length > 0) {
    for (const line of region.lines) {
      if (line.topics.includes('crisis') && !lines.includes(line)) lines.push(line);
    }
  }
  return { code, region, lines, gaps };
}
