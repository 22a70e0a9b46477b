/**
 * "Network error → SipgateIOConnectionError" is one helper (lib/core/internal/connection-error.ts)
 * used by the REST client, the OAuth client and the call simulator. These tests pin each site's
 * exact error (message, `sent`, method/path, cause) so that sharing the mapping changes none of them.
 */
import nock from 'nock';
import { createServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import {
  createOAuthClient,
  generateWebhookTestKeyPair,
  simulateCall,
  SipgateIOConnectionError,
  SipgateIOError,
} from '../../../lib';
import { connectionError, networkErrorCode } from '../../../lib/core/internal/connection-error';
import { testClient } from '../../helpers/fixtures';

/** A loopback port nothing listens on: connecting to it is refused, so nothing is sent. */
async function closedPort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function rejection(promise: Promise<unknown>): Promise<SipgateIOError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SipgateIOConnectionError);
  return error as SipgateIOError;
}

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

describe('networkErrorCode', () => {
  it("takes the system code from the cause (fetch, axios) before the error's own code", () => {
    const fetchFailure = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    expect(networkErrorCode(fetchFailure)).toBe('ECONNREFUSED');
    expect(networkErrorCode(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe('ECONNRESET');
    expect(networkErrorCode(Object.assign(new Error('x'), { code: 'ERR_NETWORK', cause: { code: 'ENOTFOUND' } }))).toBe(
      'ENOTFOUND',
    );
  });

  it("ignores axios's cancellation code in the cause, and anything that is not a string", () => {
    expect(
      networkErrorCode(Object.assign(new Error('x'), { code: 'ECONNABORTED', cause: { code: 'ERR_CANCELED' } })),
    ).toBe('ECONNABORTED');
    expect(networkErrorCode(Object.assign(new Error('x'), { code: 42, cause: { code: null } }))).toBeUndefined();
    expect(networkErrorCode(undefined)).toBeUndefined();
    expect(networkErrorCode('ECONNREFUSED')).toBeUndefined();
  });
});

describe('connectionError', () => {
  const refused = new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  });
  const reset = new TypeError('fetch failed', {
    cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
  });

  it('names the host, what was being done and the system code, then the hint', () => {
    const error = connectionError(refused, {
      host: 'api.example.com',
      doing: 'the token exchange',
      hint: 'check the network.',
    });
    expect(error).toBeInstanceOf(SipgateIOConnectionError);
    expect(error.message).toBe(
      'Could not reach api.example.com for the token exchange (ECONNREFUSED): check the network.',
    );
    expect(error.toJSON()).toEqual({ name: 'SipgateIOConnectionError', kind: 'connection', message: error.message });
  });

  it('decides `sent` by the code: only a code that proves nothing left the machine makes it false', () => {
    expect(connectionError(refused, { host: 'h', doing: 'x', hint: 'y' }).sent).toBe(false);
    expect(connectionError(reset, { host: 'h', doing: 'x', hint: 'y' }).sent).toBe(true);
    const noCode = connectionError(new TypeError('fetch failed'), { host: 'h', doing: 'x', hint: 'y' });
    expect(noCode.sent).toBe(true);
    expect(noCode.message).toBe('Could not reach h for x: y');
  });

  it('keeps method and path when given, adds the not-sent note and a secret-free cause on request', () => {
    const axiosLike = Object.assign(new Error('connect ECONNREFUSED'), {
      code: 'ECONNREFUSED',
      config: { headers: { Authorization: 'Basic c2VjcmV0' } },
    });
    const error = connectionError(axiosLike, {
      host: 'h',
      doing: 'GET /x',
      hint: 'y.',
      method: 'GET',
      path: '/x',
      notSentNote: 'Not sent.',
      keepCause: true,
    });
    expect(error.message).toBe('Could not reach h for GET /x (ECONNREFUSED): y. Not sent.');
    expect(error).toMatchObject({ method: 'GET', path: '/x', sent: false });
    const cause = (error as { cause?: Error }).cause;
    expect(cause).toBeInstanceOf(Error);
    expect(cause).not.toBe(axiosLike);
    expect({ name: cause?.name, message: cause?.message }).toEqual({
      name: 'NetworkError',
      message: 'network error ECONNREFUSED',
    });
    expect(JSON.stringify(error)).not.toContain('c2VjcmV0');
    expect(connectionError(reset, { host: 'h', doing: 'x', hint: 'y.', notSentNote: 'Not sent.' }).message).toBe(
      'Could not reach h for x (ECONNRESET): y.',
    );
  });
});

describe('each site keeps its own words', () => {
  it('REST client: a refused POST was not sent, says so, and keeps a secret-free cause', async () => {
    nock.enableNetConnect('127.0.0.1');
    const port = await closedPort();
    const error = await rejection(testClient({ baseUrl: `http://127.0.0.1:${port}/v2` }).post('/sessions/sms', {}));
    expect(error.toJSON()).toEqual({
      name: 'SipgateIOConnectionError',
      kind: 'connection',
      message: `Could not reach 127.0.0.1:${port} for POST /sessions/sms (ECONNREFUSED): check the network and baseUrl. The request was not sent.`,
      method: 'POST',
      path: '/sessions/sms',
      cause: { name: 'NetworkError', message: 'network error ECONNREFUSED' },
    });
    expect(error).toMatchObject({ sent: false });
  });

  it('REST client: a reset POST may have been sent, and the message does not claim otherwise', async () => {
    nock.enableNetConnect('127.0.0.1');
    // A server that reads the request, then resets the connection: it may have acted on it.
    const server = createNetServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const error = await rejection(testClient({ baseUrl: `http://127.0.0.1:${port}/v2` }).post('/sessions/sms', {}));
      expect(error.message).toBe(
        `Could not reach 127.0.0.1:${port} for POST /sessions/sms (ECONNRESET): check the network and baseUrl.`,
      );
      expect(error).toMatchObject({ sent: true, method: 'POST', path: '/sessions/sms' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('OAuth client: names the operation and the endpoints; no method, path or cause', async () => {
    nock.enableNetConnect('127.0.0.1');
    const port = await closedPort();
    const oauth = createOAuthClient({
      clientId: 'app',
      clientSecret: 'app-secret',
      redirectUri: 'https://app.example.com/cb',
      endpoints: { token: `http://127.0.0.1:${port}/token` },
    });
    const error = await rejection(oauth.refresh('a-refresh-token'));
    expect(error.toJSON()).toEqual({
      name: 'SipgateIOConnectionError',
      kind: 'connection',
      message: `Could not reach 127.0.0.1:${port} for the token refresh (ECONNREFUSED): check the network and the OAuth endpoints.`,
    });
    expect(error).toMatchObject({ sent: false });
  });

  it("simulator: asks whether the app is running, with the request's method and path", async () => {
    nock.enableNetConnect('127.0.0.1');
    const port = await closedPort();
    const { privateKey } = generateWebhookTestKeyPair();
    const error = await rejection(simulateCall({ url: `http://127.0.0.1:${port}/hook?secret=1`, privateKey }));
    expect(error.toJSON()).toEqual({
      name: 'SipgateIOConnectionError',
      kind: 'connection',
      message: `Could not reach 127.0.0.1:${port} for the newCall request (ECONNREFUSED): is the app running?`,
      method: 'POST',
      path: '/hook',
    });
    expect(error).toMatchObject({ sent: false });
  });

  it('simulator: an answer broken off half-way was sent, and is told apart from an unreachable app', async () => {
    nock.enableNetConnect('127.0.0.1');
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': '1000' });
      response.write('<Response>', () => response.socket?.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const { privateKey } = generateWebhookTestKeyPair();
      const error = await rejection(simulateCall({ url: `http://127.0.0.1:${port}/`, privateKey }));
      expect(error.message).toMatch(
        new RegExp(
          `^The app at 127\\.0\\.0\\.1:${port} broke off its answer to the newCall request( \\([A-Z_]+\\))?\\.$`,
        ),
      );
      expect(error).toMatchObject({ sent: true, method: 'POST', path: '/' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
