/**
 * The last ways a hostile client, a stuck handler or a misbehaving API could hang, leak or
 * corrupt: each case here failed before its fix (issue #17).
 */
import { reportFigures } from '../helpers/figures';
import nock from 'nock';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { inspect } from 'node:util';
import {
  createWebhookFetchHandler,
  createWebhookHandler,
  createWebhookModule,
  DEFAULT_MAX_RESPONSE_BYTES,
  sipgateIO,
  SipgateIOError,
  SipgateIOInvalidResponseError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
  WebhookResponse,
  type WebhookServer,
} from '../../lib';
import { API, BASIC_HEADER, TOKEN, TOKEN_ID } from '../helpers/fixtures';
import { FORM, postForm as post } from '../helpers/post-form';

/** What the suite measured, for SECURITY.md and the README (figures, not assertions). */
const figures: Record<string, number> = {};
afterAll(() => reportFigures('Bounded-shutdown', figures));
const NEW_CALL = 'event=newCall&from=4912354678&to=49999999&direction=in&callId=C1&user%5B%5D=A';

async function webhookServer(
  options: Record<string, unknown> = {},
): Promise<{ server: WebhookServer; url: string; errors: unknown[] }> {
  const errors: unknown[] = [];
  const server = await createWebhookModule().createServer({
    port: 0,
    serverAddress: 'https://example.com/hook',
    skipSignatureVerification: true,
    logger: { warn: () => undefined },
    onError: (error) => errors.push(error),
    ...options,
  });
  return { server, url: `http://localhost:${server.address().port}/`, errors };
}

/** Opens a connection and sends part of a request, then nothing. */
function halfSent(port: number, head: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, 'localhost', () => {
      socket.write(head);
      resolve(socket);
    });
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

describe('a shutdown that always finishes', () => {
  it('stop() resolves while a client holds a half-sent request, after the grace period', async () => {
    const { server } = await webhookServer({ shutdownTimeout: 200 });
    const socket = await halfSent(server.address().port, 'POST / HTTP/1.1\r\nHost: x\r\n');
    const closed = new Promise((resolve) => socket.once('close', resolve));
    const started = Date.now();
    await server.stop(); // before the fix: never resolved (the test timed out)
    figures.stopWithHalfSentRequestMs = Date.now() - started;
    figures.shutdownTimeoutMs = 200;
    await closed;
  });

  it('answers an in-flight request that completes within the grace period', async () => {
    const { server, url } = await webhookServer({ shutdownTimeout: 2_000 });
    let release: () => void = () => undefined;
    server.onNewCall(() => new Promise((resolve) => (release = () => resolve(WebhookResponse.hangUpCall()))));
    const reply = post(url, NEW_CALL);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = server.stop();
    release();
    expect((await reply).status).toBe(200);
    await stopped;
  });

  it('validates shutdownTimeout', async () => {
    await expect(
      createWebhookModule().createServer({ port: 0, serverAddress: 'https://example.com', shutdownTimeout: -1 }),
    ).rejects.toBeInstanceOf(SipgateIOValidationError);
  });
});

describe('a bounded handler', () => {
  const never = (): Promise<never> => new Promise(() => undefined);

  it('the server answers 500 and reports a SipgateIOTimeoutError when a handler never settles, and stop() is not pinned', async () => {
    const { server, url, errors } = await webhookServer({ handlerTimeout: 100, shutdownTimeout: 5_000 });
    server.onNewCall(never);
    const started = Date.now();
    const reply = await post(url, NEW_CALL);
    figures.stuckHandlerAnsweredMs = Date.now() - started;
    figures.handlerTimeoutMs = 100;
    expect(reply.status).toBe(500);
    expect(errors).toEqual([expect.any(SipgateIOTimeoutError)]);
    expect((errors[0] as Error).message).toMatch(/handlerTimeout/);
    await server.stop();
  });

  it('the Node handler too', async () => {
    const errors: unknown[] = [];
    const handler = createWebhookHandler({
      serverAddress: 'https://example.com',
      skipSignatureVerification: true,
      handlerTimeout: 100,
      logger: { warn: () => undefined },
      onError: (e) => errors.push(e),
      handlers: { onNewCall: never },
    });
    const server: Server = createHttpServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const reply = await post(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, NEW_CALL);
      expect(reply.status).toBe(500);
      expect(errors).toEqual([expect.any(SipgateIOTimeoutError)]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('the fetch handler too', async () => {
    const errors: unknown[] = [];
    const handle = createWebhookFetchHandler({
      serverAddress: 'https://example.com',
      skipSignatureVerification: true,
      handlerTimeout: 100,
      logger: { warn: () => undefined },
      onError: (e) => errors.push(e),
      handlers: { onNewCall: never },
    });
    const response = await handle(
      new Request('https://example.com', { method: 'POST', headers: { 'Content-Type': FORM }, body: NEW_CALL }),
    );
    expect(response.status).toBe(500);
    expect(errors).toEqual([expect.any(SipgateIOTimeoutError)]);
  });

  it('validates handlerTimeout', () => {
    expect(() => createWebhookHandler({ serverAddress: 'https://example.com', handlerTimeout: 0 })).toThrow(
      SipgateIOValidationError,
    );
  });
});

describe('IPv6 and start-up failures', () => {
  let ipv6 = true;
  beforeAll(async () => {
    const probe = createNetServer();
    ipv6 = await new Promise<boolean>((resolve) => {
      probe.once('error', () => resolve(false));
      probe.listen(0, '::1', () => probe.close(() => resolve(true)));
    });
  });

  it("hostname '::1' without serverAddress starts, answers, and derives a bracketed address", async () => {
    if (!ipv6) return console.warn('Skipped: this machine has no IPv6 loopback (::1).');
    const server = await createWebhookModule().createServer({
      port: 0,
      hostname: '::1',
      skipSignatureVerification: true,
      logger: { warn: () => undefined },
    });
    try {
      server.onNewCall(() => WebhookResponse.sendToVoicemail());
      const reply = await post(`http://[::1]:${server.address().port}/`, NEW_CALL);
      expect(reply.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('a start-up that fails leaves no listener behind', async () => {
    const probe = createNetServer();
    const port = await new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)),
    );
    await new Promise((resolve) => probe.close(resolve));
    await expect(
      createWebhookModule().createServer({ port, hostname: '127.0.0.1', serverAddress: 'not a url' }),
    ).rejects.toBeInstanceOf(SipgateIOValidationError);
    const again = createNetServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen(port, '127.0.0.1', () => resolve());
    });
    await new Promise((resolve) => again.close(resolve));
  });
});

describe('webhook replies and requests that must not go through', () => {
  it.each([
    ['an array', [WebhookResponse.hangUpCall()]],
    ['an object keyed by text', { 'not a name': {} }],
    ['an attribute that is not a name', { Dial: { _attributes: { 'a b': '1' }, Number: ['1'] } }],
  ])('a handler returning %s is answered 500 and reported, not written as malformed XML', async (_label, result) => {
    const { server, url, errors } = await webhookServer();
    try {
      server.onNewCall(() => result as never);
      const reply = await post(url, NEW_CALL);
      expect(reply.status).toBe(500);
      expect(errors).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });

  it('the fetch handler resolves to 400 when the request stream fails', async () => {
    const handle = createWebhookFetchHandler({
      serverAddress: 'https://example.com',
      skipSignatureVerification: true,
      logger: { warn: () => undefined },
    });
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const request = new Request('https://example.com', {
      method: 'POST',
      headers: { 'Content-Type': FORM },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await handle(request); // before the fix: rejected
    expect(response.status).toBe(400);
  });

  it('refuses a declared oversized body without sending 100 Continue first', async () => {
    const { server } = await webhookServer({ maxBodyBytes: 1_000 });
    try {
      const socket = await halfSent(
        server.address().port,
        `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${FORM}\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n`,
      );
      const first = await new Promise<string>((resolve) =>
        socket.once('data', (chunk) => resolve(chunk.toString('latin1'))),
      );
      socket.destroy();
      expect(first).toMatch(/^HTTP\/1\.1 413/);
    } finally {
      await server.stop();
    }
  });

  it('still sends 100 Continue for an acceptable request', async () => {
    const { server } = await webhookServer();
    server.onNewCall(() => WebhookResponse.hangUpCall());
    try {
      const socket = await halfSent(
        server.address().port,
        `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${FORM}\r\nContent-Length: ${NEW_CALL.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
      );
      const first = await new Promise<string>((resolve) =>
        socket.once('data', (chunk) => resolve(chunk.toString('latin1'))),
      );
      expect(first).toMatch(/^HTTP\/1\.1 100/);
      socket.end(NEW_CALL);
      const rest = await new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString('latin1')));
        socket.on('close', () => resolve(text));
      });
      expect(rest).toMatch(/HTTP\/1\.1 200/);
    } finally {
      await server.stop();
    }
  });
});

describe('the REST client', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());
  const client = (options = {}): ReturnType<typeof sipgateIO> =>
    sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl: API, maxRetries: 0, ...options });

  it('redacts a credential the API echoes from the error message, body, JSON and inspect output', async () => {
    const encoded = BASIC_HEADER.slice('Basic '.length);
    nock(API)
      .get('/balance')
      .reply(401, (_uri, _body) => ({
        message: `bad header ${BASIC_HEADER}`,
        detail: `token ${TOKEN} as ${encoded}`,
        echo: { [TOKEN]: 'x' },
      }));
    const error = (await client()
      .get('/balance')
      .catch((e: unknown) => e)) as SipgateIOError;
    expect(error).toBeInstanceOf(SipgateIOError);
    const renderings = [
      error.message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      JSON.stringify(error.body),
      String(error.detail),
      JSON.stringify(error.response),
    ];
    figures.reflectedCredentialRenderings = renderings.length;
    for (const text of renderings) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(encoded);
    }
    expect(JSON.stringify(error.body)).toContain('[REDACTED]');
  });

  it('redacts an echoed OAuth token too', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3MCJ9.c2lnbmF0dXJlc2lnbmF0dXJl';
    nock(API)
      .get('/balance')
      .reply(500, `upstream said: Authorization: Bearer ${jwt}`, { 'Content-Type': 'text/plain' });
    const error = (await sipgateIO({ token: jwt }, { baseUrl: API, maxRetries: 0 })
      .get('/balance')
      .catch((e: unknown) => e)) as SipgateIOError;
    expect(JSON.stringify(error)).not.toContain(jwt);
    expect(inspect(error)).not.toContain(jwt);
  });

  it.each([
    '/../../admin',
    '/%2e%2e/%2e%2e/admin',
    '/%2E%2e/admin',
    'history/../../admin',
    '/.\\..\\admin',
    '/./balance',
  ])('keeps %s under the base path: refused before any request', async (path) => {
    const error = await client()
      .get(path)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect((error as SipgateIOValidationError).field).toBe('path');
  });

  it('refuses an invalid header name before sending, without retries', async () => {
    const scope = nock(API).get('/balance').times(4).reply(200, {});
    const error = await client({ maxRetries: 3 })
      .get('/balance', { headers: { 'Bad Header': 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(scope.isDone()).toBe(false);
    expect(() => client({ headers: { 'X\u00e9': '1' } })).toThrow(SipgateIOValidationError);
  });

  it('refuses CR or LF in a header value instead of stripping it', async () => {
    for (const value of ['a\r\nX-Injected: 1', 'a\nb', 'a\rb']) {
      await expect(client().get('/balance', { headers: { 'X-Note': value } })).rejects.toMatchObject({
        field: 'options.headers.X-Note',
      });
    }
    expect(() => client({ headers: { 'X-Note': 'a\r\nb' } })).toThrow(SipgateIOValidationError);
  });

  it('stops reading a response larger than maxResponseBytes with a typed error naming the option (default 32 MiB)', async () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * 1024 * 1024);
    nock(API)
      .get('/history')
      .reply(200, JSON.stringify({ items: 'x'.repeat(20_000) }), { 'Content-Type': 'application/json' });
    const error = await client({ maxResponseBytes: 10_000 })
      .get('/history')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOInvalidResponseError);
    expect((error as Error).message).toMatch(/maxResponseBytes/);
  });
});
