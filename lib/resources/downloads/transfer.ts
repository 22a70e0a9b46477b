/**
 * The transfer of a document, loaded on the first download. Not the client's JSON pipeline, which
 * reads whole text bodies: here the body is handed over as it arrives, counted against
 * `maxBytes`, with a timeout for the answer and for each part of it. Redirects are followed by
 * hand (at most five), with the credentials only where the caller's policy trusts the target.
 *
 * It imports nothing of the SDK at run time (types only) and gets the error classes and retry
 * rules it needs from index.ts, which has them anyway: a lazily loaded file that imported them
 * would make the CommonJS build move the whole REST client out of the main entry into a shared
 * chunk (one more file on every cold require()).
 */
import type { AuthorizationSource, credentialStrings, redactSecrets } from '../../core/credentials';
import type {
  errorFromResponse,
  SipgateIOAbortError,
  SipgateIOConnectionError,
  SipgateIOError,
  SipgateIOInvalidResponseError,
  SipgateIOTimeoutError,
} from '../../core/errors';
import type { AttemptFailure, parseRetryAfter, retryDelay, shouldRetry } from '../../core/retry';
import type { SipgateIODownload } from './downloads.types';

/** The SDK's pieces the transfer uses, handed over by index.ts. */
export interface TransferKit {
  SipgateIOAbortError: typeof SipgateIOAbortError;
  SipgateIOConnectionError: typeof SipgateIOConnectionError;
  SipgateIOInvalidResponseError: typeof SipgateIOInvalidResponseError;
  SipgateIOTimeoutError: typeof SipgateIOTimeoutError;
  errorFromResponse: typeof errorFromResponse;
  redactSecrets: typeof redactSecrets;
  credentialStrings: typeof credentialStrings;
  parseRetryAfter: typeof parseRetryAfter;
  retryDelay: typeof retryDelay;
  shouldRetry: typeof shouldRetry;
}

/** One checked download request. */
export interface Transfer {
  fetch: typeof fetch;
  url: URL;
  auth: AuthorizationSource;
  /** Whether a target may receive the credentials. */
  trusted: (target: URL) => boolean;
  /** The API's origin: plain http is followed there only. */
  apiOrigin: string;
  maxBytes: number;
  maxRetries: number;
  /** @unit milliseconds */
  timeout: number;
  signal: AbortSignal | undefined;
}

const MAX_REDIRECTS = 5;
/** Most of an error answer read for its message. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

const withoutQuery = (url: URL): string => `${url.origin}${url.pathname}`;

function sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(onAbort());
    const aborted = (): void => {
      clearTimeout(timer);
      reject(onAbort());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

/** Reads at most `limit` bytes of an error answer, as text. */
async function readSome(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(Math.min(total, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches a checked download request (see the module comment) and hands its body over as a stream.
 *
 * @example
 * ```ts
 * const download = await transfer(kit, { fetch, url, auth, trusted, apiOrigin, maxBytes, maxRetries: 2, timeout: 30_000, signal: undefined });
 * ```
 */
export async function transfer(kit: TransferKit, request: Transfer): Promise<SipgateIODownload> {
  const { auth, trusted, apiOrigin, maxBytes, maxRetries, timeout, signal } = request;
  let current = request.url;
  let withCredentials = true;
  let redirects = 0;
  let rejected: string | undefined;
  let refreshed = false;
  let secrets: string[] = [];
  const path = (): string => current.pathname;
  const abortError = (): SipgateIOAbortError =>
    new kit.SipgateIOAbortError(`GET ${path()} was aborted.`, { method: 'GET', path: path() });
  if (signal?.aborted) throw abortError();

  for (let attempt = 1; ; attempt += 1) {
    const headers: Record<string, string> = { Accept: '*/*' };
    if (withCredentials) {
      headers.Authorization = await auth.header(rejected);
      secrets = kit.credentialStrings(headers.Authorization);
    }
    // One controller for the answer and the body: fired by our timers or by the caller's signal.
    const controller = new AbortController();
    let timedOut = false;
    let timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
    const forward = (): void => controller.abort();
    signal?.addEventListener('abort', forward, { once: true });
    const release = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    };

    let response: Response;
    let failure: AttemptFailure;
    let error: SipgateIOError;
    let retryAfterMs: number | undefined;
    try {
      response = await request.fetch(current.href, { headers, redirect: 'manual', signal: controller.signal });
    } catch {
      release();
      if (signal?.aborted) throw abortError();
      failure = timedOut ? { type: 'timeout' } : { type: 'connection', sent: true };
      error = timedOut
        ? new kit.SipgateIOTimeoutError(`GET ${path()} got no answer within ${timeout} ms.`, {
            method: 'GET',
            path: path(),
          })
        : new kit.SipgateIOConnectionError(`Could not reach ${current.host} for GET ${path()}: check the network.`, {
            method: 'GET',
            path: path(),
            sent: true,
          });
      if (attempt - 1 >= maxRetries || !kit.shouldRetry('GET', failure)) throw error;
      await sleep(kit.retryDelay(attempt - 1, undefined), signal, abortError);
      continue;
    }

    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      release();
      await response.body?.cancel().catch(() => undefined);
      redirects += 1;
      if (redirects > MAX_REDIRECTS)
        throw new kit.SipgateIOInvalidResponseError(`GET ${path()} was redirected more than ${MAX_REDIRECTS} times.`, {
          method: 'GET',
          path: path(),
        });
      const next = new URL(location, current);
      if (next.protocol !== 'https:' && next.origin !== apiOrigin) {
        throw new kit.SipgateIOInvalidResponseError(
          `GET ${path()} was redirected to a plain-http URL on ${next.host}; not followed.`,
          { method: 'GET', path: path() },
        );
      }
      withCredentials = trusted(next);
      current = next;
      attempt -= 1;
      continue;
    }
    if (response.type === 'opaqueredirect') {
      release();
      throw new kit.SipgateIOInvalidResponseError(
        `GET ${path()} was redirected, and this runtime (a browser) hides where to: not followed.`,
        { method: 'GET', path: path() },
      );
    }
    if (response.status === 401 && withCredentials && auth.refreshable && !refreshed) {
      // The token provider may have a fresh token now: ask once more and repeat once.
      release();
      await response.body?.cancel().catch(() => undefined);
      refreshed = true;
      rejected = headers.Authorization;
      attempt -= 1;
      continue;
    }
    if (!response.ok) {
      const text = await readSome(response.body, MAX_ERROR_BODY_BYTES).catch(() => '');
      release();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      retryAfterMs = kit.parseRetryAfter(response.headers.get('retry-after'));
      error = kit.errorFromResponse({
        status: response.status,
        method: 'GET',
        path: path(),
        // A server may echo the request, credentials included: never keep them.
        body: kit.redactSecrets(body, secrets),
        retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
      });
      failure = { type: 'status', status: response.status };
      if (attempt - 1 >= maxRetries || !kit.shouldRetry('GET', failure)) throw error;
      await sleep(kit.retryDelay(attempt - 1, retryAfterMs), signal, abortError);
      continue;
    }

    const declared = response.headers.get('content-length');
    const contentLength = declared !== null && /^\d+$/.test(declared) ? Number(declared) : undefined;
    const tooLarge = (): SipgateIOInvalidResponseError =>
      new kit.SipgateIOInvalidResponseError(
        `GET ${path()} is larger than maxBytes (${maxBytes} bytes); it was not read. Raise the download option maxBytes if this is expected.`,
        {
          method: 'GET',
          path: path(),
        },
      );
    if (contentLength !== undefined && contentLength > maxBytes) {
      release();
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    clearTimeout(timer);
    const source = (response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() })).getReader();
    let received = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
        try {
          const { done, value } = await source.read();
          clearTimeout(timer);
          if (done) {
            release();
            return stream.close();
          }
          received += value.byteLength;
          if (received > maxBytes) {
            release();
            await source.cancel().catch(() => undefined);
            return stream.error(tooLarge());
          }
          stream.enqueue(value);
        } catch {
          release();
          stream.error(
            signal?.aborted
              ? abortError()
              : timedOut
                ? new kit.SipgateIOTimeoutError(`GET ${path()}: no data for ${timeout} ms while reading the body.`, {
                    method: 'GET',
                    path: path(),
                  })
                : new kit.SipgateIOConnectionError(
                    `The connection to ${current.host} broke while reading GET ${path()}.`,
                    { method: 'GET', path: path(), sent: true },
                  ),
          );
        }
      },
      async cancel(reason) {
        release();
        await source.cancel(reason).catch(() => undefined);
      },
    });
    return {
      body,
      contentType: response.headers.get('content-type') ?? undefined,
      contentLength,
      url: withoutQuery(current),
    };
  }
}
