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
import { runTurn, sessionPrefix, UNCHANGED, type CallTurn } from '../../lib/webhook/flow/call-turn';
import { startRedis, type TestRedis } from '../helpers/redis-server';
import { counted, harness } from './flow-harness';

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

  describe("a call flow's turn (one script takes the lock and reads, one writes and frees it)", () => {
    const first = { t: 'event', session: 'S1', event: { event: 'newCall', callId: 'T' } };
    const noop = async (): Promise<void> => undefined;
    const lockKey = `${prefix}lock:call:T`;
    beforeEach(async () => {
      await store.remove('T');
      expect(await store.append('T', 0, [first, { t: 'noReply' }], 60_000)).toBe(true);
    });
    afterAll(() => store.remove('T'));

    it('confirms the journal the engine keeps (same version, same session), else reads it', async () => {
      const journalOf = (known?: { version: number; session: string }) =>
        runTurn(
          store,
          'T',
          () => known,
          async (turn: CallTurn) => turn.journal,
        );
      expect(await journalOf({ version: 2, session: 'S1' })).toBe(UNCHANGED);
      const stored = { version: 2, entries: [first, { t: 'noReply' }] };
      expect(await journalOf()).toEqual(stored);
      expect(await journalOf({ version: 1, session: 'S1' })).toEqual(stored);
      expect(await journalOf({ version: 2, session: 'S' })).toEqual(stored);
      expect(await journalOf({ version: 2, session: 'S2' })).toEqual(stored);
      await store.remove('T');
      expect(await journalOf({ version: 0, session: 'S1' })).toBeUndefined();
      expect(await ioredis.exists(lockKey)).toBe(0);
    });

    it('holds the call lock (the one withLock takes) until its last write; a lost write keeps it for the retry', async () => {
      const order: string[] = [];
      const outside = store.lock.withLock('call:T', async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        order.push('withLock done');
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await runTurn(
        store,
        'T',
        () => undefined,
        async (turn) => {
          order.push('turn starts');
          expect(await ioredis.pttl(lockKey)).toBeGreaterThan(0);
          expect(await turn.finish(1, [{ t: 'noReply' }], 60_000, false)).toBe(false);
          expect(await ioredis.exists(lockKey)).toBe(1);
          expect(await turn.reload()).toMatchObject({ version: 2 });
          expect(await turn.finish(2, [{ t: 'noReply' }], 60_000, false)).toBe(true);
          expect(await ioredis.exists(lockKey)).toBe(0);
        },
      );
      await outside;
      expect(order).toEqual(['withLock done', 'turn starts']);
      expect((await store.load('T'))?.version).toBe(3);
      expect((await keysWithTtl(`${prefix}journal:T`))[0][1]).toBeGreaterThan(59_000);
    });

    it("frees only its own lease: after it expired and another took the lock, the last write leaves that one's", async () => {
      await runTurn(
        store,
        'T',
        () => undefined,
        async (turn) => {
          await ioredis.set(lockKey, 'another-holder', 'PX', 5000);
          expect(await turn.finish(2, [{ t: 'noReply' }], 60_000, false)).toBe(true);
        },
      );
      expect(await ioredis.get(lockKey)).toBe('another-holder');
      await ioredis.del(lockKey);
    });

    it('removes the journal at hangup with its last write; frees the lock when the turn fails', async () => {
      await runTurn(
        store,
        'T',
        () => undefined,
        (turn) => turn.finish(2, [{ t: 'event' }], 60_000, true).then(noop),
      );
      expect(await store.load('T')).toBeUndefined();
      expect(await ioredis.exists(lockKey)).toBe(0);
      await expect(
        runTurn(
          store,
          'T',
          () => undefined,
          async () => {
            throw new Error('flow broke');
          },
        ),
      ).rejects.toThrow('flow broke');
      expect(await ioredis.exists(lockKey)).toBe(0);
    });
  });

  it('two instances: each resumes the function it kept while the journal is the one it left, and replays when the other took a webhook', async () => {
    const flowPrefix = `${prefix}two:`;
    const live: string[] = [];
    const counter = counted(live);
    const menu = counter.flow;
    const a = harness(menu, { store: createRedisCallStore(client(), { keyPrefix: flowPrefix }) });
    const b = harness(menu, { store: createRedisCallStore(client(), { keyPrefix: flowPrefix }) });
    const onA = a.call(`TWO-${name}`);
    await onA.newCall();
    await onA.dtmf('1');
    expect(counter.runs()).toBe(1); // A resumed its own function
    // The journal's first entry begins as the store's lock-and-read script expects, so that it can
    // confirm A's kept function without sending the journal.
    const first = String(await ioredis.lindex(`${flowPrefix}journal:TWO-${name}`, 0));
    expect(first.startsWith(sessionPrefix((JSON.parse(first) as { session: string }).session))).toBe(true);
    const onB = b.call(`TWO-${name}`);
    onB.onData = onA.onData;
    expect((await onB.dtmf('2')).xml).toContain('<Number>+491579991212</Number>');
    expect(counter.runs()).toBe(2); // B replayed
    onA.onData = onB.onData;
    expect((await onA.dtmf('2')).xml).toContain('<Number>+491579991212</Number>'); // the same dtmf again, at A
    expect(counter.runs()).toBe(3); // A replayed: its kept function was behind the journal
    expect(live).toEqual(['1', '2']);
    await onA.answer();
    await onA.hangup();
    expect(counter.runs()).toBe(3);
    expect(await keysWithTtl(flowPrefix)).toEqual([]);
    expect([...a.errors, ...b.errors]).toEqual([]);
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
