import type { AxiosAdapter, AxiosInstance, AxiosResponse } from 'axios';
import type { ApiRequestArgs, ApiResult, ApiRoute } from '../api/types';
import { ROUTE_TEMPLATE, sendRoute } from './internal/route';
import { CLIENT_AUTHORIZATION } from './internal/authorization';
import {
  createAuthorizationSource,
  credentialStrings,
  redactSecrets,
  type AuthCredentials,
  type AuthorizationSource,
} from './credentials';
import {
  SipgateIOAbortError,
  SipgateIOError,
  SipgateIOInvalidResponseError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
  errorFromResponse,
  type EstablishedMessages,
} from './errors';
import { CORE_MESSAGES, ESTABLISHED_MESSAGES } from '../compat/established-messages';
import { loadAxios } from './internal/lazy';
import { encodeQuery } from './internal/query';
import { normalisePath, pathWithoutQuery } from './internal/path';
import { expectList } from './internal/response';
import { encodeJsonBody } from './internal/body';
import { connectionError, networkErrorCode } from './internal/connection-error';
import { parseRetryAfter, retryDelay, shouldRetry, type AttemptFailure } from './retry';
import { rejectUnknownKeys, requireTimeout } from './internal/validate';
import { SDK_NAME, SDK_VERSION } from './version';
import { createInProcessLock, type SipgateIOLock } from './lock';
import { checkTracing, type OperationTrace, type SipgateIOTracing } from './tracing';

/** The production API. */
export const DEFAULT_BASE_URL = 'https://api.sipgate.com/v2';
/** Per-attempt timeout when none is given, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Retries after the first attempt when none is given. */
export const DEFAULT_MAX_RETRIES = 2;
/** Largest response body read by default: 32 MiB, far above any sipgate answer. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const CLIENT_OPTION_KEYS = [
  'baseUrl',
  'timeout',
  'maxRetries',
  'headers',
  'maxResponseBytes',
  'defaultCountry',
  'logger',
  'onRequest',
  'onResponse',
  'adapter',
  'axiosInstance',
  'lock',
  'tracing',
] as const satisfies ReadonlyArray<keyof SipgateIOClientOptions>;
const REQUEST_OPTION_KEYS = [
  'signal',
  'timeout',
  'headers',
  'query',
  'maxRetries',
  'params',
] as const satisfies ReadonlyArray<keyof RequestOptions>;
// `delete` takes its body in the options (`body`, or axios's `data`); the client strips both before the check.
const CLIENT_HOME = 'a client option (the second argument of sipgateIO)';
const CREDENTIAL_HOME = 'a credential (the first argument of sipgateIO)';
const REQUEST_HOME = 'a per-request option (the last argument of each call)';
const homes = (keys: readonly string[], home: string): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, home]));
/** Where a key put into the wrong argument belongs, for the hint in the error; one map per argument. */
const MISPLACED_IN = {
  credentials: homes(CLIENT_OPTION_KEYS, CLIENT_HOME),
  clientOptions: {
    ...homes(['tokenId', 'token', 'username', 'password'], CREDENTIAL_HOME),
    ...homes(['signal', 'query', 'params'], REQUEST_HOME),
  },
  requestOptions: {
    ...homes(
      CLIENT_OPTION_KEYS.filter((key) => !(REQUEST_OPTION_KEYS as readonly string[]).includes(key)),
      CLIENT_HOME,
    ),
    ...homes(['tokenId', 'token', 'username', 'password'], CREDENTIAL_HOME),
  },
};

/** An HTTP header name: RFC 9110 token characters only. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Refuses header names and values that HTTP cannot carry, before anything is sent: a CR or LF
 * in a value could smuggle a second header (or request) into the connection, and Node rejects
 * an invalid name only when the request is already under way.
 */
function checkHeaders(headers: unknown, field: string): Record<string, string> {
  if (headers === undefined) return {};
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers))
    throw new SipgateIOValidationError(field, 'must be an object of header names to string values.');
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name))
      throw new SipgateIOValidationError(
        field,
        "has a header name with characters HTTP does not allow (letters, digits and !#$%&'*+.^_`|~- only).",
      );
    if (typeof value !== 'string') throw new SipgateIOValidationError(`${field}.${name}`, 'must be a string.');
    if (/[\r\n\0]/.test(value))
      throw new SipgateIOValidationError(`${field}.${name}`, 'must not contain line breaks or NUL characters.');
  }
  return headers as Record<string, string>;
}

/** A query-string value; arrays are sent as repeated keys (`types=CALL&types=SMS`). */
export type QueryValue =
  string | number | boolean | Date | null | undefined | ReadonlyArray<string | number | boolean | Date>;
/** Query parameters for a request. `null` and `undefined` values are left out. */
export type QueryParams = Record<string, QueryValue>;

/** Per-request options, accepted as the last argument by every client and module method. */
export interface RequestOptions {
  /** Cancels the request (and any retries, and the wait for the access token) when aborted. */
  signal?: AbortSignal;
  /**
   * Timeout of each attempt in milliseconds, the wait for the access token included; overrides
   * the client's `timeout`.
   * @unit milliseconds
   */
  timeout?: number;
  /** Extra headers for this request. The Authorization header cannot be overridden. */
  headers?: Record<string, string>;
  /** Query parameters, encoded with repeated keys for arrays. */
  query?: QueryParams;
  /** Retries after the first attempt for this request; overrides the client's `maxRetries`. */
  maxRetries?: number;
  /**
   * The established library's (axios) name for `query`, accepted so existing calls keep working.
   * @deprecated Use `query`.
   */
  params?: QueryParams;
}

/** What the modules pass: request options plus the established library's fixed error texts (see established.ts). */
interface InternalRequestOptions extends RequestOptions {
  [ESTABLISHED_MESSAGES]?: EstablishedMessages;
  /** The contract route the call came from (`client.request`, module methods), for traces. */
  [ROUTE_TEMPLATE]?: string;
}

/** A debug logger; any subset of the levels may be given. Messages and details never contain secrets. */
export interface SipgateIOLogger {
  /** Each request, response and retry (method, path, attempt, status). */
  debug?(message: string, details?: Record<string, unknown>): void;
  /** Skipped CSV records, a hook that threw, and similar things worth a look. */
  warn?(message: string, details?: Record<string, unknown>): void;
  /** Failures the SDK could not report by throwing (e.g. restoring the default SMS sender after a send). */
  error?(message: string, details?: Record<string, unknown>): void;
}

/** What `onRequest` sees: the Authorization header is replaced by `[REDACTED]`. */
export interface RequestEvent {
  method: string;
  /** Path relative to the base URL, without the query string. */
  path: string;
  /** 1 for the first attempt. */
  attempt: number;
  headers: Record<string, string>;
}

/** What `onResponse` sees after every attempt that got a response. */
export interface ResponseEvent {
  method: string;
  path: string;
  attempt: number;
  status: number;
  /** @unit milliseconds */
  durationMs: number;
}

/** Options of {@link sipgateIO}. */
export interface SipgateIOClientOptions {
  /**
   * API base URL. Defaults to the `SIPGATE_API_URL` environment variable in Node, else
   * `https://api.sipgate.com/v2`.
   */
  baseUrl?: string;
  /**
   * Timeout of each attempt, from asking for the access token to the end of the answer.
   * @default 30000
   * @unit milliseconds
   */
  timeout?: number;
  /**
   * Retries after the first attempt for retryable failures; 0 disables retries.
   * @default 2
   */
  maxRetries?: number;
  /** Headers added to every request. The Authorization header cannot be overridden. */
  headers?: Record<string, string>;
  /**
   * Largest response body read; a larger one fails with `SipgateIOInvalidResponseError` instead of
   * filling memory. Far above any sipgate answer. Enforced in Node (axios's http adapter).
   * @default 33554432 (32 MiB)
   * @unit bytes
   */
  maxResponseBytes?: number;
  /**
   * Country assumed for phone numbers given without a country code (ISO 3166-1 alpha-2).
   * @default 'DE'
   */
  defaultCountry?: string;
  /** Receives debug, warning and error messages. Never given secrets. */
  logger?: SipgateIOLogger;
  /** Called before every attempt, with the Authorization header redacted. */
  onRequest?: (event: RequestEvent) => void;
  /** Called after every attempt that received a response. */
  onResponse?: (event: ResponseEvent) => void;
  /** A custom axios adapter, e.g. for tests. */
  adapter?: AxiosAdapter;
  /** A custom axios instance; the SDK still sets its own headers, timeout and retry handling. */
  axiosInstance?: AxiosInstance;
  /**
   * Serialises the SDK's read-modify-write sequences on the account, such as the sender switch of
   * `sms.send({ from })`. The default holds within this process; when several processes share an
   * account, pass one that holds across them, e.g. `createRedisCallStore(redis).lock`.
   * @default an in-process lock
   */
  lock?: SipgateIOLock;
  /**
   * OpenTelemetry spans for every operation and attempt: pass `openTelemetry()` from
   * `sipgateio-sdk/tracing` (README "Tracing"). Off by default; the SDK's entries never load
   * `@opentelemetry/api` themselves.
   */
  tracing?: SipgateIOTracing;
}

/** The settings a client was created with (no secrets), for modules and debugging. */
export interface SipgateIOClientInfo {
  readonly baseUrl: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly defaultCountry: string;
}

/** The document `GET /authorization/userinfo` returns. */
export interface UserInfo {
  /** The authenticated web user's id, e.g. `w0`. */
  sub: string;
  domain?: string;
  masterSipId?: string;
  locale?: string;
}

/** Options of {@link SipgateIOClient.delete}: a DELETE may carry a JSON body in `body`. */
export interface DeleteRequestOptions extends RequestOptions {
  body?: unknown;
  /**
   * The established library's (axios) name for `body`.
   * @deprecated Use `body`.
   */
  data?: unknown;
}

/** A web user of the account (`GET /users`). */
export interface Webuser {
  id: string;
  firstname: string;
  lastname: string;
  email: string;
  defaultDevice: string;
  busyOnBusy: boolean | string;
  addressId: string;
  directDialIds: string[];
  timezone: string;
  admin: boolean | string;
}

/**
 * The core client: authenticated raw HTTP methods resolving to the parsed response body, plus
 * the account helpers every module needs. Pass it to the module factories
 * (`createSMSModule(client)` …), or call any REST endpoint directly.
 */
export interface SipgateIOClient {
  /**
   * GET a path relative to the base URL.
   * @example
   * ```ts
   * const { amount, currency } = await client.get<{ amount: number; currency: string }>('/balance');
   * ```
   */
  get<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  /**
   * POST a JSON body. Retried only when the failure proves the request was never sent, or on 429.
   * @example
   * ```ts
   * await client.post('/sessions/calls', { caller: 'e0', callee: '+4921165432' });
   * ```
   */
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  /**
   * PUT a JSON body.
   * @example
   * ```ts
   * await client.put('/calls/abc123/muted', { value: true });
   * ```
   */
  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  /**
   * PATCH a JSON body. Not retried on ambiguous failures (PATCH is not idempotent in general).
   * @example
   * ```ts
   * await client.patch('/settings/example', { enabled: true });
   * ```
   */
  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  /**
   * DELETE a path.
   * @example
   * ```ts
   * await client.delete('/calls/abc123');
   * ```
   */
  delete<T = unknown>(path: string, options?: DeleteRequestOptions): Promise<T>;
  /**
   * Any operation of sipgate's REST contract, typed from it: the route names the operation as
   * the contract does (`'METHOD /path/{param}'`), and its path parameters, query, body and
   * result are checked against the contract's types. Path parameters are percent-encoded and
   * refused when missing, empty, `.` or `..`; unknown ones are refused as typos. Auth, retries
   * (never repeating a send), timeouts, cancellation, hooks and errors are those of every call.
   * @example
   * ```ts
   * const { items } = await client.request('GET /{userId}/phonelines/{phonelineId}/forwardings', {
   *   path: { userId: 'w0', phonelineId: 'p0' },
   * });
   * ```
   */
  request<R extends ApiRoute>(route: R, ...args: ApiRequestArgs<R, RequestOptions>): Promise<ApiResult<R>>;
  /**
   * The authenticated web user's id (`sub` of `/authorization/userinfo`), cached after the first success.
   * @example
   * ```ts
   * const webuserId = await client.getAuthenticatedWebuserId(); // 'w0'
   * ```
   */
  getAuthenticatedWebuserId(options?: RequestOptions): Promise<string>;
  /**
   * The whole userinfo document of the authenticated user.
   * @example
   * ```ts
   * const { sub, locale } = await client.getUserInfo();
   * ```
   */
  getUserInfo(options?: RequestOptions): Promise<UserInfo>;
  /**
   * The account's web users.
   * @example
   * ```ts
   * const admins = (await client.getWebUsers()).filter((user) => user.admin);
   * ```
   */
  getWebUsers(options?: RequestOptions): Promise<Webuser[]>;
  /** The client's settings (no secrets). */
  readonly info: SipgateIOClientInfo;
  /** The configured logger, or one that discards everything. */
  readonly logger: Required<SipgateIOLogger>;
  /** The lock from `options.lock`, or this client's in-process one. */
  readonly lock: SipgateIOLock;
}

const noop = (): void => undefined;

function envBaseUrl(): string | undefined {
  // Read through globalThis so browser bundles neither crash nor polyfill `process`.
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const value = proc?.env?.SIPGATE_API_URL;
  return value && value.trim() !== '' ? value.trim() : undefined;
}

function checkBaseUrl(value: unknown): string {
  if (typeof value !== 'string') throw new SipgateIOValidationError('options.baseUrl', 'must be a string URL.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SipgateIOValidationError('options.baseUrl', 'is not an absolute URL (e.g. https://api.sipgate.com/v2).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SipgateIOValidationError('options.baseUrl', 'must use http or https.');
  }
  if (url.username || url.password) {
    throw new SipgateIOValidationError(
      'options.baseUrl',
      'must not contain credentials; pass them as the first argument.',
    );
  }
  if (url.search || url.hash)
    throw new SipgateIOValidationError('options.baseUrl', 'must not contain a query string or fragment.');
  return url.href.replace(/\/+$/, '');
}

function checkNonNegativeInteger(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new SipgateIOValidationError(field, 'must be a non-negative integer.');
  }
  return value;
}

function headerValue(headers: AxiosResponse['headers'], name: string): string | undefined {
  const value = (headers as Record<string, unknown>)[name.toLowerCase()];
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : undefined;
}

/** An ISO 8601 date-time, the only form sipgate sends dates in; the established library's test, kept for drop-in results. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-][\d:]*)?$/;

/**
 * JSON.parse reviver: date-time strings become `Date`s, as the established client delivered them
 * (`entry.created.getTime()` in code written for it must keep working).
 */
function reviveDates(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || value.length < 19 || value.length > 35 || !ISO_DATE_TIME.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

/**
 * Parses a response body by content type: JSON (dates revived on success), text (CSV…), or, when
 * empty, `''` for a success and `undefined` for an error.
 */
function parseBody(
  raw: unknown,
  contentType: string | undefined,
  strict: boolean,
  method: string,
  path: string,
): unknown {
  const text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  // An empty answer (204) resolves to '' as it did with the established library (axios's data).
  if (text.trim() === '') return strict ? '' : undefined;
  const type = (contentType ?? '').toLowerCase();
  const looksJson = type.includes('json') || (!type && /^\s*[{[]/.test(text));
  if (looksJson) {
    try {
      return strict ? JSON.parse(text, reviveDates) : (JSON.parse(text) as unknown);
    } catch {
      if (!strict) return text;
      throw new SipgateIOInvalidResponseError(
        `sipgate sent a malformed JSON response to ${method} ${path} (truncated or corrupted); the request may have been processed.`,
        { method, path },
      );
    }
  }
  if (strict && type.includes('html')) {
    throw new SipgateIOInvalidResponseError(
      `Expected JSON from ${method} ${path} but got an HTML page: check baseUrl (a proxy or captive portal may be answering).`,
      { method, path },
    );
  }
  return text;
}

function sleep(ms: number, signal: AbortSignal | undefined, method: string, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new SipgateIOAbortError(`${method} ${path} was aborted.`, { method, path }));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new SipgateIOAbortError(`${method} ${path} was aborted while waiting to retry.`, { method, path }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Whether the transport followed a redirect on its own. In Node axios never does
 * (`maxRedirects: 0`, a 3xx arrives as such). In browsers XMLHttpRequest follows every redirect
 * before anyone sees it; its `responseURL` (the URL the answer came from) is then not the one
 * requested. A fetch with `redirect: 'manual'` stops at a redirect with an opaque status 0.
 */
function followedRedirect(response: AxiosResponse, requestedHref: string): boolean {
  if (response.status === 0) return true;
  const transport = response.request as { responseURL?: unknown; redirected?: unknown } | undefined;
  if (transport?.redirected === true) return true;
  return (
    typeof transport?.responseURL === 'string' &&
    transport.responseURL !== '' &&
    transport.responseURL !== requestedHref
  );
}

/** `promise`, or the error `reason()` gives as soon as `signal` aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, reason: () => Error): Promise<T> {
  if (signal.aborted) return Promise.reject(reason());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(reason());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Creates a sipgate.io client. Validates the credentials and options; sends nothing.
 *
 * @param credentials `{ tokenId, token }` (personal access token), `{ token }` (OAuth access
 *   token or a function returning the current one) or `{ username, password }`.
 * @param options Base URL, timeout, retries, headers, logger and hooks.
 * @throws {SipgateIOValidationError} when a credential or option is malformed; the message
 *   names the field and never contains the secret.
 * @example
 * ```ts
 * import { sipgateIO, createSMSModule } from 'sipgateio-sdk';
 * const client = sipgateIO({ tokenId: 'token-ABC123', token: process.env.SIPGATE_TOKEN! });
 * console.log(await client.getAuthenticatedWebuserId());
 * ```
 */
export function sipgateIO(credentials: AuthCredentials, options: SipgateIOClientOptions = {}): SipgateIOClient {
  if (typeof credentials === 'object' && credentials !== null) {
    const given = credentials as unknown as Record<string, unknown>;
    const shape =
      'tokenId' in given
        ? ['tokenId', 'token']
        : 'username' in given || 'password' in given
          ? ['username', 'password']
          : ['token'];
    rejectUnknownKeys(credentials, shape, 'credentials', MISPLACED_IN.credentials);
  }
  const auth: AuthorizationSource = createAuthorizationSource(credentials);
  if (typeof options !== 'object' || options === null) {
    throw new SipgateIOValidationError('options', 'must be an object.');
  }
  rejectUnknownKeys(options, CLIENT_OPTION_KEYS, 'options', MISPLACED_IN.clientOptions);
  const baseUrl = checkBaseUrl(options.baseUrl ?? envBaseUrl() ?? DEFAULT_BASE_URL);
  const info: SipgateIOClientInfo = Object.freeze({
    baseUrl,
    timeout: requireTimeout(options.timeout, 'options.timeout', DEFAULT_TIMEOUT_MS),
    maxRetries: checkNonNegativeInteger(options.maxRetries, 'options.maxRetries', DEFAULT_MAX_RETRIES),
    defaultCountry: (options.defaultCountry ?? 'DE').toUpperCase(),
  });
  const logger: Required<SipgateIOLogger> = {
    debug: options.logger?.debug?.bind(options.logger) ?? noop,
    warn: options.logger?.warn?.bind(options.logger) ?? noop,
    error: options.logger?.error?.bind(options.logger) ?? noop,
  };
  const clientHeaders = { ...checkHeaders(options.headers, 'options.headers') };
  if (options.lock !== undefined && typeof (options.lock as { withLock?: unknown } | null)?.withLock !== 'function') {
    throw new SipgateIOValidationError(
      'options.lock',
      'must be an object with a withLock(key, task) method (e.g. createRedisCallStore(redis).lock).',
    );
  }
  const lock: SipgateIOLock = options.lock ?? createInProcessLock();
  const tracing = checkTracing(options.tracing, 'options.tracing');
  // Named in connection errors, so a misconfigured baseUrl shows at once (no path or query: they may carry ids).
  const host = new URL(baseUrl).host;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(maxResponseBytes) || maxResponseBytes < 1)
    throw new SipgateIOValidationError('options.maxResponseBytes', 'must be a positive integer (bytes).');
  // The secret strings of the last Authorization header, to redact from what responses echo.
  let secretsOf: { header: string; secrets: string[] } | undefined;

  let instance: Promise<AxiosInstance> | undefined;
  const getInstance = (): Promise<AxiosInstance> => {
    instance ??= options.axiosInstance
      ? Promise.resolve(options.axiosInstance)
      : loadAxios().then((axios) => axios.create(options.adapter ? { adapter: options.adapter } : {}));
    return instance;
  };

  const safeHook = <E>(hook: ((event: E) => void) | undefined, event: E): void => {
    if (!hook) return;
    try {
      hook(event);
    } catch (error) {
      logger.warn('sipgateio-sdk: a request hook threw; ignoring it', { message: (error as Error)?.message });
    }
  };

  function buildUrl(path: string, query: QueryParams | undefined): string {
    const url = `${baseUrl}${path}`;
    if (!query || Object.keys(query).length === 0) return url;
    const encoded = encodeQuery(query);
    if (encoded === '') return url;
    return `${url}${url.includes('?') ? '&' : '?'}${encoded}`;
  }

  /** `send`, inside an operation trace when tracing is on; `send` starts the trace once the input is checked. */
  async function request<T>(
    method: string,
    rawPath: string,
    body: unknown,
    requestOptions: InternalRequestOptions = {},
  ): Promise<T> {
    if (!tracing) return send<T>(method, rawPath, body, requestOptions, undefined);
    const traced: { trace?: OperationTrace } = {};
    try {
      const result = await send<T>(method, rawPath, body, requestOptions, traced);
      traced.trace?.end(undefined);
      return result;
    } catch (error) {
      traced.trace?.end(error);
      throw error;
    }
  }

  async function send<T>(
    method: string,
    rawPath: string,
    body: unknown,
    requestOptions: InternalRequestOptions,
    traced: { trace?: OperationTrace } | undefined,
  ): Promise<T> {
    rejectUnknownKeys(requestOptions, REQUEST_OPTION_KEYS, 'options', MISPLACED_IN.requestOptions);
    const path = normalisePath(rawPath);
    const shownPath = pathWithoutQuery(path);
    const timeout = requireTimeout(requestOptions.timeout, 'options.timeout', info.timeout);
    const maxRetries = checkNonNegativeInteger(requestOptions.maxRetries, 'options.maxRetries', info.maxRetries);
    const { signal } = requestOptions;
    const requestHeaders = checkHeaders(requestOptions.headers, 'options.headers');
    const abortError = (): SipgateIOAbortError =>
      new SipgateIOAbortError(`${method} ${shownPath} was aborted.`, { method, path: shownPath });
    if (signal?.aborted) throw abortError();

    const url = buildUrl(path, requestOptions.query ?? requestOptions.params);
    const requestedHref = new URL(url).href;
    const http = await getInstance();
    const data = body === undefined ? undefined : encodeJsonBody(body);
    let refreshedAfter401 = false;
    let rejectedHeader: string | undefined;
    const trace =
      traced && tracing
        ? (traced.trace = tracing.startOperation({
            method,
            path: url.slice(baseUrl.length),
            template: requestOptions[ROUTE_TEMPLATE],
            baseUrl,
          }))
        : undefined;

    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw abortError();
      const headers: Record<string, string> = {
        Accept: 'application/json',
        ...clientHeaders,
        ...requestHeaders,
        'X-Sipgate-Client': SDK_NAME,
        'X-Sipgate-Version': SDK_VERSION,
      };
      if (data !== undefined) headers['Content-Type'] = 'application/json';
      for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
      const attemptTrace = trace?.attempt(attempt, headers);
      safeHook(options.onRequest, {
        method,
        path: shownPath,
        attempt,
        headers: { ...headers, Authorization: '[REDACTED]' },
      });
      logger.debug('sipgateio-sdk request', { method, path: shownPath, attempt });

      // One controller per attempt, fired by our timer or by the caller's signal. It bounds the
      // wait for the Authorization header too: a token provider (or an OAuth onTokens) that
      // never settles would otherwise hold the request forever.
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      const forwardAbort = (): void => controller.abort();
      signal?.addEventListener('abort', forwardAbort, { once: true });
      try {
        headers.Authorization = await untilAborted(auth.header(rejectedHeader), controller.signal, () =>
          timedOut
            ? // Final, not retried: nothing was sent, and asking a stuck provider again would only wait again.
              new SipgateIOTimeoutError(
                `${method} ${shownPath} timed out after ${timeout} ms waiting for the access token (the token provider did not settle); nothing was sent.`,
                { method, path: shownPath },
              )
            : abortError(),
        );
      } catch (caught) {
        clearTimeout(timer);
        signal?.removeEventListener('abort', forwardAbort);
        throw caught;
      }
      if (secretsOf?.header !== headers.Authorization)
        secretsOf = { header: headers.Authorization, secrets: credentialStrings(headers.Authorization) };
      const { secrets } = secretsOf;
      const started = Date.now();

      let failure: AttemptFailure;
      let error: SipgateIOError;
      let retryAfterMs: number | undefined;
      try {
        const response = await http.request<string>({
          url,
          method,
          data,
          headers,
          signal: controller.signal,
          responseType: 'text',
          transformResponse: [(raw: unknown) => raw],
          validateStatus: () => true,
          maxRedirects: 0,
          timeout: 0,
          maxContentLength: maxResponseBytes,
        });
        const status = response.status;
        attemptTrace?.response(status);
        safeHook(options.onResponse, { method, path: shownPath, attempt, status, durationMs: Date.now() - started });
        logger.debug('sipgateio-sdk response', { method, path: shownPath, attempt, status });
        if (followedRedirect(response, requestedHref)) {
          throw new SipgateIOInvalidResponseError(
            `${method} ${shownPath} was answered with a redirect; the SDK never uses a redirected answer, so a response from elsewhere cannot pass as sipgate's (a browser follows redirects itself before the SDK sees the answer). Check baseUrl.`,
            { method, path: shownPath },
          );
        }
        const contentType = headerValue(response.headers, 'content-type');
        if (status >= 200 && status < 300) {
          return parseBody(response.data, contentType, true, method, shownPath) as T;
        }
        const retryAfter = headerValue(response.headers, 'retry-after');
        retryAfterMs = parseRetryAfter(retryAfter);
        error = errorFromResponse(
          {
            status,
            method,
            path: shownPath,
            // A proxy or endpoint may echo the request, credentials included: never keep them.
            body: redactSecrets(parseBody(response.data, contentType, false, method, shownPath), secrets),
            retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
          },
          requestOptions[ESTABLISHED_MESSAGES],
        );
        if (status === 401 && auth.refreshable && !refreshedAfter401) {
          // The token provider may have a fresh token now: ask once more and repeat once.
          refreshedAfter401 = true;
          rejectedHeader = headers.Authorization;
          attempt -= 1;
          continue;
        }
        failure = { type: 'status', status };
      } catch (caught) {
        if (caught instanceof SipgateIOError) throw caught;
        if (signal?.aborted && !timedOut) throw abortError();
        if (/maxContentLength/.test(String((caught as Error)?.message))) {
          throw new SipgateIOInvalidResponseError(
            `The response to ${method} ${shownPath} is larger than maxResponseBytes (${maxResponseBytes} bytes); it was not read. Raise the client option maxResponseBytes if this is expected.`,
            { method, path: shownPath },
          );
        }
        if (timedOut) {
          failure = { type: 'timeout' };
          attemptTrace?.failed(failure);
          error = new SipgateIOTimeoutError(
            `${method} ${shownPath} timed out after ${timeout} ms` +
              (shouldRetry(method, failure) ? '.' : '; sipgate may still have processed it, so it was not repeated.'),
            { method, path: shownPath },
          );
        } else {
          const unreachable = connectionError(caught, {
            host,
            doing: `${method} ${shownPath}`,
            hint: 'check the network and baseUrl.',
            method,
            path: shownPath,
            notSentNote: 'The request was not sent.',
            keepCause: true,
          });
          failure = { type: 'connection', sent: unreachable.sent };
          attemptTrace?.failed({ type: 'connection', code: networkErrorCode(caught), sent: unreachable.sent });
          error = unreachable;
        }
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', forwardAbort);
        attemptTrace?.end();
      }

      const retriesUsed = attempt - 1;
      if (retriesUsed >= maxRetries || !shouldRetry(method, failure)) throw error;
      const delay = retryDelay(retriesUsed, retryAfterMs);
      attemptTrace?.retrying(delay, retryAfterMs !== undefined);
      logger.debug('sipgateio-sdk retry', { method, path: shownPath, attempt, delayMs: delay, kind: error.kind });
      await sleep(delay, signal, method, shownPath);
    }
  }

  // Concurrent first callers share one lookup; a failed lookup is forgotten so the next call retries.
  let webuserId: Promise<string> | undefined;

  async function getUserInfo(requestOptions?: RequestOptions): Promise<UserInfo> {
    const userInfo = await request<UserInfo>('GET', '/authorization/userinfo', undefined, {
      ...requestOptions,
      [ESTABLISHED_MESSAGES]: CORE_MESSAGES,
    });
    if (typeof userInfo !== 'object' || userInfo === null || typeof userInfo.sub !== 'string' || userInfo.sub === '') {
      throw new SipgateIOInvalidResponseError('GET /authorization/userinfo returned no user id (sub).', {
        method: 'GET',
        path: '/authorization/userinfo',
        body: userInfo,
      });
    }
    return userInfo;
  }

  const client: SipgateIOClient = {
    get: (path, requestOptions) => request('GET', path, undefined, requestOptions),
    post: (path, body, requestOptions) => request('POST', path, body, requestOptions),
    put: (path, body, requestOptions) => request('PUT', path, body, requestOptions),
    patch: (path, body, requestOptions) => request('PATCH', path, body, requestOptions),
    delete: (path, requestOptions) => {
      const { body, data, ...rest } = requestOptions ?? {};
      return request('DELETE', path, body ?? data, rest);
    },
    request: (route, ...args) =>
      sendRoute(client, route, args[0] as Parameters<typeof sendRoute>[2], args[1]) as Promise<never>,
    getUserInfo,
    async getWebUsers(requestOptions) {
      return expectList<Webuser>(
        await request('GET', '/users', undefined, { ...requestOptions, [ESTABLISHED_MESSAGES]: CORE_MESSAGES }),
        'GET',
        '/users',
      );
    },
    getAuthenticatedWebuserId(requestOptions) {
      if (!webuserId) {
        const lookup = getUserInfo(requestOptions).then((userInfo) => userInfo.sub);
        webuserId = lookup;
        lookup.catch(() => {
          if (webuserId === lookup) webuserId = undefined;
        });
      }
      return webuserId;
    },
    info,
    logger,
    lock,
  };
  Object.defineProperty(client, CLIENT_AUTHORIZATION, { value: auth });
  return client;
}
