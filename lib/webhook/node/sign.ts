/**
 * Signing webhook bodies the way sipgate does, with your own test key pair: for tests and the
 * call simulator, so signature verification stays on everywhere. Node-only.
 */
import { generateKeyPairSync, sign } from 'node:crypto';

/** A PEM key pair for tests. */
export interface TestKeyPair {
  publicKey: string;
  privateKey: string;
}

/**
 * Generates an RSA key pair for signing test webhooks.
 *
 * @param modulusLength key size in bits. @default 2048 (sipgate uses 4096; larger is slower to make)
 * @example
 * ```ts
 * const keys = generateWebhookTestKeyPair();
 * createWebhookHandler({ serverAddress, publicKey: keys.publicKey });
 * ```
 */
export function generateWebhookTestKeyPair(modulusLength = 2048): TestKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey, privateKey };
}

/**
 * Signs a raw body (RSA PKCS#1 v1.5, SHA-256) and returns the base64 `X-Sipgate-Signature` value.
 *
 * @example
 * ```ts
 * const signature = signWebhookBody('event=newCall&callId=1', keys.privateKey);
 * await fetch(url, { method: 'POST', headers: { 'X-Sipgate-Signature': signature }, body });
 * ```
 */
export function signWebhookBody(rawBody: string | Uint8Array, privateKey: string): string {
  const data = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  return sign('sha256', data, privateKey).toString('base64');
}
