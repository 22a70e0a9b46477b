/**
 * Replays (issue #26, item 11). sipgate signs the body only: no timestamp, no nonce. A captured
 * webhook verifies as often as it is sent, which the first test measures. `deduplicate` is the
 * opt-in defence: a bounded, expiring memory of `(callId, event)` pairs; a pair seen again is
 * answered 409 and no handler runs.
 */
import {
  createWebhookFetchHandler,
  createWebhookHandler,
  createWebhookModule,
  generateWebhookTestKeyPair,
  signWebhookBody,
  SipgateIOValidationError,
  type WebhookHandlerOptions,
} from '../../lib';
import { createRecentKeys } from '../../lib/webhook/recent-keys';
import { postForm } from '../helpers/post-form';

const keys = generateWebhookTestKeyPair();
const newCall = (callId: string): string =>
  `event=newCall&from=492111234567&to=4915791234567&direction=in&callId=${callId}&user%5B%5D=Alice`;

function handlerWith(options: Partial<WebhookHandlerOptions> = {}) {
  const calls: string[] = [];
  const warnings: string[] = [];
  const handle = createWebhookFetchHandler({
    serverAddress: 'https://app.example.com/webhook',
    publicKey: keys.publicKey,
    logger: { warn: (message) => warnings.push(message) },
    handlers: {
      onNewCall: (event) => void calls.push(`newCall ${event.callId}`),
      onAnswer: (event) => void calls.push(`answer ${event.callId}`),
      onHangUp: (event) => void calls.push(`hangup ${event.callId}`),
      onData: (event) => void calls.push(`dtmf ${event.callId} ${event.dtmf}`),
    },
    ...options,
  });
  const send = async (body: string): Promise<{ status: number; body: string }> => {
    const response = await handle(
      new Request('https://app.example.com/webhook', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Sipgate-Signature': signWebhookBody(body, keys.privateKey),
        },
        body,
      }),
    );
    return { status: response.status, body: await response.text() };
  };
  return { send, calls, warnings };
}

const DUPLICATE = {
  status: 409,
  body: '<?xml version="1.0" encoding="UTF-8"?><Error status="409">Duplicate webhook</Error>',
};

afterEach(() => jest.restoreAllMocks());

describe('without deduplicate (the default)', () => {
  it('a captured webhook is accepted every time it is replayed: the signature cannot tell', async () => {
    const { send, calls } = handlerWith();
    const statuses = [];
    for (let i = 0; i < 100; i += 1) statuses.push((await send(newCall('CAPTURED1'))).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(100);
    expect(calls).toHaveLength(100);
  });
});

describe('deduplicate', () => {
  it('runs the handler once for 100 replays of one webhook; the 99 others are answered 409 with a fixed body', async () => {
    const { send, calls, warnings } = handlerWith({ deduplicate: true });
    const replies = [];
    for (let i = 0; i < 100; i += 1) replies.push(await send(newCall('CAPTURED1')));
    expect(replies[0].status).toBe(200);
    expect(replies.slice(1)).toEqual(Array(99).fill(DUPLICATE));
    expect(calls).toEqual(['newCall CAPTURED1']);
    // Refusals are logged with their reason (rate-limited as every refusal), never the call id.
    expect(warnings[0]).toMatch(/refused a webhook request with 409: .*already answered/);
    expect(warnings.join('\n')).not.toContain('CAPTURED1');
  });

  it('tells events of one call and calls apart; repeats dtmf (the same key may be pressed twice) and empty call ids (sipgate sends some)', async () => {
    const { send, calls } = handlerWith({ deduplicate: true });
    const bodies = [
      newCall('C1'),
      'event=answer&callId=C1&from=1&to=2&direction=in&answeringNumber=2',
      'event=dtmf&callId=C1&dtmf=1',
      'event=dtmf&callId=C1&dtmf=1',
      'event=hangup&callId=C1&cause=normalClearing&from=1&to=2&direction=in',
      newCall('C2'),
      newCall(''),
      newCall(''),
    ];
    for (const body of bodies) expect((await send(body)).status).toBe(200);
    expect(calls).toEqual([
      'newCall C1',
      'answer C1',
      'dtmf C1 1',
      'dtmf C1 1',
      'hangup C1',
      'newCall C2',
      'newCall ',
      'newCall ',
    ]);
    for (const body of bodies.slice(0, 6).filter((body) => !body.startsWith('event=dtmf')))
      expect(await send(body)).toEqual(DUPLICATE);
    expect(calls).toHaveLength(8);
  });

  it('forgets a pair after ttlMs', async () => {
    let now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const { send, calls } = handlerWith({ deduplicate: { ttlMs: 60_000 } });
    expect((await send(newCall('C1'))).status).toBe(200);
    now += 59_999;
    expect((await send(newCall('C1'))).status).toBe(409);
    now += 1;
    expect((await send(newCall('C1'))).status).toBe(200);
    expect(calls).toEqual(['newCall C1', 'newCall C1']);
  });

  it('remembers at most maxEntries pairs, forgetting the oldest first', async () => {
    const { send } = handlerWith({ deduplicate: { maxEntries: 3 } });
    for (const id of ['C1', 'C2', 'C3', 'C4']) expect((await send(newCall(id))).status).toBe(200);
    // C1 was pushed out by C4; C2–C4 are still known.
    expect((await send(newCall('C4'))).status).toBe(409);
    expect((await send(newCall('C2'))).status).toBe(409);
    expect((await send(newCall('C1'))).status).toBe(200);
  });

  it('is checked after the signature: an unsigned or forged request never takes a place in the memory', async () => {
    const { send } = handlerWith({ deduplicate: { maxEntries: 1 } });
    const handle = createWebhookFetchHandler({
      serverAddress: 'https://app.example.com/webhook',
      publicKey: keys.publicKey,
      logger: { warn: () => undefined },
      deduplicate: { maxEntries: 1 },
    });
    const forged = await handle(
      new Request('https://app.example.com/webhook', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Sipgate-Signature': 'AAAA' },
        body: newCall('C1'),
      }),
    );
    expect(forged.status).toBe(401);
    expect((await send(newCall('C1'))).status).toBe(200);
  });

  it('works through the server (createServer) as through the handlers', async () => {
    const calls: string[] = [];
    const server = await createWebhookModule().createServer({
      port: 0,
      hostname: '127.0.0.1',
      serverAddress: 'https://app.example.com/webhook',
      publicKey: keys.publicKey,
      deduplicate: true,
      logger: { warn: () => undefined },
    });
    server.onNewCall((event) => void calls.push(event.callId));
    try {
      const url = `http://127.0.0.1:${server.address().port}/`;
      const body = newCall('VIASERVER');
      const statuses = [];
      for (let i = 0; i < 3; i += 1)
        statuses.push(
          (await postForm(url, body, { 'X-Sipgate-Signature': signWebhookBody(body, keys.privateKey) })).status,
        );
      expect(statuses).toEqual([200, 409, 409]);
      expect(calls).toEqual(['VIASERVER']);
    } finally {
      await server.stop();
    }
  });

  it('validates its options before anything is served', () => {
    const base = { serverAddress: 'https://app.example.com/webhook' };
    for (const bad of [
      { ttlMs: 0 },
      { ttlMs: 1.5 },
      { maxEntries: 0 },
      { maxEntries: -1 },
      { maxEntrys: 5 },
      'yes',
      1,
    ]) {
      expect(() => createWebhookHandler({ ...base, deduplicate: bad as never })).toThrow(SipgateIOValidationError);
    }
    expect(() => createWebhookHandler({ ...base, deduplicate: { maxEntrys: 5 } as never })).toThrow(/maxEntries/);
    expect(() => createWebhookHandler({ ...base, deduplicate: false })).not.toThrow();
  });
});

describe('the memory itself', () => {
  it('stays at maxEntries however many distinct keys arrive', () => {
    const recent = createRecentKeys({ ttlMs: 3_600_000, maxEntries: 1_000 });
    let seen = 0;
    for (let i = 0; i < 100_000; i += 1) if (recent.seen(`newCall ${i}`)) seen += 1;
    expect(seen).toBe(0);
    expect(recent.size).toBe(1_000);
    expect(recent.seen('newCall 99999')).toBe(true);
    expect(recent.seen('newCall 98999')).toBe(false);
  });

  it('costs the same per check whether it holds 1,000 or 100,000 keys (no walk over what it forgot)', () => {
    const timeFor = (maxEntries: number): number => {
      const recent = createRecentKeys({ ttlMs: 3_600_000, maxEntries });
      for (let i = 0; i < maxEntries; i += 1) recent.seen(`fill ${i}`);
      const started = performance.now();
      for (let i = 0; i < 50_000; i += 1) recent.seen(`newCall ${i}`);
      return performance.now() - started;
    };
    timeFor(1_000); // warm-up
    const small = timeFor(1_000);
    const large = timeFor(100_000);
    // Measured as a ratio so that a slow machine does not fail it: a walk over forgotten keys made it ~20x.
    expect(large / small).toBeLessThan(8);
  });

  it('drops expired entries as time passes, without waiting for maxEntries', () => {
    let now = 0;
    const recent = createRecentKeys({ ttlMs: 1_000, maxEntries: 1_000_000 }, () => now);
    for (let i = 0; i < 500; i += 1) {
      recent.seen(`k${i}`);
      now += 10;
    }
    // Only the last 100 (1,000 ms / 10 ms) are alive.
    expect(recent.size).toBeLessThanOrEqual(101);
  });
});
