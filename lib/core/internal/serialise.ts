/**
 * Runs read-modify-write sequences one at a time per client and key (e.g. one SMS extension's
 * default sender, or the webhook settings), so that two concurrent calls cannot interleave and
 * lose each other's change. Keys are scoped to the client object and released with it.
 */
const queues = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `task` after every earlier task with the same owner and key has settled.
 *
 * @example
 * ```ts
 * await serialise(client, 'settings', async () => { const s = await read(); await write({ ...s, log: true }); });
 * ```
 */
export function serialise<T>(owner: object, key: string, task: () => Promise<T>): Promise<T> {
  let byKey = queues.get(owner);
  if (!byKey) {
    byKey = new Map();
    queues.set(owner, byKey);
  }
  const previous = byKey.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  byKey.set(key, settled);
  void settled.then(() => {
    if (byKey?.get(key) === settled) byKey.delete(key);
  });
  return run;
}
