import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import nock from 'nock';
import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios';
import {
  SipgateIOAbortError,
  SipgateIOAuthenticationError,
  SipgateIOBadRequestError,
  SipgateIOConflictError,
  SipgateIOConnectionError,
  SipgateIOError,
  SipgateIOInsufficientFundsError,
  SipgateIONotFoundError,
  SipgateIOPermissionError,
  SipgateIORateLimitError,
  SipgateIOServerError,
  SipgateIOTimeoutError,
  SipgateIOInvalidResponseError,
} from '../../../lib';
import { backoffDelay, parseRetryAfter, shouldRetry } from '../../../lib/core/retry';
import { API, BASIC_HEADER, TOKEN, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();
afterEach(() => jest.restoreAllMocks());

describe('error classes from real HTTP statuses', () => {
  const cases: Array<[number, new (...args: never[]) => SipgateIOError, string, RegExp]> = [
    [400, SipgateIOBadRequestError, 'bad_request', /Check the request fields/],
    [401, SipgateIOAuthenticationError, 'authentication', /check tokenId and token/i],
    [402, SipgateIOInsufficientFundsError, 'insufficient_funds', /Top up/],
    [403, SipgateIOPermissionError, 'permission', /lacks the scope/],
    [404, SipgateIONotFoundError, 'not_found', /Not found/],
    [409, SipgateIOConflictError, 'conflict', /Conflict/],
    [429, SipgateIORateLimitError, 'rate_limited', /Rate limited/],
    [500, SipgateIOServerError, 'server', /Try again later/],
    [503, SipgateIOServerError, 'server', /Try again later/],
  ];
  it.each(cases)('maps %i to its class with an actionable message', async (status, ErrorClass, kind, hint) => {
    nock(API).get('/history/abc').query(true).reply(status, { code: 'E42', message: 'from sipgate' });
    const error = await testClient()
      .get('/history/abc', { query: { secretish: 'q' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(SipgateIOError);
    expect(error).toMatchObject({
      kind,
      status,
      method: 'GET',
      path: '/history/abc',
      code: 'E42',
      apiMessage: 'from sipgate',
    });
    expect((error as Error).message).toMatch(hint);
    expect((error as Error).message).not.toContain('api.test.invalid');
    expect((error as Error).message).not.toContain('secretish');
  });

  it('keeps a non-JSON error body as text', async () => {
    nock(API).get('/balance').reply(502, '<html>Bad gateway</html>', { 'Content-Type': 'text/html' });
    await expect(testClient().get('/balance')).rejects.toMatchObject({
      kind: 'server',
      body: '<html>Bad gateway</html>',
    });
  });

  it('rejects truncated JSON and HTML on success with a typed error', async () => {
    nock(API).get('/a').reply(200, '{"items": [1, 2', { 'Content-Type': 'application/json' });
    nock(API).get('/b').reply(200, '<html>login</html>', { 'Content-Type': 'text/html' });
    await expect(testClient().get('/a')).rejects.toBeInstanceOf(SipgateIOInvalidResponseError);
    await expect(testClient().get('/b')).rejects.toBeInstanceOf(SipgateIOInvalidResponseError);
  });

  it('never follows a redirect, so credentials never reach another host', async () => {
    nock(API).get('/balance').reply(302, '', { Location: 'https://other.test.invalid/steal' });
    const other = nock('https://other.test.invalid').get('/steal').reply(200, {});
    await expect(testClient().get('/balance')).rejects.toMatchObject({ kind: 'invalid_response', status: 302 });
    expect(other.isDone()).toBe(false);
    nock.cleanAll();
  });

  it('maps a refused connection to a connection error that knows the request was not sent', async () => {
    nock.enableNetConnect('127.0.0.1');
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const error = await testClient({ baseUrl: `http://127.0.0.1:${port}/v2` })
      .post('/sessions/sms', {})
      .catch((e: unknown) => e);
    nock.disableNetConnect();
    expect(error).toBeInstanceOf(SipgateIOConnectionError);
    expect(error).toMatchObject({ sent: false, method: 'POST', path: '/sessions/sms' });
  });
});

describe('no secret in any error form', () => {
  function expectNoSecret(value: unknown): void {
    const forms = [
      String((value as Error).message),
      JSON.stringify(value),
      inspect(value, { depth: 10, showHidden: true }),
    ];
    for (const form of forms) {
      expect(form).not.toContain(TOKEN);
      expect(form).not.toContain(BASIC_HEADER.slice('Basic '.length));
      expect(form).not.toMatch(/authorization/i);
    }
  }

  it.each([
    ['an HTTP error', () => nock(API).get('/x').reply(401, { message: 'bad token' })],
    ['a reset connection', () => nock(API).get('/x').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })],
    ['a timeout', () => nock(API).get('/x').delay(200).reply(200, {})],
  ])('for %s', async (_label, arrange) => {
    arrange();
    const logs: unknown[] = [];
    const logger = { debug: (...args: unknown[]) => logs.push(args), warn: (...args: unknown[]) => logs.push(args) };
    const error = await testClient({ timeout: 50, logger })
      .get('/x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOError);
    expectNoSecret(error);
    const cause = (error as { cause?: unknown }).cause;
    if (cause !== undefined) expectNoSecret(cause);
    expect(JSON.stringify(logs)).not.toContain(TOKEN);
    expect(JSON.stringify(logs)).not.toContain(BASIC_HEADER.slice(6));
  });
});

describe('retry policy (pure)', () => {
  it('never repeats a POST after a timeout, a reset or a 5xx, but does after 429 or a refused connection', () => {
    expect(shouldRetry('POST', { type: 'timeout' })).toBe(false);
    expect(shouldRetry('POST', { type: 'connection', sent: true })).toBe(false);
    for (const status of [500, 502, 503, 504, 408]) expect(shouldRetry('POST', { type: 'status', status })).toBe(false);
    expect(shouldRetry('POST', { type: 'status', status: 429 })).toBe(true);
    expect(shouldRetry('POST', { type: 'connection', sent: false })).toBe(true);
    expect(shouldRetry('PATCH', { type: 'timeout' })).toBe(false);
  });

  it('repeats GET, PUT and DELETE on network errors, 408, 429 and 5xx gateway statuses only', () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      for (const status of [408, 429, 500, 502, 503, 504])
        expect(shouldRetry(method, { type: 'status', status })).toBe(true);
      for (const status of [400, 401, 403, 404, 409, 501])
        expect(shouldRetry(method, { type: 'status', status })).toBe(false);
      expect(shouldRetry(method, { type: 'timeout' })).toBe(true);
      expect(shouldRetry(method, { type: 'connection', sent: true })).toBe(true);
    }
  });

  it('uses full jitter below an exponentially growing, capped ceiling', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, 0.999999))).toEqual([499, 999, 1999, 3999, 7999, 7999]);
    expect(backoffDelay(3, 0)).toBe(0);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

/** An adapter that answers from a script and records when each attempt happened (fake clock). */
function scriptedAdapter(
  script: Array<number | { status: number; headers?: Record<string, string> } | { error: string }>,
) {
  const attempts: number[] = [];
  const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
    attempts.push(Date.now());
    const step = script[Math.min(attempts.length - 1, script.length - 1)];
    if (typeof step === 'object' && 'error' in step) {
      throw Object.assign(new Error(step.error), { code: step.error });
    }
    const { status, headers = {} } = typeof step === 'number' ? { status: step } : step;
    return {
      data: status < 300 ? '{"ok":true}' : '',
      status,
      statusText: '',
      headers: { 'content-type': 'application/json', ...headers },
      config,
    };
  };
  return { adapter, attempts };
}

describe('retry schedule (fake timers)', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('backs off with jitter between GET attempts, then succeeds', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5);
    const { adapter, attempts } = scriptedAdapter([503, 502, 200]);
    const result = testClient({ adapter, maxRetries: 2 }).get('/balance');
    await jest.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toEqual({ ok: true });
    expect(attempts).toEqual([0, 250, 750]);
  });

  it('stops after maxRetries and throws the last error; maxRetries 0 means one attempt', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    const three = scriptedAdapter([500]);
    const failing = testClient({ adapter: three.adapter, maxRetries: 2 })
      .get('/balance')
      .catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(await failing).toBeInstanceOf(SipgateIOServerError);
    expect(three.attempts).toHaveLength(3);

    const one = scriptedAdapter([500]);
    const once = testClient({ adapter: one.adapter, maxRetries: 0 })
      .get('/balance')
      .catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(await once).toBeInstanceOf(SipgateIOServerError);
    expect(one.attempts).toHaveLength(1);
  });

  it('honours Retry-After in seconds and as an HTTP date, capped at 60 s', async () => {
    const seconds = scriptedAdapter([{ status: 429, headers: { 'retry-after': '3' } }, 200]);
    const a = testClient({ adapter: seconds.adapter, maxRetries: 1 }).post('/sessions/sms', {});
    await jest.advanceTimersByTimeAsync(5_000);
    await a;
    expect(seconds.attempts).toEqual([0, 3000]);

    jest.setSystemTime(0);
    const date = scriptedAdapter([{ status: 503, headers: { 'retry-after': new Date(10_000).toUTCString() } }, 200]);
    const b = testClient({ adapter: date.adapter, maxRetries: 1 }).get('/balance');
    await jest.advanceTimersByTimeAsync(20_000);
    await b;
    expect(date.attempts).toEqual([0, 10_000]);

    jest.setSystemTime(0);
    const long = scriptedAdapter([{ status: 429, headers: { 'retry-after': '3600' } }, 200]);
    const c = testClient({ adapter: long.adapter, maxRetries: 1 }).get('/balance');
    await jest.advanceTimersByTimeAsync(61_000);
    await c;
    expect(long.attempts).toEqual([0, 60_000]);
  });

  it('exposes retryAfter on the final 429 error', async () => {
    const { adapter } = scriptedAdapter([{ status: 429, headers: { 'retry-after': '12' } }]);
    const error = testClient({ adapter, maxRetries: 0 })
      .get('/balance')
      .catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(1);
    expect(await error).toMatchObject({ kind: 'rate_limited', retryAfter: 12 });
  });

  it.each([
    ['a 500', [500, 200]],
    ['a 503', [503, 200]],
    ['a reset connection', [{ error: 'ECONNRESET' }, 200]],
  ])('sends a POST once after %s (a second SMS must never happen)', async (_label, script) => {
    const { adapter, attempts } = scriptedAdapter(script);
    const result = testClient({ adapter, maxRetries: 5 })
      .post('/sessions/sms', {})
      .catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(await result).toBeInstanceOf(SipgateIOError);
    expect(attempts).toHaveLength(1);
  });

  it('repeats a POST whose connection was refused (it never left)', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    const { adapter, attempts } = scriptedAdapter([{ error: 'ECONNREFUSED' }, 200]);
    const result = testClient({ adapter, maxRetries: 2 }).post('/sessions/sms', {});
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual({ ok: true });
    expect(attempts).toHaveLength(2);
  });

  it('an abort during the backoff wait stops retrying at once', async () => {
    const { adapter, attempts } = scriptedAdapter([503]);
    jest.spyOn(Math, 'random').mockReturnValue(0.99);
    const controller = new AbortController();
    const result = testClient({ adapter, maxRetries: 3 })
      .get('/balance', { signal: controller.signal })
      .catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(100);
    controller.abort();
    await jest.advanceTimersByTimeAsync(1);
    expect(await result).toBeInstanceOf(SipgateIOAbortError);
    expect(attempts).toHaveLength(1);
  });
});

describe('timeouts and cancellation on a real socket (nock)', () => {
  it('times out a slow GET and retries it, then reports a timeout', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    const scope = nock(API).get('/balance').times(2).delay(300).reply(200, {});
    const error = await testClient({ timeout: 50, maxRetries: 1 })
      .get('/balance')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect(scope.isDone()).toBe(true);
  });

  it('does not repeat a POST that timed out', async () => {
    nock(API).post('/sessions/calls').once().delay(300).reply(200, {});
    const error = await testClient({ timeout: 50, maxRetries: 3 })
      .post('/sessions/calls', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect((error as Error).message).toMatch(/not repeated/);
  });

  it('a per-request timeout overrides the client default', async () => {
    nock(API).get('/balance').delay(300).reply(200, {});
    await expect(testClient({ timeout: 10_000 }).get('/balance', { timeout: 30 })).rejects.toBeInstanceOf(
      SipgateIOTimeoutError,
    );
  });

  it('aborts an in-flight request with an abort error, not a timeout', async () => {
    nock(API).get('/balance').delay(500).reply(200, {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(testClient().get('/balance', { signal: controller.signal })).rejects.toBeInstanceOf(
      SipgateIOAbortError,
    );
  });

  it('an already-aborted signal sends nothing', async () => {
    const scope = nock(API).get('/balance').reply(200, {});
    const controller = new AbortController();
    controller.abort();
    await expect(testClient().get('/balance', { signal: controller.signal })).rejects.toBeInstanceOf(
      SipgateIOAbortError,
    );
    expect(scope.isDone()).toBe(false);
    nock.cleanAll();
  });
});
