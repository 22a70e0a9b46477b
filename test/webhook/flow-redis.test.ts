/**
 * The Redis call store against a real redis-server (its own instance on a free loopback port),
 * with both clients users bring: ioredis and node-redis. Compare-and-set appends, TTL on every
 * key, the lock (exclusion, release, a crashed holder's lease expiring), and a flow end to end.
 */
import Redis from 'ioredis';
import { createClient } from 'redis';
import {
  createRedisCallStore,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
  type CallStore,
  type RedisClientLike,
} from '../../lib';
import { startRedis, type TestRedis } from '../helpers/redis-server';
import { harness } from './flow-harness';

let server: TestRedis;
let ioredis: Redis;
let nodeRedis: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startRedis();
  ioredis = new Redis(server.port, '127.0.0.1', { lazyConnect: true });
  await ioredis.connect();
  nodeRedis = createClient({ url: server.url });
  await nodeRedis.connect();
});

afterAll(async () => {
  await ioredis?.quit();
  await nodeRedis?.quit();
  await server?.stop();
});

/** Every key under the prefix, with its remaining TTL in ms (-1: none). */
async function keysWithTtl(prefix: string): Promise<Array<[string, number]>> {
  const keys = (await ioredis.keys(`${prefix}*`)).sort();
  return Promise.all(keys.map(async (key) => [key, await ioredis.pttl(key)] as [string, number]));
}

const clients: Array<[string, () => RedisClientLike]> = [
  ['ioredis', () => ioredis],
  ['node-redis', () => nodeRedis],
];

describe.each(clients)('with %s', (name, client) => {
  const prefix = `t:${name}:`;
  let store: CallStore;
  beforeAll(() => {
    store = createRedisCallStore(client(), { keyPrefix: prefix, leaseMs: 300, lockWaitMs: 2000 });
  });

  it('appends with compare-and-set, reads back in order, and sets a TTL', async () => {
    expect(await store.load('c1')).toBeUndefined();
    expect(await store.append('c1', 0, [{ t: 'event', n: 1 }, { t: 'noReply' }], 60_000)).toBe(true);
    expect(await store.append('c1', 0, [{ t: 'event', n: 2 }], 60_000)).toBe(false);
    expect(await store.append('c1', 2, [{ t: 'event', n: 3 }], 60_000)).toBe(true);
    expect(await store.load('c1')).toEqual({
      version: 3,
      entries: [{ t: 'event', n: 1 }, { t: 'noReply' }, { t: 'event', n: 3 }],
    });
    const [[key, ttl]] = await keysWithTtl(`${prefix}journal:`);
    expect(key).toBe(`${prefix}journal:c1`);
    expect(ttl).toBeGreaterThan(59_000);
    await store.remove('c1');
    expect(await store.load('c1')).toBeUndefined();
  });

  it('of two appends racing with one expected version, exactly one wins', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.append('race', 0, [{ t: 'event', i }], 60_000)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await store.load('race'))?.version).toBe(1);
    await store.remove('race');
  });

  it('the lock runs one holder at a time, frees the key afterwards, and its lease has a TTL while held', async () => {
    let active = 0;
    let most = 0;
    const ttls: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, () =>
        store.lock.withLock('k', async () => {
          active += 1;
          most = Math.max(most, active);
          ttls.push(await ioredis.pttl(`${prefix}lock:k`));
          await new Promise((resolve) => setTimeout(resolve, 10));
          active -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(ttls.every((ttl) => ttl > 0 && ttl <= 300)).toBe(true);
    expect(await ioredis.exists(`${prefix}lock:k`)).toBe(0);
  });

  it("a crashed holder's lease expires by itself; a live holder keeps it by renewing", async () => {
    // A holder that died: its lease, with no one renewing it.
    await ioredis.set(`${prefix}lock:dead`, 'someone-else', 'PX', 300);
    const started = Date.now();
    await store.lock.withLock('dead', async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    // A holder that works longer than the lease keeps it.
    let second = 0;
    const first = store.lock.withLock('long', async () => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      return Date.now();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.lock.withLock('long', async () => {
      second = Date.now();
    });
    expect(second).toBeGreaterThanOrEqual(await first);
  });

  it('gives up waiting after lockWaitMs with a typed error', async () => {
    const impatient = createRedisCallStore(client(), { keyPrefix: prefix, lockWaitMs: 100 });
    await ioredis.set(`${prefix}lock:busy`, 'holder', 'PX', 5000);
    await expect(impatient.lock.withLock('busy', async () => undefined)).rejects.toBeInstanceOf(SipgateIOTimeoutError);
    await ioredis.del(`${prefix}lock:busy`);
  });

  it('runs a flow end to end; afterwards no key is left without a TTL, and the journal is gone', async () => {
    const flowPrefix = `${prefix}flow:`;
    let lookups = 0;
    const h = harness(
      async (call) => {
        const first = await call.gather({ maxDigits: 1 });
        await call.step('lookup', () => (lookups += 1));
        const second = await call.gather({ maxDigits: 1 });
        await call.dial({ to: `+4915799912${first}${second}` });
        await call.ended;
      },
      { store: createRedisCallStore(client(), { keyPrefix: flowPrefix }) },
    );
    const call = h.call(`R-${name}`);
    await call.newCall();
    await call.dtmf('1');
    const midway = await keysWithTtl(flowPrefix);
    expect(midway.map(([key]) => key)).toEqual([`${flowPrefix}journal:R-${name}`]);
    expect(midway.every(([, ttl]) => ttl > 0)).toBe(true);
    expect((await call.dtmf('2')).xml).toContain('<Number>+491579991212</Number>');
    await call.hangup();
    expect(lookups).toBe(1);
    expect(await keysWithTtl(flowPrefix)).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});

it('refuses something that is not a Redis client, and malformed options, with typed errors', () => {
  expect(() => createRedisCallStore({} as never)).toThrow(SipgateIOValidationError);
  expect(() => createRedisCallStore(ioredis, { leaseMs: 5 })).toThrow(SipgateIOValidationError);
  expect(() => createRedisCallStore(ioredis, { keyprefix: 'x' } as never)).toThrow(/keyprefix/);
});
