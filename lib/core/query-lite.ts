/**
 * The browser builds' stand-in for `query-qs.ts`: the same encoding for the flat query objects
 * the SDK sends (scalars, dates and arrays of them), without qs's dependency chain. A property
 * test checks that both produce identical strings.
 */
import type { QueryParams } from './client';

// qs's RFC 3986 encoding: encodeURIComponent plus the characters it leaves alone that qs encodes.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function scalar(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

export function encodeQuery(query: QueryParams): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item === null || item === undefined) continue;
      parts.push(`${encode(key)}=${encode(scalar(item))}`);
    }
  }
  return parts.join('&');
}
