/**
 * The Redis call store's commands. Keys: `<prefix>journal:<call>` (a list of JSON entries) and
 * `<prefix>lock:<name>` (a lease holding its holder's token). Both always carry a TTL.
 */
import { SipgateIOTimeoutError } from '../../core/errors';
import type { RedisSend, RedisStoreSettings } from './redis-store';
import type { CallJournalEntry, CallStore } from './types';

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

function token(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return (
    crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
  );
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function redisCallStore(send: RedisSend, settings: RedisStoreSettings): CallStore {
  const journal = (key: string): string => `${settings.keyPrefix}journal:${key}`;
  return {
    async load(key) {
      const raw = (await send(['LRANGE', journal(key), '0', '-1'])) as unknown[];
      if (!Array.isArray(raw) || raw.length === 0) return undefined;
      return { entries: raw.map((item) => JSON.parse(String(item)) as CallJournalEntry), version: raw.length };
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
        const key = `${settings.keyPrefix}lock:${name}`;
        const mine = token();
        const deadline = Date.now() + settings.lockWaitMs;
        // Short, growing, jittered polls: the holder usually finishes within milliseconds.
        for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
          if ((await send(['SET', key, mine, 'PX', String(settings.leaseMs), 'NX'])) === 'OK') break;
          if (Date.now() >= deadline)
            throw new SipgateIOTimeoutError(
              `Waited ${settings.lockWaitMs} ms for the lock "${name}" in Redis (lockWaitMs); its holder did not finish.`,
            );
          await sleep(wait + Math.random() * wait);
        }
        const renewal = setInterval(
          () => {
            send(['EVAL', RENEW, '1', key, mine, String(settings.leaseMs)]).catch(() => undefined);
          },
          Math.max(50, Math.floor(settings.leaseMs / 3)),
        );
        (renewal as { unref?: () => void }).unref?.();
        try {
          return await task();
        } finally {
          clearInterval(renewal);
          await send(['EVAL', RELEASE, '1', key, mine]).catch(() => undefined);
        }
      },
    },
  };
}
