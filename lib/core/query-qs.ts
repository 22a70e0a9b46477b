/**
 * Query-string encoding with qs: arrays as repeated keys (`types=CALL&types=SMS`), dates as
 * ISO 8601, `null`/`undefined` left out. Loaded lazily by the client. Browser builds swap this
 * module for `query-lite.ts` (same output, tested), because qs's dependency chain costs about
 * 20 KB gzip in a browser bundle.
 */
import { stringify } from 'qs';
import type { QueryParams } from './client';

export function encodeQuery(query: QueryParams): string {
  return stringify(query, { arrayFormat: 'repeat', skipNulls: true, serializeDate: (date: Date) => date.toISOString() });
}
