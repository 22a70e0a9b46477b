/**
 * Named locks for read-modify-write sequences against the account (e.g. the SMS sender switch):
 * the client runs them through `options.lock`, which is in-process by default and can be shared
 * between processes (the Redis call store provides one).
 */
import { serialise } from './internal/serialise';

/**
 * Runs work one at a time per key. The client's default holds within one process; pass one that
 * holds across processes (e.g. `createRedisCallStore(redis).lock`) when several instances share an account.
 */
export interface SipgateIOLock {
  /**
   * Runs `task` once no other holder of `key` runs, and releases the key when it settles.
   * @example
   * ```ts
   * await lock.withLock('sms-sender:w0:s0', async () => { await switchSender(); await send(); await restore(); });
   * ```
   */
  withLock<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * A lock that holds within this process: tasks with the same key run one after another.
 *
 * @example
 * ```ts
 * const lock = createInProcessLock();
 * await Promise.all([lock.withLock('k', taskA), lock.withLock('k', taskB)]); // taskB starts after taskA
 * ```
 */
export function createInProcessLock(): SipgateIOLock {
  const owner = {};
  return { withLock: (key, task) => serialise(owner, key, task) };
}
