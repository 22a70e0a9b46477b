/**
 * Query-string encoding, byte for byte as qs with `arrayFormat: 'repeat'`, `skipNulls`, ISO 8601
 * dates and RFC 3986 escaping (drop-in; lib/compat/README.md): arrays as repeated keys
 * (`types=CALL&types=SMS`), nested objects in brackets (`a[b]=c`). Written out because qs's
 * dependency chain is a dozen packages; a property test holds it to qs's output.
 *
 * What no query can carry is refused with a {@link SipgateIOValidationError} naming the
 * parameter, before anything is sent: a lone surrogate, an invalid Date, a function or a symbol
 * (qs sent nothing for a function; String() would send its source text), a cycle, and nesting
 * deeper than {@link MAX_INPUT_DEPTH}.
 */
import type { QueryParams } from '../client';
import { MAX_INPUT_DEPTH } from './body';
import { SipgateIOValidationError } from '../errors';
import { requireWellFormed } from './path';

// qs's RFC 3986 encoding: encodeURIComponent plus the characters it leaves alone that qs encodes.
function encode(value: string, field: string): string {
  return encodeURIComponent(requireWellFormed(value, field)).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** An object's entries, with a getter that throws refused as the field it guards. */
function readEntries(value: object, field: string): Array<[string, unknown]> {
  return Object.keys(value).map((name) => {
    try {
      return [name, (value as Record<string, unknown>)[name]];
    } catch {
      throw new SipgateIOValidationError(`${field}.${name}`, 'could not be read: reading it threw.');
    }
  });
}

function add(parts: string[], key: string, value: unknown, field: string, ancestors: object[]): void {
  if (value === null || value === undefined) return;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new SipgateIOValidationError(field, 'is an invalid Date.');
    parts.push(`${encode(key, field)}=${encode(value.toISOString(), field)}`);
  } else if (typeof value === 'object') {
    if (ancestors.includes(value))
      throw new SipgateIOValidationError(field, 'refers back to an object that contains it (a cycle).');
    if (ancestors.length >= MAX_INPUT_DEPTH)
      throw new SipgateIOValidationError(field, `is nested more than ${MAX_INPUT_DEPTH} levels deep.`);
    ancestors.push(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => add(parts, key, item, `${field}[${index}]`, ancestors));
    } else {
      for (const [name, item] of readEntries(value, field))
        add(parts, `${key}[${name}]`, item, `${field}.${name}`, ancestors);
    }
    ancestors.pop();
  } else if (typeof value === 'function' || typeof value === 'symbol') {
    throw new SipgateIOValidationError(
      field,
      `is a ${typeof value}; pass a string, number, boolean, Date or an array of them.`,
    );
  } else {
    parts.push(`${encode(key, field)}=${encode(String(value), field)}`);
  }
}

/**
 * Encodes a query object.
 *
 * @throws {SipgateIOValidationError} for a value no query can carry (see above), naming it as
 *   `query.<name>`.
 * @example
 * ```ts
 * encodeQuery({ types: ['CALL', 'SMS'], limit: 10 }); // 'types=CALL&types=SMS&limit=10'
 * ```
 */
export function encodeQuery(query: QueryParams): string {
  const parts: string[] = [];
  for (const [key, value] of readEntries(query, 'query')) add(parts, key, value, `query.${key}`, [query]);
  return parts.join('&');
}
