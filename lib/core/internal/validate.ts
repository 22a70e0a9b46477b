import { SipgateIOValidationError } from '../errors';

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

/** Edit distance, for "did you mean" hints between short option names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/**
 * Refuses keys an options object does not know. In JavaScript a misspelt option (`baseURL`) or
 * one put into the wrong argument (`baseUrl` inside the credentials) would otherwise be ignored
 * silently, and a test meant for a local mock would talk to production.
 *
 * @param value the object as given (anything else is left to the caller's own checks).
 * @param known the keys it may have.
 * @param where how the object is named in messages, e.g. `options` or `credentials`.
 * @param elsewhere keys that belong in another argument, with where they belong.
 * @throws {SipgateIOValidationError} naming the key and, when it can tell, where it belongs.
 * @example
 * ```ts
 * rejectUnknownKeys({ baseURL: 'http://localhost' }, ['baseUrl', 'timeout'], 'options');
 * // SipgateIOValidationError: Invalid options.baseURL: is not an option here; did you mean `baseUrl`?
 * ```
 */
export function rejectUnknownKeys(
  value: unknown,
  known: readonly string[],
  where: string,
  elsewhere: Readonly<Record<string, string>> = {},
): void {
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const misplaced = Object.keys(elsewhere).find((name) => name.toLowerCase() === key.toLowerCase());
    if (misplaced !== undefined) {
      throw new SipgateIOValidationError(
        `${where}.${key}`,
        `does not belong here; did you mean \`${misplaced}\`, ${elsewhere[misplaced]}?`,
      );
    }
    const close = known
      .map((name) => {
        const [a, b] = [name.toLowerCase(), key.toLowerCase()];
        // A shared stem (`maxRetry` for `maxRetries`) counts as close as a typo.
        let common = 0;
        while (common < a.length && a[common] === b[common]) common += 1;
        const stem = common >= 5 && common >= Math.min(a.length, b.length) - 2;
        return { name, cost: a === b ? 0 : stem ? 1 : distance(a, b) };
      })
      .filter(({ cost }) => cost <= Math.max(1, Math.floor(key.length / 4)))
      .sort((a, b) => a.cost - b.cost)[0];
    const hint = close ? ` did you mean \`${close.name}\`?` : ` Known: ${known.join(', ')}.`;
    throw new SipgateIOValidationError(`${where}.${key}`, `is not an option here;${hint}`);
  }
}

/** A timeout in milliseconds: a positive number, or `fallback` when not given. */
export function requireTimeout(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new SipgateIOValidationError(field, 'must be a positive number of milliseconds.');
  }
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

export function requireDate(value: unknown, field: string): Date {
  if (!(value instanceof Date)) throw new SipgateIOValidationError(field, 'must be a Date.');
  if (Number.isNaN(value.getTime())) throw new SipgateIOValidationError(field, 'is an invalid Date.');
  return value;
}

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
