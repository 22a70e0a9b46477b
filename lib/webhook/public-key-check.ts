/**
 * Checks that a webhook `publicKey` is a PEM RSA public key before anything uses it, and gives
 * both verifiers (Node's KeyObject and WebCrypto) the same bytes: the SPKI DER. A shared secret
 * passed as a key (`'my-webhook-secret'`) would otherwise start a server that refuses every
 * webhook, or make one verifier answer `false` and the other throw. Pure: no Node built-ins.
 */
import { base64ToBytes } from '../core/internal/base64';
import { SipgateIOValidationError } from '../core/errors';

const WHAT_A_KEY_IS =
  'must be a PEM RSA public key: a line "-----BEGIN PUBLIC KEY-----", base64 lines, and "-----END PUBLIC KEY-----". ' +
  "Leave publicKey out for sipgate's own webhooks (its key is built in); pass one only for webhooks you sign yourself (generateWebhookTestKeyPair()).";
// DER of the AlgorithmIdentifier content: OID 1.2.840.113549.1.1.1 (rsaEncryption) and NULL.
const RSA_ENCRYPTION = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const PEM = /^-----BEGIN ((?:RSA )?PUBLIC KEY)-----\r?\n([A-Za-z0-9+/=\s]+?)\r?\n-----END \1-----$/;

/** One DER element: its tag and where its content starts and ends. */
interface Element {
  tag: number;
  start: number;
  end: number;
}

function readElement(der: Uint8Array, offset: number, limit: number): Element | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4 || start + bytes > limit) return undefined;
    length = 0;
    for (let i = 0; i < bytes; i += 1) length = length * 256 + der[start + i];
    start += bytes;
  }
  const end = start + length;
  return end > limit ? undefined : { tag, start, end };
}

/** Whether `der[start, end)` is PKCS#1 RSAPublicKey: SEQUENCE { INTEGER n, INTEGER e } and nothing else. */
function isRsaPublicKey(der: Uint8Array, start: number, end: number): boolean {
  const sequence = readElement(der, start, end);
  if (!sequence || sequence.tag !== 0x30 || sequence.end !== end) return false;
  const modulus = readElement(der, sequence.start, sequence.end);
  const exponent = modulus && modulus.tag === 0x02 ? readElement(der, modulus.end, sequence.end) : undefined;
  return !!exponent && exponent.tag === 0x02 && exponent.end === sequence.end && modulus!.end - modulus!.start >= 64;
}

/** Whether `der` is SubjectPublicKeyInfo holding an RSA key. */
function isRsaSpki(der: Uint8Array): boolean {
  const info = readElement(der, 0, der.length);
  if (!info || info.tag !== 0x30 || info.end !== der.length) return false;
  const algorithm = readElement(der, info.start, info.end);
  if (!algorithm || algorithm.tag !== 0x30) return false;
  const oid = der.subarray(algorithm.start, algorithm.start + RSA_ENCRYPTION.length);
  if (oid.length !== RSA_ENCRYPTION.length || RSA_ENCRYPTION.some((byte, i) => oid[i] !== byte)) return false;
  const key = readElement(der, algorithm.end, info.end);
  return (
    !!key &&
    key.tag === 0x03 &&
    key.end === info.end &&
    der[key.start] === 0 &&
    isRsaPublicKey(der, key.start + 1, key.end)
  );
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** PKCS#1 `RSA PUBLIC KEY` wrapped as SPKI, the one form WebCrypto imports. */
function spkiFromPkcs1(pkcs1: Uint8Array): Uint8Array {
  const algorithm = [0x30, 0x0d, ...RSA_ENCRYPTION, 0x05, 0x00];
  const bitString = [0x03, ...derLength(pkcs1.length + 1), 0x00];
  const content = algorithm.length + bitString.length + pkcs1.length;
  const head = [0x30, ...derLength(content), ...algorithm, ...bitString];
  const der = new Uint8Array(head.length + pkcs1.length);
  der.set(head);
  der.set(pkcs1, head.length);
  return der;
}

const checked = new Map<string, Uint8Array>();
const MAX_REMEMBERED = 16;

/**
 * The SPKI DER of a PEM RSA public key (`BEGIN PUBLIC KEY`, or PKCS#1 `BEGIN RSA PUBLIC KEY`).
 * Remembered per PEM, so a verifier called for every webhook parses its key once.
 *
 * @param field how the key is named in the error.
 * @throws {SipgateIOValidationError} for anything else (a secret, a private key, an EC key, a
 *   damaged body), saying what a key looks like and never repeating what was passed.
 * @example
 * ```ts
 * const der = webhookPublicKeyDer(SIPGATE_WEBHOOK_PUBLIC_KEY); // Uint8Array (SPKI)
 * webhookPublicKeyDer('my-webhook-secret'); // throws SipgateIOValidationError
 * ```
 */
export function webhookPublicKeyDer(pem: unknown, field = 'publicKey'): Uint8Array {
  if (typeof pem !== 'string')
    throw new SipgateIOValidationError(
      field,
      `${WHAT_A_KEY_IS} Got a value of type ${pem === null ? 'null' : typeof pem}, not a PEM string.`,
    );
  const known = checked.get(pem);
  if (known) return known;
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new SipgateIOValidationError(
      field,
      'is a private key; pass the public key that belongs to it (generateWebhookTestKeyPair() returns both). Never hand a private key to a server.',
    );
  }
  const match = PEM.exec(pem.trim());
  const body = match ? base64ToBytes(match[2].replace(/\s+/g, '')) : undefined;
  let der: Uint8Array | undefined;
  if (match && body)
    der = match[1] === 'PUBLIC KEY' ? body : isRsaPublicKey(body, 0, body.length) ? spkiFromPkcs1(body) : undefined;
  if (!der || !isRsaSpki(der)) {
    const hint =
      match &&
      body &&
      match[1] === 'PUBLIC KEY' &&
      !isRsaSpki(body) &&
      readElement(body, 0, body.length)?.end === body.length
        ? ' This public key is not an RSA key (sipgate signs with RSA).'
        : '';
    throw new SipgateIOValidationError(field, `${WHAT_A_KEY_IS}${hint}`);
  }
  if (checked.size >= MAX_REMEMBERED) checked.delete(checked.keys().next().value as string);
  checked.set(pem, der);
  return der;
}
