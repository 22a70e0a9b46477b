/**
 * Base64 for bytes and UTF-8 text without Node built-ins, so the same code runs in the browser
 * bundle. `btoa`/`atob` exist in every supported runtime (browsers, Node >= 16, workers).
 */

const CHUNK = 0x8000; // String.fromCharCode.apply has an argument limit; chunk to stay under it.

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

// With the length a multiple of 4, at most two '=' at the end means: padding only where it belongs.
const BASE64_SHAPE = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Whether `text` is well-formed, non-empty standard base64 (padded, no white space). Decoders
 * (atob, Buffer) skip or tolerate what does not fit, so the shape is checked first.
 *
 * @example
 * ```ts
 * isBase64('aGk='); // true
 * isBase64('aGk'); // false: unpadded
 * ```
 */
export function isBase64(text: string): boolean {
  return text !== '' && text.length % 4 === 0 && BASE64_SHAPE.test(text);
}

/** Decodes standard base64; returns `undefined` for anything that is not well-formed base64. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  const compact = text.trim();
  if (!isBase64(compact)) return undefined;
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
