/**
 * The retry policy, as small pure functions the pipeline calls. Kept apart from HTTP so each
 * rule can be tested alone.
 *
 * The rule that matters most: a POST (send an SMS, a fax, start a call) is retried only when the
 * failure proves sipgate never received it. sipgate has no idempotency keys, so after a timeout,
 * a reset connection or a 5xx we cannot know whether the message went out, and a second SMS or
 * call is worse than an error the caller can see.
 */

/** How an attempt failed, as far as the retry policy needs to know. */
export type AttemptFailure =
  { type: 'status'; status: number } | { type: 'connection'; sent: boolean } | { type: 'timeout' };

/** Methods that can be repeated without changing the outcome (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Connection error codes that prove the request never reached a server: the name did not
 * resolve, the route did not exist, or the connection was refused before any byte was sent.
 * A reset (ECONNRESET) or a broken pipe is *not* here: the server may have read the request.
 */
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
]);

/**
 * Whether a low-level error code proves the request was never sent.
 *
 * @example
 * ```ts
 * provesNotSent('ECONNREFUSED'); // true: safe to repeat even a POST
 * ```
 */
export function provesNotSent(code: string | undefined): boolean {
  return code !== undefined && NEVER_SENT_CODES.has(code);
}

/**
 * Whether the failed attempt may be repeated for this HTTP method.
 *
 * @example
 * ```ts
 * shouldRetry('POST', { type: 'timeout' }); // false: the SMS may already be out
 * ```
 */
export function shouldRetry(method: string, failure: AttemptFailure): boolean {
  const idempotent = IDEMPOTENT_METHODS.has(method.toUpperCase());
  switch (failure.type) {
    case 'status':
      // 429 means "not processed, come back later" for every method, POST included.
      if (failure.status === 429) return true;
      return idempotent && RETRYABLE_STATUSES.has(failure.status);
    case 'connection':
      return idempotent || !failure.sent;
    case 'timeout':
      // A timed-out POST may have been processed: never repeat it.
      return idempotent;
    default:
      return false;
  }
}

/** Backoff bounds, in milliseconds. */
export const BASE_DELAY_MS = 500;
export const MAX_DELAY_MS = 8_000;
/** The longest `Retry-After` we honour; longer waits are capped to this. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Exponential backoff with full jitter: a random delay in [0, min(cap, base·2^retry)).
 * Full jitter spreads clients that failed together (AWS Architecture Blog, "Exponential
 * Backoff And Jitter").
 *
 * @param retryNumber 0 for the first retry.
 * @param random a number in [0, 1), injectable for tests.
 *
 * @example
 * ```ts
 * backoffDelay(2); // a random wait below 2000 ms
 * ```
 */
export function backoffDelay(retryNumber: number, random: number = Math.random()): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retryNumber);
  return Math.floor(random * ceiling);
}

/**
 * Parses a `Retry-After` header (delay in seconds or an HTTP date) into milliseconds from `now`.
 * Returns `undefined` when absent or unparseable; never negative.
 *
 * @example
 * ```ts
 * parseRetryAfter('120'); // 120000
 * ```
 */
export function parseRetryAfter(value: string | undefined | null, now: number = Date.now()): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait before the next attempt: the server's `Retry-After` (capped) when given, else backoff.
 *
 * @example
 * ```ts
 * retryDelay(0, 3000); // 3000: the server's Retry-After wins
 * ```
 */
export function retryDelay(retryNumber: number, retryAfterMs: number | undefined, random?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  return backoffDelay(retryNumber, random);
}
