/**
 * The default call store: journals in this process's memory. Bounded (the least recently active
 * call is dropped beyond `maxCalls`), every journal expires `ttl` after its last append, and the
 * flow removes it at hangup. Expired journals are swept as new ones are written: no timer.
 */
import { createInProcessLock } from '../../core/lock';
import { createExpiringMap } from './expiring-map';
import type { CallJournalEntry, CallStore, StoredCallJournal } from './types';

interface Held {
  entries: CallJournalEntry[];
  expiresAt: number;
}

/** Options of the in-memory store. */
export interface MemoryCallStoreOptions {
  /** @default 10000 */
  maxCalls?: number;
  /** Told when a live call is dropped to stay within `maxCalls`. */
  warn?: (message: string) => void;
}

export const DEFAULT_MAX_CALLS = 10_000;

/** Creates an in-memory call store for one instance. */
export function createMemoryCallStore(options: MemoryCallStoreOptions = {}): CallStore & { readonly size: number } {
  const maxCalls = options.maxCalls ?? DEFAULT_MAX_CALLS;
  const journals = createExpiringMap<Held>(maxCalls);
  return {
    get size() {
      journals.sweep(Date.now());
      return journals.size;
    },
    async load(key): Promise<StoredCallJournal | undefined> {
      const held = journals.get(key, Date.now());
      return held ? { entries: held.entries.slice(), version: held.entries.length } : undefined;
    },
    async append(key, expectedVersion, entries, ttlMs) {
      const now = Date.now();
      journals.sweep(now);
      const held = journals.get(key, now);
      if ((held?.entries.length ?? 0) !== expectedVersion) return false;
      // Appended in place (load hands out copies): a call's journal is not copied on every webhook.
      const kept = held ?? { entries: [], expiresAt: 0 };
      for (const entry of entries) kept.entries.push(entry);
      kept.expiresAt = now + ttlMs;
      if (journals.set(key, kept)) {
        options.warn?.(
          `sipgateio-sdk: the in-memory call store holds more than maxCalls (${maxCalls}) calls; dropped the least recently active one.`,
        );
      }
      return true;
    },
    async remove(key) {
      journals.delete(key);
    },
    lock: createInProcessLock(),
  };
}
