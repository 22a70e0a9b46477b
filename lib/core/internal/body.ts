/**
 * The JSON body of a request, checked before anything is sent: `JSON.stringify` would throw a raw
 * `TypeError` for a cycle or a BigInt, a `RangeError` for a structure nested thousands deep, and
 * whatever a `toJSON` method throws. Each becomes a {@link SipgateIOValidationError} naming where
 * in the body the problem is.
 */
import { SipgateIOValidationError } from '../errors';

/**
 * Deepest nesting accepted in a request body or query. sipgate's request bodies are a few levels
 * deep; a limit keeps the checks' recursion (and JSON.stringify's) far from the stack's end.
 */
export const MAX_INPUT_DEPTH = 64;

/** Where in the input a value sits: `body.items[0].alias`. */
function childField(field: string, key: string, inArray: boolean): string {
  return inArray ? `${field}[${key}]` : `${field}.${key}`;
}

/**
 * Walks the value as JSON.stringify will, without calling `toJSON` (its result is checked by
 * stringify's own errors). Returns the height of the value, so that an object reached again
 * through another reference is not walked twice (a shared object is fine; only a cycle is not).
 */
function check(
  value: unknown,
  field: string,
  depth: number,
  ancestors: Set<object>,
  heights: Map<object, number>,
): number {
  if (typeof value === 'bigint' && typeof (value as unknown as { toJSON?: unknown }).toJSON !== 'function') {
    throw new SipgateIOValidationError(field, 'is a BigInt, which JSON cannot hold; send it as a number or a string.');
  }
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return 0;
  if (ancestors.has(value))
    throw new SipgateIOValidationError(
      field,
      'refers back to an object that contains it (a cycle), which JSON cannot hold.',
    );
  const known = heights.get(value);
  if (known === undefined && depth >= MAX_INPUT_DEPTH) {
    throw new SipgateIOValidationError(
      field,
      `is nested more than ${MAX_INPUT_DEPTH} levels deep; no sipgate request is.`,
    );
  }
  if (known !== undefined) {
    if (depth + known > MAX_INPUT_DEPTH)
      throw new SipgateIOValidationError(
        field,
        `is nested more than ${MAX_INPUT_DEPTH} levels deep; no sipgate request is.`,
      );
    return known;
  }
  ancestors.add(value);
  let height = 0;
  const inArray = Array.isArray(value);
  for (const [key, item] of Object.entries(value)) {
    height = Math.max(height, 1 + check(item, childField(field, key, inArray), depth + 1, ancestors, heights));
  }
  ancestors.delete(value);
  heights.set(value, height);
  return height;
}

/**
 * The request body as JSON text.
 *
 * @throws {SipgateIOValidationError} for a cycle, a BigInt, nesting deeper than
 *   {@link MAX_INPUT_DEPTH}, a `toJSON` that throws, or a body that is not a JSON value at all
 *   (a function or a symbol); the message never repeats the body.
 * @example
 * ```ts
 * encodeJsonBody({ alias: 'Desk' }); // '{"alias":"Desk"}'
 * ```
 */
export function encodeJsonBody(body: unknown): string {
  check(body, 'body', 0, new Set(), new Map());
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch {
    // Only a toJSON can fail here now (by throwing, or by returning what JSON cannot hold); its
    // error may quote the data, so it is not passed on.
    throw new SipgateIOValidationError(
      'body',
      'could not be converted to JSON: a toJSON method in it threw, or returned a cycle or a BigInt.',
    );
  }
  if (text === undefined)
    throw new SipgateIOValidationError(
      'body',
      'must be a JSON value (an object, array, string, number, boolean or null), not a function or a symbol.',
    );
  return text;
}
