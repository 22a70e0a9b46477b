/**
 * A webhook key that cannot be a key (#25 item 10): `createServer({ publicKey: 'my-webhook-secret' })`
 * used to start and then refuse every webhook with 401, and the two verifiers disagreed about such
 * a key (false from the Node one, a throw from the WebCrypto one). Now the server, both handlers
 * and both verifiers refuse it at once with a SipgateIOValidationError that says what a key looks
 * like and never repeats what was passed.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import {
  createWebhookFetchHandler,
  createWebhookHandler,
  createWebhookModule,
  FluentWebhookServer,
  generateWebhookTestKeyPair,
  signWebhookBody,
  SipgateIOValidationError,
  verifyWebhookSignature,
  verifyWebhookSignatureAsync,
} from '../../lib';

const BODY = 'event=newCall&from=4915799912345&to=4921100000001&direction=in&callId=c1';
const keys = generateWebhookTestKeyPair();
const signature = signWebhookBody(BODY, keys.privateKey);
const serverAddress = 'https://example.com/webhook';

const ecKey = generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
}).publicKey;
const pkcs1 = createPublicKey(keys.publicKey).export({ type: 'pkcs1', format: 'pem' }) as string;
const base64Body = keys.publicKey
  .split('\n')
  .filter((line) => line && !line.startsWith('-----'))
  .join('');
const truncated = keys.publicKey.replace(base64Body.slice(0, 64), base64Body.slice(0, 60));

const BAD_KEYS: Array<[string, unknown, RegExp]> = [
  ['a shared secret', 'my-webhook-secret', /BEGIN PUBLIC KEY/],
  ['an empty string', '', /BEGIN PUBLIC KEY/],
  ['the private key', keys.privateKey, /private key/],
  ['an EC public key', ecKey, /RSA/],
  ['a key with a damaged body', truncated, /BEGIN PUBLIC KEY/],
  ['a bare base64 body without its PEM lines', base64Body, /BEGIN PUBLIC KEY/],
  ['a number', 42, /PEM/],
];

function refusal(run: () => unknown): SipgateIOValidationError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SipgateIOValidationError);
  return caught as SipgateIOValidationError;
}

function expectSaysWhatAKeyIs(error: SipgateIOValidationError, hint: RegExp, key: unknown): void {
  expect(error.field).toBe('publicKey');
  expect(error.message).toMatch(hint);
  if (typeof key === 'string' && key.length > 0) {
    expect(error.message).not.toContain(key.trim().split('\n')[0] === key.trim() ? key : key.split('\n')[1]);
  }
  expect(JSON.stringify(error)).not.toContain('my-webhook-secret');
}

describe.each(BAD_KEYS)('%s as publicKey', (_name, key, hint) => {
  it('createServer refuses it before listening', async () => {
    const error = await createWebhookModule()
      .createServer({ port: 0, serverAddress, publicKey: key as string })
      .then(
        (server) => {
          void server.stop();
          return undefined;
        },
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expectSaysWhatAKeyIs(error as SipgateIOValidationError, hint, key);
  });

  it('the fluent server refuses it when started', async () => {
    const fluent = new FluentWebhookServer()
      .setServerPort(0)
      .setServerAddress(serverAddress)
      .setOptions({ publicKey: key as string });
    const started = await fluent.startServer().then(
      async (server) => {
        await server.stop();
        return server;
      },
      (e: unknown) => e,
    );
    expect(started).toBeInstanceOf(SipgateIOValidationError);
  });

  it('createWebhookHandler and createWebhookFetchHandler refuse it when created', () => {
    expectSaysWhatAKeyIs(
      refusal(() => createWebhookHandler({ serverAddress, publicKey: key as string })),
      hint,
      key,
    );
    expectSaysWhatAKeyIs(
      refusal(() => createWebhookFetchHandler({ serverAddress, publicKey: key as string })),
      hint,
      key,
    );
  });

  it('both verifiers throw the same error, also for a request without a signature', async () => {
    const sync = refusal(() => verifyWebhookSignature(BODY, signature, key as string));
    const async = await verifyWebhookSignatureAsync(BODY, signature, key as string).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(async).toBeInstanceOf(SipgateIOValidationError);
    expect((async as Error).message).toBe(sync.message);
    expectSaysWhatAKeyIs(sync, hint, key);
    expect(() => verifyWebhookSignature(BODY, undefined, key as string)).toThrow(SipgateIOValidationError);
    await expect(verifyWebhookSignatureAsync(BODY, undefined, key as string)).rejects.toBeInstanceOf(
      SipgateIOValidationError,
    );
  });
});

describe('real keys are accepted by all of them, and verify alike', () => {
  it.each([
    ['an SPKI PEM ("BEGIN PUBLIC KEY")', keys.publicKey],
    ['a PKCS#1 PEM ("BEGIN RSA PUBLIC KEY")', pkcs1],
    ['a PEM with CRLF line ends and surrounding blank lines', `\r\n${keys.publicKey.replace(/\n/g, '\r\n')}\r\n`],
  ])('%s', async (_name, key) => {
    expect(verifyWebhookSignature(BODY, signature, key)).toBe(true);
    await expect(verifyWebhookSignatureAsync(BODY, signature, key)).resolves.toBe(true);
    expect(verifyWebhookSignature(`${BODY}x`, signature, key)).toBe(false);
    await expect(verifyWebhookSignatureAsync(`${BODY}x`, signature, key)).resolves.toBe(false);
    expect(() => createWebhookHandler({ serverAddress, publicKey: key })).not.toThrow();
    expect(() => createWebhookFetchHandler({ serverAddress, publicKey: key })).not.toThrow();
  });

  it("sipgate's built-in key, when none is given", async () => {
    expect(verifyWebhookSignature(BODY, signature)).toBe(false);
    await expect(verifyWebhookSignatureAsync(BODY, signature)).resolves.toBe(false);
  });
});
