/**
 * The Redis call store's commands. Keys: `<prefix>journal:<call>` (a list of JSON entries) and
 * `<prefix>lock:<name>` (a lease holding its holder's token). Both always carry a TTL.
 *
 * A webhook of a call flow takes two round trips (and two commands; each command costs the flow
 * server a socket write, which was most of its Redis CPU): one script takes the call's lock and
 * reads its journal (or confirms the journal the engine keeps in memory), one appends the turn's
 * entries, removes the journal at hangup and frees the lock. Steps and actions that claim their
 * record before they run append in between, as `append` does.
 */
import { SipgateIOTimeoutError } from '../../core/errors';
import { CALL_TURN, sessionPrefix, UNCHANGED, type CallTurnRunner, type KnownJournal } from './call-turn';
import type { RedisSend, RedisStoreSettings } from './redis-store';
import type { CallJournalEntry, CallStore, StoredCallJournal } from './types';

/** Appends only when the list still has the expected length, and renews its TTL: one atomic step. */
const APPEND = `if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then return 0 end
for i = 3, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;
/** Extends or frees a lease only for the holder whose token it still holds. */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
/**
 * Takes a call's lock (KEYS[1]) and reads its journal (KEYS[2]) in one step: nil while another
 * holds the lock; 1 when the journal has the expected version (ARGV[3]) and its first entry
 * begins with the expected session (ARGV[4]); else the journal's entries.
 */
const ACQUIRE = `if not redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return false end
if ARGV[3] ~= '' and redis.call('LLEN', KEYS[2]) == tonumber(ARGV[3]) then
  local first = redis.call('LINDEX', KEYS[2], 0)
  if first and string.sub(first, 1, #ARGV[4]) == ARGV[4] then return 1 end
end
return redis.call('LRANGE', KEYS[2], 0, -1)`;
/**
 * A turn's last write: when there are entries (ARGV[5]…), appends them if the journal (KEYS[1])
 * still has the expected length (ARGV[1]) and renews its TTL (ARGV[2]), or returns 0; deletes the
 * journal when ARGV[4] is 1 (hangup); frees the lock (KEYS[2]) if it still holds the token (ARGV[3]).
 */
const FINISH = `if #ARGV >= 5 then
  if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then return 0 end
  if ARGV[4] ~= '1' then
    for i = 5, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
  end
end
if ARGV[4] == '1' then redis.call('DEL', KEYS[1]) end
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return 1`;

function token(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return (
    crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
  );
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function parsed(raw: unknown): StoredCallJournal | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  return { entries: raw.map((item) => JSON.parse(String(item)) as CallJournalEntry), version: raw.length };
}

export function redisCallStore(
  send: RedisSend,
  settings: RedisStoreSettings,
): CallStore & { [CALL_TURN]: CallTurnRunner } {
  const journal = (key: string): string => `${settings.keyPrefix}journal:${key}`;
  const lockKey = (name: string): string => `${settings.keyPrefix}lock:${name}`;
  /** Polls `attempt` until it resolves with something, as the lock waits: short, growing, jittered. */
  const waitFor = async <T>(name: string, attempt: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + settings.lockWaitMs;
    for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
      const got = await attempt();
      if (got !== undefined) return got;
      if (Date.now() >= deadline)
        throw new SipgateIOTimeoutError(
          `Waited ${settings.lockWaitMs} ms for the lock "${name}" in Redis (lockWaitMs); its holder did not finish.`,
        );
      await sleep(wait + Math.random() * wait);
    }
  };
  /** Keeps a held lease alive until the returned function is called. */
  const renewing = (key: string, mine: string): (() => void) => {
    const renewal = setInterval(
      () => {
        send(['EVAL', RENEW, '1', key, mine, String(settings.leaseMs)]).catch(() => undefined);
      },
      Math.max(50, Math.floor(settings.leaseMs / 3)),
    );
    (renewal as { unref?: () => void }).unref?.();
    return () => clearInterval(renewal);
  };
  const store: CallStore & { [CALL_TURN]: CallTurnRunner } = {
    async load(key) {
      return parsed(await send(['LRANGE', journal(key), '0', '-1']));
    },
    async append(key, expectedVersion, entries, ttlMs) {
      if (entries.length === 0) return true;
      const result = await send([
        'EVAL',
        APPEND,
        '1',
        journal(key),
        String(expectedVersion),
        String(Math.ceil(ttlMs)),
        ...entries.map((entry) => JSON.stringify(entry)),
      ]);
      return Number(result) === 1;
    },
    async remove(key) {
      await send(['DEL', journal(key)]);
    },
    lock: {
      async withLock(name, task) {
        const key = lockKey(name);
        const mine = token();
        // Short, growing, jittered polls: the holder usually finishes within milliseconds.
        await waitFor(name, async () =>
          (await send(['SET', key, mine, 'PX', String(settings.leaseMs), 'NX'])) === 'OK' ? true : undefined,
        );
        const stopRenewing = renewing(key, mine);
        try {
          return await task();
        } finally {
          stopRenewing();
          await send(['EVAL', RELEASE, '1', key, mine]).catch(() => undefined);
        }
      },
    },
    // The lock is the one withLock(`call:<key>`) takes: instances of older versions, which take
    // the lock and read the journal one command at a time, still exclude these turns.
    async [CALL_TURN](key, known, body) {
      const name = `call:${key}`;
      const lock = lockKey(name);
      const journalKey = journal(key);
      const mine = token();
      const acquired = await waitFor(name, async () => {
        const expected: KnownJournal | undefined = known();
        const reply = await send([
          'EVAL',
          ACQUIRE,
          '2',
          lock,
          journalKey,
          mine,
          String(settings.leaseMs),
          expected ? String(expected.version) : '',
          expected ? sessionPrefix(expected.session) : '',
        ]);
        return reply === null || reply === undefined ? undefined : { reply };
      });
      const stopRenewing = renewing(lock, mine);
      let released = false;
      try {
        return await body({
          journal: Array.isArray(acquired.reply) ? parsed(acquired.reply) : UNCHANGED,
          reload: () => store.load(key),
          append: (version, entries, ttlMs) => store.append(key, version, entries, ttlMs),
          async finish(version, entries, ttlMs, remove) {
            const done = await send([
              'EVAL',
              FINISH,
              '2',
              journalKey,
              lock,
              String(version),
              String(Math.ceil(ttlMs)),
              mine,
              remove ? '1' : '0',
              ...entries.map((entry) => JSON.stringify(entry)),
            ]);
            if (Number(done) !== 1) return false;
            released = true;
            stopRenewing();
            return true;
          },
        });
      } finally {
        stopRenewing();
        if (!released) await send(['EVAL', RELEASE, '1', lock, mine]).catch(() => undefined);
      }
    },
  };
  return store;
}
