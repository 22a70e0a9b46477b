import { SipgateIOInvalidResponseError } from '../errors';

/**
 * Checks that a response body is a JSON object before a module reads fields from it: an empty
 * or non-JSON 200 (a proxy, a truncated answer) must surface as an error, not as "no items".
 */
export function expectObject<T extends object>(body: unknown, method: string, path: string): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SipgateIOInvalidResponseError(
      `${method} ${path} returned ${body === undefined ? 'an empty body' : 'no JSON object'} where sipgate sends one.`,
      {
        method,
        path,
        body,
      },
    );
  }
  return body as T;
}

/** The `items` (or another list field) of a response object, checked to be an array. */
export function expectList<T>(body: unknown, method: string, path: string, field = 'items'): T[] {
  const list = expectObject<Record<string, unknown>>(body, method, path)[field];
  if (list === undefined) return [];
  if (!Array.isArray(list))
    throw new SipgateIOInvalidResponseError(`${method} ${path} returned "${field}" that is not a list.`, {
      method,
      path,
      body,
    });
  return list as T[];
}
