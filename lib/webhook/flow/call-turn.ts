/**
 * One turn of a call: what the engine holds while it handles one webhook of the call (the call's
 * lock, and its journal as read under that lock), and how it writes. Any {@link CallStore} gives
 * a turn through `lock.withLock`, `load`, `append` and `remove`; a store may offer a faster one
 * under {@link CALL_TURN} (the Redis store does: taking the lock and reading the journal is one
 * round trip, the last append, the removal at hangup and freeing the lock another). Internal:
 * stores written by users implement the documented interface only.
 */
import { CALL_TURN } from './call-turn-key';
import type { CallJournalEntry, CallStore, StoredCallJournal } from './types';

export { CALL_TURN };

/** The store confirmed that the journal is still the one the engine knows (see {@link KnownJournal}). */
export const UNCHANGED = 'unchanged' as const;

/**
 * A journal the engine holds in memory: its version and the session id in its first entry, which
 * a journal started anew under the same key (after a hangup or its TTL) does not share.
 */
export interface KnownJournal {
  version: number;
  session: string;
}

export interface CallTurn {
  /** The journal as read when the lock was taken, or {@link UNCHANGED} when it is the one `known` named. */
  readonly journal: StoredCallJournal | undefined | typeof UNCHANGED;
  /** Reads the journal again (under the same lock). */
  reload(): Promise<StoredCallJournal | undefined>;
  /** Compare-and-set append, as {@link CallStore.append}. */
  append(version: number, entries: readonly CallJournalEntry[], ttlMs: number): Promise<boolean>;
  /**
   * The turn's last write: appends `entries` (compare-and-set; nothing when empty) and, when
   * `remove`, deletes the journal afterwards. `false` when the append lost: nothing was written or
   * removed, and the lock is still held for a retry.
   */
  finish(version: number, entries: readonly CallJournalEntry[], ttlMs: number, remove: boolean): Promise<boolean>;
}

/** A store's own way to run a turn; `known` is asked when the lock is (about to be) taken. */
export type CallTurnRunner = <T>(
  key: string,
  known: () => KnownJournal | undefined,
  body: (turn: CallTurn) => Promise<T>,
) => Promise<T>;

/** The session id a journal's first entry carries, if any. */
export function sessionOf(entries: readonly object[]): string | undefined {
  const session = (entries[0] as { session?: unknown } | undefined)?.session;
  return typeof session === 'string' ? session : undefined;
}

/**
 * How a first entry with `session` begins as JSON: the engine writes `t`, then `session`, so a
 * store can check the session without parsing the entry.
 */
export function sessionPrefix(session: string): string {
  return `{"t":"event","session":${JSON.stringify(session)},`;
}

/** Runs `body` under the call's lock with the store's own turn, or one made of the public interface. */
export function runTurn<T>(
  store: CallStore,
  key: string,
  known: () => KnownJournal | undefined,
  body: (turn: CallTurn) => Promise<T>,
): Promise<T> {
  const own = (store as CallStore & { [CALL_TURN]?: CallTurnRunner })[CALL_TURN];
  if (typeof own === 'function') return own(key, known, body);
  return store.lock.withLock(`call:${key}`, async () =>
    body({
      journal: await store.load(key),
      reload: () => store.load(key),
      append: (version, entries, ttlMs) => store.append(key, version, entries, ttlMs),
      async finish(version, entries, ttlMs, remove) {
        if (entries.length > 0 && !(await store.append(key, version, entries, ttlMs))) return false;
        if (remove) await store.remove(key);
        return true;
      },
    }),
  );
}
