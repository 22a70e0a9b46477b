/**
 * Query-string encoding, exactly as the established library's qs configuration produced it
 * (`arrayFormat: 'repeat'`, `skipNulls`, dates as ISO 8601, RFC 3986 escaping): arrays as
 * repeated keys (`types=CALL&types=SMS`), nested objects in brackets (`a[b]=c`). Written out
 * instead of depending on qs, whose dependency chain is a dozen packages for these twenty
 * lines; a property test holds it to qs's output for every query shape, nested ones included.
 */
import type { QueryParams } from '../client';

// qs's RFC 3986 encoding: encodeURIComponent plus the characters it leaves alone that qs encodes.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function add(parts: string[], key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (value instanceof Date) {
    parts.push(`${encode(key)}=${encode(value.toISOString())}`);
  } else if (Array.isArray(value)) {
    for (const item of value) add(parts, key, item);
  } else if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) add(parts, `${key}[${name}]`, item);
  } else {
    parts.push(`${encode(key)}=${encode(String(value))}`);
  }
}

/**
 * Encodes a query object.
 *
 * @example
 * ```ts
 * encodeQuery({ types: ['CALL', 'SMS'], limit: 10 }); // 'types=CALL&types=SMS&limit=10'
 * ```
 */
export function encodeQuery(query: QueryParams): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) add(parts, key, value);
  return parts.join('&');
}
