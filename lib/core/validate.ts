import { SipgateIOValidationError } from './errors';

/**
 * Small input checks shared by every module. Each throws a {@link SipgateIOValidationError}
 * naming the field, before any request is sent.
 */

/** A non-empty string (after trimming). Returns it unchanged. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new SipgateIOValidationError(field, 'must be a string.');
  if (value.trim() === '') throw new SipgateIOValidationError(field, 'must not be empty.');
  return value;
}

/** An absolute http(s) URL. Returns it unchanged. */
export function requireHttpUrl(value: unknown, field: string): string {
  const text = requireText(value, field);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SipgateIOValidationError(field, 'must be an absolute http(s) URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SipgateIOValidationError(field, 'must use http or https.');
  }
  return text;
}

/** A valid `Date` object. */
export function requireDate(value: unknown, field: string): Date {
  if (!(value instanceof Date)) throw new SipgateIOValidationError(field, 'must be a Date.');
  if (Number.isNaN(value.getTime())) throw new SipgateIOValidationError(field, 'is an invalid Date.');
  return value;
}

/** A boolean. */
export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new SipgateIOValidationError(field, 'must be true or false.');
  return value;
}

/** An integer in [min, max]. */
export function requireInteger(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `between ${min} and ${max}`;
    throw new SipgateIOValidationError(field, `must be an integer ${range}.`);
  }
  return value;
}

/**
 * Extension types of sipgate devices and lines: e (VoIP phone), p (phoneline), x (external
 * phone), y (mobile), w (web user), s (SMS), f (fax), g (group), h (voicemail)…
 */
export type ExtensionType = 'e' | 'p' | 'x' | 'y' | 'w' | 's' | 'f' | 'g' | 'h' | 'v';

const EXTENSION_PATTERN = /^([a-z])(\d+)$/;

/**
 * Whether a value looks like a sipgate extension (`e0`, `p12`…), of any type.
 *
 * @example
 * ```ts
 * isExtension('e14'); // true
 * ```
 */
export function isExtension(value: unknown): value is string {
  return typeof value === 'string' && EXTENSION_PATTERN.test(value);
}

/**
 * Validates a sipgate extension id of one of the allowed types.
 *
 * @example
 * ```ts
 * validateExtension('e14', 'deviceId', ['e', 'p', 'x', 'y']); // 'e14'
 * ```
 */
export function validateExtension(value: unknown, field: string, allowed: readonly ExtensionType[]): string {
  const text = requireText(value, field).trim();
  const match = EXTENSION_PATTERN.exec(text);
  if (!match || !allowed.includes(match[1] as ExtensionType)) {
    throw new SipgateIOValidationError(
      field,
      `is not an extension of type ${allowed.join(', ')} (a letter followed by digits, e.g. ${allowed[0]}0).`,
    );
  }
  return text;
}
