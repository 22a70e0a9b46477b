/**
 * Webhook signature verification for Node, with a `KeyObject` built once per key: parsing a
 * 4096-bit PEM costs about as much again as the RSA check itself, so it must not happen per request.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { isBase64 } from '../../core/internal/base64';
import { SIPGATE_WEBHOOK_PUBLIC_KEY } from '../public-key';
import { SipgateIOValidationError } from '../../core/errors';
import { webhookPublicKeyDer } from '../public-key-check';

const keyObjects = new Map<string, KeyObject>();

/**
 * The KeyObject of a webhook public key, built once per PEM. Also called when a handler is
 * created, so a key Node cannot use is refused then, not on the first webhook.
 *
 * @throws {SipgateIOValidationError} when the PEM is not an RSA public key (see webhookPublicKeyDer).
 * @example
 * ```ts
 * webhookKeyObject(SIPGATE_WEBHOOK_PUBLIC_KEY).asymmetricKeyType; // 'rsa'
 * ```
 */
export function webhookKeyObject(pem: unknown): KeyObject {
  let key = typeof pem === 'string' ? keyObjects.get(pem) : undefined;
  if (!key) {
    const der = webhookPublicKeyDer(pem);
    try {
      key = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
    } catch {
      // The structure was checked; Node refusing it anyway means the numbers inside are unusable.
      throw new SipgateIOValidationError(
        'publicKey',
        'could not be loaded as an RSA public key; check that the PEM was copied whole.',
      );
    }
    if (keyObjects.size >= 16) keyObjects.delete(keyObjects.keys().next().value as string);
    keyObjects.set(pem as string, key);
  }
  return key;
}

/**
 * Verifies sipgate's `X-Sipgate-Signature` (RSA PKCS#1 v1.5, SHA-256, base64) over the exact raw
 * body. A missing, empty or non-base64 signature is `false`, never a throw.
 *
 * @param rawBody the body exactly as received, never re-encoded.
 * @param signatureHeader the `X-Sipgate-Signature` header value.
 * @param publicKey PEM of the key to verify against; sipgate's by default.
 * @throws {SipgateIOValidationError} when `publicKey` is not a PEM RSA public key, whatever the
 *   signature (as `verifyWebhookSignatureAsync` does).
 * @example
 * ```ts
 * if (!verifyWebhookSignature(rawBody, req.headers['x-sipgate-signature'])) res.writeHead(401).end();
 * ```
 */
export function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  signatureHeader: string | string[] | null | undefined,
  publicKey: string = SIPGATE_WEBHOOK_PUBLIC_KEY,
): boolean {
  // The key first: a key that cannot be one is a configuration error for every request, signed
  // or not, and must not look like a bad signature (the WebCrypto twin throws the same).
  const key = webhookKeyObject(publicKey);
  if (typeof signatureHeader !== 'string') return false;
  const encoded = signatureHeader.trim();
  // The shared shape check first: Buffer's decoder would silently skip invalid characters. Decoding
  // with Buffer (native) instead of the isomorphic atob-based decoder saves ~20 % of the check's time.
  if (!isBase64(encoded)) return false;
  const signature = Buffer.from(encoded, 'base64');
  const data = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  try {
    return verify('sha256', data, key, signature);
  } catch {
    return false;
  }
}
