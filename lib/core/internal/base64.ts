/**
 * Base64 for bytes and UTF-8 text without Node built-ins, so the same code runs in the browser
 * bundle. `btoa`/`atob` exist in every supported runtime (browsers, Node >= 16, workers).
 */

const CHUNK = 0x8000; // String.fromCharCode.apply has an argument limit; chunk to stay under it.

/** Encodes bytes as standard base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(start, start + CHUNK)));
  }
  return btoa(binary);
}

/** Encodes a string's UTF-8 bytes as base64 (unlike `btoa`, which only takes Latin-1). */
export function utf8ToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes standard base64; returns `undefined` for anything that is not well-formed base64. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  const compact = text.trim();
  if (compact === '' || !BASE64_PATTERN.test(compact)) return undefined;
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
