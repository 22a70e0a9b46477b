/**
 * The bounded, expiring map both in-memory parts of call flows keep per call (the journals of the
 * memory store, the suspended runs): an entry expires at its `expiresAt`, and beyond `maxEntries`
 * the least recently set one is dropped. A Map iterates in insertion order and `set` re-inserts,
 * so the least recently active entry is first: sweeping and eviction look only at the front. No
 * timer: expired entries go when read or swept.
 */
export interface ExpiringMap<V extends { expiresAt: number }> {
  /** The entry, unless it has expired (then it is removed). */
  get(key: string, now: number): V | undefined;
  /** Sets the entry as the most recent; returns whether the least recent one was dropped to stay within the bound. */
  set(key: string, value: V): boolean;
  delete(key: string): void;
  /** Removes the expired entries at the front. */
  sweep(now: number): void;
  readonly size: number;
}

export function createExpiringMap<V extends { expiresAt: number }>(maxEntries: number): ExpiringMap<V> {
  const entries = new Map<string, V>();
  return {
    get(key, now) {
      const value = entries.get(key);
      if (value && value.expiresAt <= now) {
        entries.delete(key);
        return undefined;
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size <= maxEntries) return false;
      const [oldest] = entries.keys();
      entries.delete(oldest);
      return true;
    },
    delete(key) {
      entries.delete(key);
    },
    sweep(now) {
      for (const [key, value] of entries) {
        if (value.expiresAt > now) break;
        entries.delete(key);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
