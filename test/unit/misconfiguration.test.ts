/**
 * Misconfiguration is never silent: unknown or misplaced option keys, refused webhook requests,
 * a simulator sent elsewhere, a predicate that is really a promise (issue #15).
 */
import nock from 'nock';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as sdk from '../../lib';
import {
  createWebhookFetchHandler,
  createWebhookHandler,
  createWebhookModule,
  generateWebhookTestKeyPair,
  sipgateIO,
  simulateCall,
  SipgateIOConnectionError,
  SipgateIOValidationError,
  WebhookResponse,
} from '../../lib';
import { API, TOKEN, TOKEN_ID } from '../helpers/fixtures';

const credentials = { tokenId: TOKEN_ID, token: TOKEN };

function thrown(act: () => unknown): SipgateIOValidationError {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    return error as SipgateIOValidationError;
  }
  throw new Error('expected a SipgateIOValidationError');
}

describe('unknown keys are refused, naming the key and where it belongs', () => {
  it('an option inside the credentials: "did you mean `baseUrl`, the second argument?"', () => {
    const error = thrown(() => sipgateIO({ ...credentials, baseUrl: 'http://localhost:4010' } as never));
    expect(error.field).toBe('credentials.baseUrl');
    expect(error.message).toMatch(/`baseUrl`, a client option \(the second argument of sipgateIO\)/);
    expect(error.message).not.toContain(TOKEN);
  });

  it('a misspelt client option: "did you mean `baseUrl`?"', () => {
    const error = thrown(() => sipgateIO(credentials, { baseURL: 'http://localhost:4010' } as never));
    expect(error.field).toBe('options.baseURL');
    expect(error.message).toMatch(/did you mean `baseUrl`\?/);
    expect(thrown(() => sipgateIO(credentials, { maxRetry: 1 } as never)).message).toMatch(/`maxRetries`/);
  });

  it('a credential among the client options', () => {
    expect(thrown(() => sipgateIO(credentials, { token: TOKEN } as never)).message).toMatch(
      /the first argument of sipgateIO/,
    );
  });

  it('request options, before any request', async () => {
    nock.disableNetConnect();
    try {
      const client = sipgateIO(credentials, { baseUrl: API });
      await expect(client.get('/balance', { timout: 5 } as never)).rejects.toMatchObject({
        field: 'options.timout',
        message: expect.stringMatching(/`timeout`/),
      });
      await expect(client.get('/balance', { baseUrl: 'http://x' } as never)).rejects.toMatchObject({
        message: expect.stringMatching(/client option/),
      });
      await expect(client.delete('/history', { data: ['1'], force: true } as never)).rejects.toMatchObject({
        field: 'options.force',
      });
    } finally {
      nock.enableNetConnect();
    }
  });

  it('webhook server options and handler maps', async () => {
    await expect(
      createWebhookModule().createServer({ port: 0, serverAdress: 'https://x' } as never),
    ).rejects.toMatchObject({
      field: 'options.serverAdress',
      message: expect.stringMatching(/`serverAddress`/),
    });
    expect(() =>
      createWebhookHandler({
        serverAddress: 'https://x',
        handlers: { onNewCall: () => undefined, onHangup: () => undefined } as never,
      }),
    ).toThrow(expect.objectContaining({ field: 'handlers.onHangup', message: expect.stringMatching(/`onHangUp`/) }));
    expect(() => createWebhookHandler({ serverAddress: 'https://x', port: 8080 } as never)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/createServer/) }),
    );
    expect(() => createWebhookFetchHandler({ serverAddress: 'https://x', trustproxy: true } as never)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/`trustProxy`/) }),
    );
  });

  it('connection errors name the host they tried', async () => {
    const client = sipgateIO(credentials, { baseUrl: 'http://127.0.0.1:9/v2', maxRetries: 0 });
    const error = await client.get('/balance').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOConnectionError);
    expect((error as Error).message).toContain('127.0.0.1:9');
  });
});

describe('a refused webhook request leaves a trace in the log', () => {
  it.each([
    ['405', { method: 'GET' }, /405.*not POST/],
    ['415', { headers: { 'Content-Type': 'text/plain' } }, /415.*content type/],
    ['401', { headers: { 'X-Sipgate-Signature': 'AAAA' } }, /401.*signature/],
    ['400', { body: 'event=explode&callId=1', skip: true }, /400/],
  ])('%s, with its reason and without the body or signature', async (_status, request, reason) => {
    const warnings: string[] = [];
    const { skip, ...init } = request as {
      skip?: boolean;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
    };
    const handle = createWebhookFetchHandler({
      serverAddress: 'https://example.com',
      skipSignatureVerification: skip,
      logger: { warn: (message, details) => warnings.push(`${message} ${JSON.stringify(details ?? {})}`) },
    });
    const body = init.method === 'GET' ? undefined : (init.body ?? 'event=newCall&callId=SECRETBODY');
    await handle(
      new Request('https://example.com', {
        method: init.method ?? 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...init.headers },
        body,
      }),
    );
    const refusals = warnings.filter((w) => w.includes('refused'));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(reason);
    expect(refusals[0]).not.toContain('SECRETBODY');
    expect(refusals[0]).not.toContain('AAAA');
  });

  it('is rate-limited: a flood becomes ten lines and a count', async () => {
    const warnings: string[] = [];
    const handle = createWebhookFetchHandler({
      serverAddress: 'https://example.com',
      logger: { warn: (message) => warnings.push(message) },
    });
    for (let i = 0; i < 50; i += 1) await handle(new Request('https://example.com', { method: 'PUT' }));
    expect(warnings.filter((w) => w.includes('refused a webhook request'))).toHaveLength(10);
  });
});

describe('the call simulator stays on the server it simulates', () => {
  let server: Server;
  let url: string;
  const keys = generateWebhookTestKeyPair();
  beforeAll(async () => {
    const handler = createWebhookHandler({
      serverAddress: 'https://elsewhere.example.com/hook',
      publicKey: keys.publicKey,
      logger: { warn: () => undefined },
      handlers: { onNewCall: () => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 1000 }) },
    });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('refuses to follow a reply to another origin, with a typed error', async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    try {
      await expect(simulateCall({ url, privateKey: keys.privateKey, digits: ['1'] })).rejects.toMatchObject({
        name: 'SipgateIOValidationError',
        message: expect.stringMatching(/elsewhere\.example\.com.*allowedOrigins/),
      });
    } finally {
      nock.enableNetConnect();
    }
  });

  it('fails with a typed connection error, not a raw TypeError, when the app is not running', async () => {
    const closed = createServer();
    const port = await new Promise<number>((resolve) =>
      closed.listen(0, '127.0.0.1', () => resolve((closed.address() as AddressInfo).port)),
    );
    await new Promise((resolve) => closed.close(resolve));
    const error = await simulateCall({ url: `http://127.0.0.1:${port}/`, privateKey: keys.privateKey }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SipgateIOConnectionError);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
  });
});

it('exports no phone predicate that returns a promise under a predicate name', () => {
  const exported = sdk as unknown as Record<string, unknown>;
  expect(exported.isValidPhoneNumber).toBeUndefined();
  expect(typeof exported.isValidPhoneNumberAsync).toBe('function');
});
