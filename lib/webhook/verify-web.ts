/**
 * Webhook signature verification with WebCrypto, for edge runtimes (Cloudflare Workers, Deno,
 * Bun, Next.js route handlers) and browsers. No Node built-ins.
 */
import { base64ToBytes } from '../core/internal/base64';
import { SipgateIOValidationError } from '../core/errors';
import { SIPGATE_WEBHOOK_PUBLIC_KEY } from './public-key';
import { webhookPublicKeyDer } from './public-key-check';

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
// One imported key per PEM: importing is the expensive part, so it happens once.
const importedKeys = new Map<string, Promise<CryptoKey>>();

function importKey(pem: string): Promise<CryptoKey> {
  let key = importedKeys.get(pem);
  if (!key) {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) return Promise.reject(new TypeError('WebCrypto (crypto.subtle) is not available in this runtime.'));
    const der = webhookPublicKeyDer(pem);
    key = subtle.importKey('spki', der as BufferSource, ALGORITHM, false, ['verify']).catch(() => {
      // The structure was checked; WebCrypto refusing it anyway means the numbers inside are unusable.
      throw new SipgateIOValidationError(
        'publicKey',
        'could not be loaded as an RSA public key; check that the PEM was copied whole.',
      );
    });
    key.catch(() => importedKeys.delete(pem));
    if (importedKeys.size >= 16) importedKeys.delete(importedKeys.keys().next().value as string);
    importedKeys.set(pem, key);
  }
  return key;
}

function bodyBytes(rawBody: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof rawBody === 'string') return new TextEncoder().encode(rawBody);
  return rawBody instanceof Uint8Array ? rawBody : new Uint8Array(rawBody);
}

/**
 * Verifies sipgate's `X-Sipgate-Signature` over the exact raw body with WebCrypto. A missing,
 * empty or non-base64 signature resolves to `false`, never rejects.
 *
 * @param rawBody the body exactly as received (string or bytes), never re-encoded.
 * @param signatureHeader the `X-Sipgate-Signature` header value.
 * @param publicKey PEM of the key to verify against; sipgate's by default.
 * @throws {SipgateIOValidationError} (rejects) when `publicKey` is not a PEM RSA public key,
 *   whatever the signature (as `verifyWebhookSignature` does).
 * @example
 * ```ts
 * export default { async fetch(request: Request) {
 *   const body = await request.text();
 *   if (!(await verifyWebhookSignatureAsync(body, request.headers.get('x-sipgate-signature')))) return new Response('', { status: 401 });
 * } };
 * ```
 */
export async function verifyWebhookSignatureAsync(
  rawBody: string | Uint8Array | ArrayBuffer,
  signatureHeader: string | null | undefined,
  publicKey: string = SIPGATE_WEBHOOK_PUBLIC_KEY,
): Promise<boolean> {
  // The key first, as verifyWebhookSignature does: a key that cannot be one is a configuration
  // error for every request, signed or not.
  const key = await importKey(publicKey);
  if (typeof signatureHeader !== 'string') return false;
  const signature = base64ToBytes(signatureHeader);
  if (!signature) return false;
  try {
    return await globalThis.crypto.subtle.verify(
      ALGORITHM.name,
      key,
      signature as BufferSource,
      bodyBytes(rawBody) as BufferSource,
    );
  } catch {
    return false;
  }
}
