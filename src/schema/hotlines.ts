import { z } from 'zod';
import { Dialable, HotlineTopic, HttpsUrl, Id, Locale, Region, Text } from './primitives.js';

/** The hotlines section of a content pack: lines by region, and where to turn elsewhere. */

export const Phone = z
  .strictObject({
    /** As shown to the reader, e.g. "1-800-799-7233 (SAFE)". */
    display: Text,
    dial: Dialable,
  })
  .describe('A phone number as shown (`display`) and as dialled (`dial`, digits with an optional leading +).');

export const Sms = z
  .strictObject({
    display: Text,
    dial: Dialable,
    /** Word to send, e.g. "START". Always shown as text, since not every phone honours a prefilled body. */
    keyword: Text.optional(),
  })
  .describe('A number to text, with an optional keyword (always shown as text too).');

export const Hotline = z
  .strictObject({
    id: Id,
    name: Text,
    purpose: Text,
    topics: z.array(HotlineTopic).min(1, 'Name at least one topic'),
    phone: Phone.optional(),
    sms: Sms.optional(),
    tty: Phone.optional(),
    chat: HttpsUrl.optional(),
    hours: Text,
    /** BCP 47 tags of the languages the service answers in. */
    languages: z.array(Locale).min(1, 'Name at least one language, or leave the field out').optional(),
    note: Text.optional(),
  })
  .describe('One support service: how to reach it, when, in which languages.');

export const TopicGap = z
  .strictObject({
    topic: HotlineTopic,
    /** Says plainly that there is no single national line, and where to turn instead. */
    message: Text,
  })
  .describe('Says plainly that a region has no single national line for a topic, and where to turn instead.');

export const RegionHotlines = z
  .strictObject({
    name: Text,
    emergency: Phone,
    lines: z.array(Hotline).min(1, 'List at least one hotline'),
    gaps: z.array(TopicGap).optional(),
  })
  .describe('The hotlines and emergency number of one region.');

export const Elsewhere = z
  .strictObject({
    /** Said to a reader whose region the pack does not cover, before the link. */
    message: Text,
    /** Label of the directory link, e.g. "Find A Helpline". */
    label: Text,
    /** An https: directory of helplines by country, e.g. "https://findahelpline.com". */
    url: HttpsUrl,
  })
  .describe("Where to turn when the reader's region is not in the pack: a message and a directory of helplines.");

export const Hotlines = z
  .strictObject({
    defaultRegion: Region,
    regions: z.record(Region, RegionHotlines),
    elsewhere: Elsewhere,
  })
  .describe(
    "Hotlines by ISO 3166-1 alpha-2 region code, the region whose lines are shown (labelled as that region's) when the reader's is not listed, and where else to turn.",
  );

export type Hotline = z.infer<typeof Hotline>;
export type RegionHotlines = z.infer<typeof RegionHotlines>;
export type Elsewhere = z.infer<typeof Elsewhere>;
