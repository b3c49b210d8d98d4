import type { ContentPack, Step, Track } from '../../schema/pack.js';
import type { ContentProblem } from '../../schema/parse.js';
import { format } from '../../internal/format.js';

type Coping = NonNullable<ContentPack['coping']>;

/**
 * What a reader has done in `<trust-coping-steps>`. Kept in memory, and in localStorage only when
 * the publisher sets `persist`. Notes never leave the element in any other way.
 */
export interface StepsProgress {
  /** The track last shown. */
  track?: string;
  /** Current step id per track id. */
  current: Record<string, string>;
  /** Ids of the steps marked done, in the order they were marked. */
  done: string[];
  /** Private notes by step id. Empty notes are not kept. */
  notes: Record<string, string>;
}

export const emptyProgress = (): StepsProgress => ({ current: {}, done: [], notes: {} });

/** A `track` the pack does not have, or `undefined`. */
export function trackProblem(pack: ContentPack, track?: string | null): ContentProblem | undefined {
  if (!track || !pack.coping || pack.coping.tracks.some((t) => t.id === track)) return undefined;
  return { path: 'coping.tracks', message: format(pack.ui.steps.unknownTrack, { track }) };
}

/** The track and position of a step id, from any track. */
export function findStep(coping: Coping, stepId: string): { track: Track; index: number } | undefined {
  for (const track of coping.tracks) {
    const index = track.steps.findIndex((step) => step.id === stepId);
    if (index >= 0) return { track, index };
  }
  return undefined;
}

/** The track with `id`, else the first. */
export function trackById(coping: Coping, id?: string): Track {
  return coping.tracks.find((track) => track.id === id) ?? coping.tracks[0]!;
}

/** Index of the current step of `track` (0 when none is remembered). */
export function currentIndex(track: Track, progress: StepsProgress): number {
  const id = progress.current[track.id];
  return Math.max(
    0,
    track.steps.findIndex((step) => step.id === id),
  );
}

export function currentStep(track: Track, progress: StepsProgress): Step {
  return track.steps[currentIndex(track, progress)]!;
}

/** Shows `stepId` of `trackId` next. */
export function moveTo(progress: StepsProgress, trackId: string, stepId: string): StepsProgress {
  return { ...progress, track: trackId, current: { ...progress.current, [trackId]: stepId } };
}

export function toggleDone(progress: StepsProgress, stepId: string): StepsProgress {
  const done = progress.done.includes(stepId)
    ? progress.done.filter((id) => id !== stepId)
    : [...progress.done, stepId];
  return { ...progress, done };
}

export function doneCount(track: Track, progress: StepsProgress): number {
  return track.steps.filter((step) => progress.done.includes(step.id)).length;
}

export function isComplete(track: Track, progress: StepsProgress): boolean {
  return doneCount(track, progress) === track.steps.length;
}

export function withNote(progress: StepsProgress, stepId: string, text: string): StepsProgress {
  const notes = { ...progress.notes };
  if (text.trim()) notes[stepId] = text;
  else delete notes[stepId];
  return { ...progress, notes };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads stored progress defensively: anything malformed, or naming tracks and steps the pack no
 * longer has, is dropped rather than trusted.
 */
export function restoreProgress(raw: unknown, coping: Coping): StepsProgress {
  const progress = emptyProgress();
  if (!isRecord(raw)) return progress;
  const stepIds = new Set(coping.tracks.flatMap((track) => track.steps.map((step) => step.id)));
  if (typeof raw.track === 'string' && coping.tracks.some((track) => track.id === raw.track))
    progress.track = raw.track;
  if (isRecord(raw.current)) {
    for (const track of coping.tracks) {
      const id = raw.current[track.id];
      if (typeof id === 'string' && track.steps.some((step) => step.id === id)) progress.current[track.id] = id;
    }
  }
  if (Array.isArray(raw.done))
    progress.done = [...new Set(raw.done.filter((id): id is string => typeof id === 'string' && stepIds.has(id)))];
  if (isRecord(raw.notes)) {
    for (const [id, note] of Object.entries(raw.notes)) {
      if (stepIds.has(id) && typeof note === 'string' && note.trim()) progress.notes[id] = note;
    }
  }
  return progress;
}

/**
 * What to store: this pack's progress, plus stored entries for tracks and steps it does not have
 * (another pack with the same `meta.id` keeps its progress and notes under the same key).
 */
export function keepForeign(stored: unknown, coping: Coping, mine: StepsProgress): StepsProgress {
  if (!isRecord(stored)) return mine;
  const trackIds = new Set(coping.tracks.map((track) => track.id));
  const stepIds = new Set(coping.tracks.flatMap((track) => track.steps.map((step) => step.id)));
  const foreign = (record: unknown, ids: Set<string>): Record<string, string> =>
    isRecord(record)
      ? Object.fromEntries(
          Object.entries(record).filter(
            (entry): entry is [string, string] => !ids.has(entry[0]) && typeof entry[1] === 'string',
          ),
        )
      : {};
  const done = Array.isArray(stored.done)
    ? stored.done.filter((id): id is string => typeof id === 'string' && !stepIds.has(id))
    : [];
  return {
    ...mine,
    current: { ...foreign(stored.current, trackIds), ...mine.current },
    done: [...done, ...mine.done],
    notes: { ...foreign(stored.notes, stepIds), ...mine.notes },
  };
}
