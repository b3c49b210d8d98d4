import type { ContentPack, Hotline, HotlineTopic, RegionHotlines } from '../../schema/pack.js';

/** The banner's pure logic: which region and which lines to show, and how to write a line's links. */

export interface ResolvedRegion {
  /** The region whose hotlines to show: always one the pack lists. */
  code: string;
  /** The reader's own region, when it is known and the pack does not list it. */
  missing?: string;
}

/**
 * The region whose hotlines to show: the `region` attribute when the pack lists it; else the
 * region of the first browser language whose region the pack lists (`en-GB` → GB); else the pack's
 * default. When the reader's region is known (from either) but not in the pack,
 * it is returned as `missing`, so the banner can say so instead of passing another country's
 * numbers off as theirs. Never a network look-up, and never throws.
 */
export function resolveRegion(
  pack: ContentPack,
  requested?: string | null,
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): ResolvedRegion {
  const { regions, defaultRegion } = pack.hotlines;
  const known = (code: string | undefined): code is string => code !== undefined && Object.hasOwn(regions, code);
  const wanted = typeof requested === 'string' ? requested.trim().toUpperCase() : '';
  if (known(wanted)) return { code: wanted };
  if (regionName(wanted, 'en')) return { code: defaultRegion, missing: wanted };
  let unlisted: string | undefined;
  for (const language of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(language).region;
    } catch {
      region = undefined;
    }
    if (known(region)) return { code: region };
    if (region && !unlisted && regionName(region, 'en')) unlisted = region;
  }
  if (unlisted) return { code: defaultRegion, missing: unlisted };
  return { code: defaultRegion };
}

/** The name of an ISO 3166-1 alpha-2 region in `locale`, or undefined when it is not a known region. */
export function regionName(code: string, locale: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return undefined;
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
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
  // Never the emergency number alone: a region with no line for the topics shows all its lines.
  return { code, region, lines: lines.length > 0 ? lines : region.lines, gaps };
}

/** `sms:` link; the keyword goes in the body where phones honour it, and is always shown as text. */
export function smsHref(dial: string, keyword?: string): string {
  return keyword ? `sms:${dial}?&body=${encodeURIComponent(keyword)}` : `sms:${dial}`;
}

/** Language codes as a list of names in `locale` ("English and Spanish"), or the codes when Intl cannot. */
export function describeLanguages(codes: readonly string[], locale: string): string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    const list = new Intl.ListFormat([locale], { type: 'conjunction' });
    return list.format(codes.map((code) => names.of(code) ?? code));
  } catch {
    return codes.join(', ');
  }
}
