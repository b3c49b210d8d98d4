/**
 * Storage for elements with the `persist` attribute, and only for them: nothing calls this unless
 * the publisher opted in. Keys are named for the pack and the piece of content, e.g.
 * `trust-widgets:trust-issues-en:quiz:trust-check`. Storage that is full, disabled or blocked
 * never breaks the element: reads give `undefined`, writes are skipped.
 */
export class PersistedValue<T> {
  readonly key: string;

  constructor(packId: string, kind: string, id: string) {
    this.key = `trust-widgets:${packId}:${kind}:${id}`;
  }

  load(): T | undefined {
    try {
      const raw = localStorage.getItem(this.key);
      return raw === null ? undefined : (JSON.parse(raw) as T);
    } catch {
      return undefined;
    }
  }

  save(value: T): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(value));
    } catch {
      // Full or blocked storage: keep working from memory.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }
}
