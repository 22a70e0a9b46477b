/**
 * Every HTTP method the modules use, against a local fault-injecting server (real sockets, no
 * mocks of our own code). For each fault: the call ends, resolving or rejecting with the right
 * typed error, within its time bound; GET/PUT/DELETE recover once the fault clears; a POST that
 * sends something (SMS, fax, call) is processed by the server at most once; no unhandled
 * rejection happens. Figures are printed at the end for the README's Reliability section.
 *
 * Each test has a fault server of its own, so the tests run concurrently: they spend their time
 * waiting for timeouts and Retry-After, not computing.
 */
import { reportFigures } from '../helpers/figures';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createCallModule,
  createFaxModule,
  createHistoryModule,
  createRTCMModule,
  createSMSModule,
  sipgateIO,
  SipgateIOAbortError,
  SipgateIOError,
  type SipgateIOClient,
  type SipgateIOErrorKind,
} from '../../lib';
import { FaultServer, type Fault } from './fault-server';

const TIMEOUT = 400;
const MAX_RETRIES = 2;
// Worst case: every attempt times out, plus two Retry-After waits of 1 s, plus slack for a busy CI machine.
const BOUND_MS = (MAX_RETRIES + 1) * TIMEOUT + 2 * 1000 + 1500;
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const servers: FaultServer[] = [];
let redirectTarget: Server;
let redirectHits = 0;
const figures = { scenarios: 0, requests: 0, postsProcessedTwice: 0, slowest: 0 };

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  jest.spyOn(Math, 'random').mockReturnValue(0.5); // backoff waits of 250 and 500 ms
  redirectTarget = createServer((_req, res) => {
    redirectHits += 1;
    res.end('{}');
  });
  await new Promise<void>((resolve) => redirectTarget.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await Promise.all(servers.map((server) => server.stop()));
  await new Promise((resolve) => redirectTarget.close(resolve));
  reportFigures('REST fault', figures);
});

/** A fault server for one test (stopped after all tests). */
async function faultServer(): Promise<FaultServer> {
  const server = await new FaultServer((key) =>
    key.startsWith('POST /sessions')
      ? { status: 200, body: { sessionId: 'S1' } }
      : key === 'GET /history/1'
        ? { status: 200, body: { id: '1', type: 'CALL' } }
        : { status: 204 },
  ).start();
  server.redirectTarget = `http://127.0.0.1:${(redirectTarget.address() as AddressInfo).port}/steal`;
  servers.push(server);
  return server;
}

function client(baseUrl: string): SipgateIOClient {
  return sipgateIO(
    { tokenId: 'token-FAULT1', token: 'fa017e00-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
    { baseUrl, timeout: TIMEOUT, maxRetries: MAX_RETRIES },
  );
}

async function timed<T>(work: () => Promise<T>): Promise<{ result?: T; error?: unknown; ms: number }> {
  const started = Date.now();
  try {
    const result = await work();
    return { result, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  } finally {
    figures.scenarios += 1;
  }
}

/** The calls, by method, as the modules make them. */
const idempotent: Array<[string, string, (c: SipgateIOClient) => Promise<unknown>]> = [
  ['GET', 'GET /history/1', (c) => createHistoryModule(c).fetchById('1')],
  ['PUT', 'PUT /calls/c1/muted', (c) => createRTCMModule(c).mute('c1', true)],
  ['DELETE', 'DELETE /history/1', (c) => createHistoryModule(c).deleteById('1')],
];
const sends: Array<[string, string, (c: SipgateIOClient) => Promise<unknown>]> = [
  ['SMS', 'POST /sessions/sms', (c) => createSMSModule(c).send({ smsId: 's0', to: '+4915799912345', message: 'hi' })],
  [
    'fax',
    'POST /sessions/fax',
    (c) => createFaxModule(c).send({ to: '+4921112345678', fileContent: PDF, faxlineId: 'f0' }),
  ],
  ['call', 'POST /sessions/calls', (c) => createCallModule(c).initiate({ from: 'e0', to: '+4921165432' })],
];

/** Faults that clear: a retryable method must then succeed. */
const transient: Fault[] = ['reset', 'hang', 'slow', '502', '503', 'html502', '429', '429-bare'];
/** Faults in a 2xx answer or a redirect: never retried, always a typed error. */
const malformed: Array<[Fault, SipgateIOErrorKind]> = [
  ['truncated', 'invalid_response'],
  ['html200', 'invalid_response'],
  ['redirect', 'invalid_response'],
];

describe.each(idempotent)('%s', (_method, key, call) => {
  it.concurrent.each(transient)('recovers after one "%s"', async (fault) => {
    const server = await faultServer();
    server.plan(key, [fault]);
    const outcome = await timed(() => call(client(server.baseUrl)));
    figures.requests += server.count(key);
    figures.slowest = Math.max(figures.slowest, outcome.ms);
    expect(outcome.error).toBeUndefined();
    expect(server.count(key)).toBe(2);
    expect(outcome.ms).toBeLessThan(BOUND_MS);
  });

  it.concurrent('gives up with a typed error when the fault persists', async () => {
    const server = await faultServer();
    server.plan(key, ['503', '503', '503', '503']);
    const outcome = await timed(() => call(client(server.baseUrl)));
    expect(outcome.error).toMatchObject({ kind: 'server', status: 503 });
    expect(server.count(key)).toBe(MAX_RETRIES + 1);
  });

  it.concurrent.each(malformed)('rejects "%s" as %s without retrying', async (fault, kind) => {
    const server = await faultServer();
    server.plan(key, [fault]);
    const outcome = await timed(() => call(client(server.baseUrl)));
    expect(outcome.error).toBeInstanceOf(SipgateIOError);
    expect(outcome.error).toMatchObject({ kind });
    expect(server.count(key)).toBe(1);
    expect(redirectHits).toBe(0);
  });
});

describe.each(sends)('POST that sends a %s', (_label, key, call) => {
  it.concurrent.each([...transient, 'truncated', 'html200', 'redirect', 'empty200'] as Fault[])(
    'is processed at most once after "%s"',
    async (fault) => {
      const server = await faultServer();
      server.plan(key, [fault, fault, fault]);
      const outcome = await timed(() => call(client(server.baseUrl)));
      figures.requests += server.count(key);
      figures.slowest = Math.max(figures.slowest, outcome.ms);
      // 429 means "not processed": only arrivals that were not answered 429 count as processed.
      const processed = server.count(key, (a) => a.answered !== 429);
      if (processed > 1) figures.postsProcessedTwice += 1;
      expect(processed).toBeLessThanOrEqual(1);
      expect(outcome.ms).toBeLessThan(BOUND_MS);
      if (outcome.error !== undefined) expect(outcome.error).toBeInstanceOf(SipgateIOError);
      expect(redirectHits).toBe(0);
    },
  );

  it.concurrent('retries a refused connection (nothing was sent) and reports it typed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await timed(() => call(client(`http://127.0.0.1:${port}/v2`)));
    expect(outcome.error).toMatchObject({ kind: 'connection', sent: false });
  });
});

it.concurrent('an abort stops a hanging request promptly', async () => {
  const server = await faultServer();
  server.plan('GET /history/1', ['hang']);
  const controller = new AbortController();
  const c = sipgateIO(
    { tokenId: 'token-FAULT1', token: 'fa017e00-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
    { baseUrl: server.baseUrl, timeout: 30_000 },
  );
  setTimeout(() => controller.abort(), 100);
  const outcome = await timed(() => createHistoryModule(c).fetchById('1', { signal: controller.signal }));
  expect(outcome.error).toBeInstanceOf(SipgateIOAbortError);
  expect(outcome.ms).toBeLessThan(2_000);
});

it.concurrent('an empty 200 where a JSON object is required is a typed error, not an empty result', async () => {
  const server = await faultServer();
  server.plan('GET /history/1', ['empty200']);
  const outcome = await timed(() => createHistoryModule(client(server.baseUrl)).fetchById('1'));
  expect(outcome.error).toMatchObject({ kind: 'invalid_response' });
});

// Not concurrent: it runs after every test above has ended.
it('left no unhandled rejections behind', async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(unhandled).toEqual([]);
});
