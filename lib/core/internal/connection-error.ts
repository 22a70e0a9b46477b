/**
 * "A network failure → SipgateIOConnectionError", once for the REST client (axios), the OAuth
 * client and the call simulator (fetch). Each names the host and what it was doing, keeps only
 * the system error code (never the low-level error, whose config may hold credentials) and
 * decides `sent` by the same rule.
 */
import { SipgateIOConnectionError } from '../errors';
import { provesNotSent } from '../retry';

/**
 * The system error code (`ECONNREFUSED`, `ENOTFOUND`, …) of a failed request: fetch puts it on
 * the `cause` of its TypeError; axios on the error and on its `cause`.
 *
 * @example
 * ```ts
 * networkErrorCode(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })); // 'ECONNREFUSED'
 * ```
 */
export function networkErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  // ERR_CANCELED is axios's own abort, not a system code: the error's own code says more.
  if (typeof cause?.code === 'string' && cause.code !== 'ERR_CANCELED') return cause.code;
  return typeof code === 'string' ? code : undefined;
}

/** What a site says about a failure it could not get past the network. */
export interface UnreachableContext {
  /** The host (with port) that could not be reached. */
  host: string;
  /** What the request was for, e.g. `POST /sessions/sms` or `the token refresh`. */
  doing: string;
  /** The advice after the colon, e.g. `check the network and baseUrl.` */
  hint: string;
  method?: string;
  path?: string;
  /** Appended when the code proves the request never left the machine (the REST client says so: a POST may then be repeated). */
  notSentNote?: string;
  /** Keep a secret-free stand-in for the low-level error as `cause`. */
  keepCause?: boolean;
}

/**
 * The typed error for a request that failed below HTTP: `Could not reach <host> for <doing>
 * (<code>): <hint>`. `sent` is `false` only when the code proves nothing was sent.
 *
 * @example
 * ```ts
 * throw connectionError(caught, { host: url.host, doing: 'the newCall request', hint: 'is the app running?' });
 * ```
 */
export function connectionError(error: unknown, context: UnreachableContext): SipgateIOConnectionError {
  const code = networkErrorCode(error);
  const sent = !provesNotSent(code);
  const note = !sent && context.notSentNote ? ` ${context.notSentNote}` : '';
  const message = `Could not reach ${context.host} for ${context.doing}${code ? ` (${code})` : ''}: ${context.hint}${note}`;
  return new SipgateIOConnectionError(message, {
    ...(context.method === undefined ? {} : { method: context.method }),
    ...(context.path === undefined ? {} : { path: context.path }),
    sent,
    ...(context.keepCause ? { cause: networkCause(code) } : {}),
  });
}

/** A secret-free stand-in for a low-level error, so errors never carry the axios config. */
function networkCause(code: string | undefined): Error {
  const cause = new Error(code ? `network error ${code}` : 'network error');
  cause.name = 'NetworkError';
  return cause;
}
