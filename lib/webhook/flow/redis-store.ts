/**
 * `createRedisCallStore`: checks the client and options at once; the store's code loads on its
 * first use, like the rest of the flow code. No Redis library is a dependency: the user's own
 * client is used through one method (node-redis's `sendCommand` or ioredis's `call`).
 */
import { SipgateIOValidationError } from '../../core/errors';
import { rejectUnknownKeys, requireInteger } from '../../core/internal/validate';
import type { SipgateIOLock } from '../../core/lock';
import type { CallTurnRunner } from './call-turn';
import { CALL_TURN } from './call-turn-key';
import type { CallStore, RedisCallStoreOptions, RedisClientLike } from './types';

/** Sends one Redis command and resolves with its reply. @internal */
export type RedisSend = (args: string[]) => Promise<unknown>;

/** The checked options. @internal */
export interface RedisStoreSettings {
  keyPrefix: string;
  leaseMs: number;
  lockWaitMs: number;
}

/**
 * A call store in Redis, for flows on several instances (and a lock for `sipgateIO({ lock })`).
 * Takes your own client: node-redis (v4, v5) or ioredis (v5). Each call's journal is one list,
 * appended by a Lua script that compares its length first (compare-and-set) and sets its TTL;
 * locks are `SET NX PX` leases renewed while held. Every key it writes expires.
 *
 * @throws {SipgateIOValidationError} when `redis` has neither `sendCommand` nor `call`, or an option is malformed.
 * @example
 * ```ts
 * import Redis from 'ioredis';
 * const store = createRedisCallStore(new Redis(process.env.REDIS_URL!));
 * const flow = createCallFlow({ baseUrl, store, client: sipgateIO(credentials, { lock: store.lock }) }, menu);
 * ```
 */
export function createRedisCallStore(redis: RedisClientLike, options: RedisCallStoreOptions = {}): CallStore {
  const client = redis as { sendCommand?: unknown; call?: unknown } | null;
  let send: RedisSend;
  // ioredis first: it has a sendCommand too, but one that takes its own Command objects.
  if (typeof client?.call === 'function') {
    const ioredis = redis as { call(command: string, ...args: string[]): Promise<unknown> };
    send = (args) => ioredis.call(args[0], ...args.slice(1));
  } else if (typeof client?.sendCommand === 'function') {
    const nodeRedis = redis as { sendCommand(args: string[]): Promise<unknown> };
    send = (args) => nodeRedis.sendCommand(args);
  } else {
    throw new SipgateIOValidationError(
      'redis',
      'must be a connected Redis client: node-redis (with sendCommand) or ioredis (with call).',
    );
  }
  if (typeof options !== 'object' || options === null)
    throw new SipgateIOValidationError('options', 'must be an object.');
  rejectUnknownKeys(options, ['keyPrefix', 'leaseMs', 'lockWaitMs'], 'options');
  if (options.keyPrefix !== undefined && typeof options.keyPrefix !== 'string')
    throw new SipgateIOValidationError('keyPrefix', 'must be a string.');
  const settings: RedisStoreSettings = {
    keyPrefix: options.keyPrefix ?? 'sipgateio:flow:',
    leaseMs: options.leaseMs === undefined ? 5_000 : requireInteger(options.leaseMs, 'leaseMs', 100),
    lockWaitMs: options.lockWaitMs === undefined ? 30_000 : requireInteger(options.lockWaitMs, 'lockWaitMs', 1),
  };
  type RedisCallStore = CallStore & { [CALL_TURN]: CallTurnRunner };
  let store: Promise<RedisCallStore> | undefined;
  const loaded = (): Promise<RedisCallStore> => {
    store ??= import('./redis-call-store').then((mod) => mod.redisCallStore(send, settings));
    return store;
  };
  const lock: SipgateIOLock = { withLock: (key, task) => loaded().then((real) => real.lock.withLock(key, task)) };
  // The call flow's own turn (one round trip to take the lock and read, one to write and free it).
  const turn: CallTurnRunner = (key, known, body) => loaded().then((real) => real[CALL_TURN](key, known, body));
  const callStore: CallStore & { [CALL_TURN]: CallTurnRunner } = {
    load: (key) => loaded().then((real) => real.load(key)),
    append: (key, version, entries, ttlMs) => loaded().then((real) => real.append(key, version, entries, ttlMs)),
    remove: (key) => loaded().then((real) => real.remove(key)),
    lock,
    [CALL_TURN]: turn,
  };
  return callStore;
}
