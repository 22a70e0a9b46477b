/**
 * A bounded, expiring memory of keys, for the webhook handler's opt-in de-duplication. Pure: no
 * Node built-ins, so it runs wherever the handler core does.
 */

/** Keys seen recently. */
export interface RecentKeys {
  /** Whether `key` was seen within the time to live (and not pushed out since); records it if not. */
  seen(key: string): boolean;
  /** Keys held now; never more than `maxEntries`. */
  readonly size: number;
}

/**
 * Creates the memory. Every key lives `ttlMs`, so arrival order is also expiry order: a queue
 * holds the keys in that order, expired ones leave from its front on each check, and beyond
 * `maxEntries` the oldest leaves first. A Set answers "seen?". Each check costs constant time
 * (amortised) whatever arrives: a Map iterated from its front would walk past every key deleted
 * there until V8 rehashes it, O(maxEntries) a check.
 *
 * @example
 * ```ts
 * const recent = createRecentKeys({ ttlMs: 3_600_000, maxEntries: 10_000 });
 * recent.seen('newCall 123'); // false
 * recent.seen('newCall 123'); // true
 * ```
 */
export function createRecentKeys(
  limits: { ttlMs: number; maxEntries: number },
  now: () => number = Date.now,
): RecentKeys {
  const members = new Set<string>();
  // The queue is keys[head…] with their expiry times; the consumed front is cut off once it is
  // half of the arrays, so they stay under twice maxEntries.
  let keys: string[] = [];
  let expiries: number[] = [];
  let head = 0;
  const dropOldest = (): void => {
    members.delete(keys[head]);
    head += 1;
    if (head >= 1024 && head * 2 >= keys.length) {
      keys = keys.slice(head);
      expiries = expiries.slice(head);
      head = 0;
    }
  };
  return {
    seen(key) {
      const time = now();
      while (head < keys.length && expiries[head] <= time) dropOldest();
      if (members.has(key)) return true;
      if (members.size >= limits.maxEntries) dropOldest();
      members.add(key);
      keys.push(key);
      expiries.push(time + limits.ttlMs);
      return false;
    },
    get size() {
      return members.size;
    },
  };
}
