import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an element with `persist` keeps, and where. */
export interface PersistOptions<T> {
  /** The storage key's parts for what is shown now (`[packId, kind, id]`), or `undefined` before content. */
  key(): readonly [packId: string, kind: string, id: string] | undefined;
  /** What the reader has done so far, to keep when `persist` is turned on; `undefined` for nothing. */
  snapshot(): T | undefined;
  /**
   * What to write, given what is stored under the key now: an element keeps the entries it does
   * not own (another pack with the same `meta.id`, another widget under the same key) instead of
   * overwriting them. Without it, `value` replaces the stored record.
   */
  merge?(stored: unknown, value: T): T;
}

/**
 * Storage for elements with the `persist` attribute, and only for them: nothing reads or writes
 * unless the publisher opted in. Keys are named for the pack and the piece of content, e.g.
 * `trust-widgets:trust-issues-en:quiz:trust-check`. Storage that is full, disabled or blocked never
 * breaks the element: reads give `undefined`, writes are skipped.
 *
 * Turning `persist` on while the reader is at work (a consent banner does) keeps what they have
 * done and saves it; turning it off removes what was stored.
 */
export class PersistController<T> implements ReactiveController {
  private was: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & { persist: boolean; readonly hasUpdated: boolean },
    private readonly options: PersistOptions<T>,
  ) {
    this.was = host.persist;
    host.addController(this);
  }

  hostUpdate(): void {
    const now = this.host.persist;
    if (now === this.was) return;
    this.was = now;
    // Before the first render `persist` is only being read from its attribute.
    const key = this.host.hasUpdated ? this.options.key() : undefined;
    if (!key) return;
    if (now) this.save(this.options.snapshot());
    else remove(key);
  }

  /** The stored value, only with `persist`. */
  load(): T | undefined {
    const key = this.host.persist ? this.options.key() : undefined;
    return key && (read(key) as T | undefined);
  }

  /** Keeps `value` (removes the entry for `undefined`), only with `persist`. */
  save(value: T | undefined): void {
    const key = this.host.persist ? this.options.key() : undefined;
    if (!key) return;
    if (value === undefined) return remove(key);
    try {
      const merge = this.options.merge;
      const record = merge ? merge(read(key), value) : value;
      localStorage.setItem(storageKey(key), JSON.stringify(record));
    } catch {
      // Full or blocked storage: keep working from memory.
    }
  }

  /** Removes what is stored for what is shown now. */
  clear(): void {
    const key = this.options.key();
    if (key) remove(key);
  }
}

const storageKey = (parts: readonly string[]) => `trust-widgets:${parts.join(':')}`;

function read(parts: readonly string[]): unknown {
  try {
    const raw = localStorage.getItem(storageKey(parts));
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function remove(parts: readonly string[]): void {
  try {
    localStorage.removeItem(storageKey(parts));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
