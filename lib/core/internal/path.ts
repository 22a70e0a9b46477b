import { SipgateIOValidationError } from '../errors';

/**
 * Builds an API path from a template, percent-encoding every interpolated value so that an id
 * can never add path segments or a query string (`../balance`, `x?y=1`).
 *
 * @example
 * ```ts
 * apiPath`/calls/${callId}/muted`; // '/calls/abc%2F1/muted' for callId 'abc/1'
 * ```
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  let result = strings[0] ?? '';
  values.forEach((value, index) => {
    result += pathSegment(value, 'path') + (strings[index + 1] ?? '');
  });
  return result;
}

/**
 * One id as a percent-encoded path segment. Refuses what would not name exactly one resource:
 * an empty id, `.`/`..`, and anything but a string or a finite number.
 *
 * @param field how the id is named in the error (`path`, `path.userId`).
 */
export function pathSegment(value: unknown, field: string): string {
  const text =
    typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : undefined;
  if (text === undefined)
    throw new SipgateIOValidationError(
      field,
      `must be a string or number id, got ${value === null ? 'null' : typeof value}.`,
    );
  if (text === '' || text === '.' || text === '..') {
    throw new SipgateIOValidationError(field, `a path segment must be a non-empty id, got "${text}".`);
  }
  requireWellFormed(text, field);
  return encodeURIComponent(text);
}

// A UTF-16 surrogate without its partner: no character, so no UTF-8 bytes, so no URL can carry it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses a string holding a lone surrogate (half of an emoji cut in two, say), which
 * `encodeURIComponent` would reject with a raw `URIError`. Returns the string unchanged.
 *
 * @param field how the value is named in the error.
 * @example
 * ```ts
 * requireWellFormed('Zoë', 'query.name'); // 'Zoë'
 * requireWellFormed('\uD83D', 'query.name'); // throws SipgateIOValidationError
 * ```
 */
export function requireWellFormed(text: string, field: string): string {
  if (LONE_SURROGATE.test(text)) {
    throw new SipgateIOValidationError(
      field,
      'contains a lone UTF-16 surrogate (half of a character, e.g. an emoji cut in two), which cannot be sent.',
    );
  }
  return text;
}

/**
 * Normalises a caller-supplied path to `/segment/...`, rejecting absolute URLs: the SDK talks
 * only to the configured base URL.
 */
export function normalisePath(path: unknown): string {
  if (typeof path !== 'string' || path.trim() === '') {
    throw new SipgateIOValidationError('path', 'must be a non-empty string such as "/history".');
  }
  // The URL parser drops TAB, LF and CR wherever they are (and trims other control characters
  // and spaces at the ends), so `/.\t./admin` would pass the `..` check below and then resolve to
  // `/admin`. Refused rather than stripped: a path is code, not user text.
  if (/[\x00-\x20\x7f]/.test(path)) {
    throw new SipgateIOValidationError(
      'path',
      'must not contain spaces or control characters (TAB, CR, LF…); percent-encode them, or pass query values in `query`.',
    );
  }
  requireWellFormed(path, 'path');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('\\')) {
    throw new SipgateIOValidationError(
      'path',
      'must be relative to the base URL (e.g. "/history"), not an absolute URL.',
    );
  }
  // A `.` or `..` segment, also percent-encoded (`%2e%2e`) or after a backslash (which URL
  // parsers treat as '/'), would resolve outside the base URL's path (`/v2/../admin` is `/admin`).
  const segments = pathWithoutQuery(path).split(/[/\\]/);
  if (segments.some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) {
    throw new SipgateIOValidationError('path', 'must stay under the base URL: "." and ".." segments are not allowed.');
  }
  return path.startsWith('/') ? path : `/${path}`;
}

/** The path without its query string, for error messages and logs. */
export function pathWithoutQuery(path: string): string {
  const index = path.search(/[?#]/);
  return index === -1 ? path : path.slice(0, index);
}
