/**
 * One error hierarchy for everything the SDK throws.
 *
 * Every error is a {@link SipgateIOError}, so one `instanceof` check catches them all; the
 * subclasses (and the `kind` discriminant, for code that prefers a `switch`) say what went
 * wrong. Errors never hold the axios config, the request headers or the credentials: they keep
 * only the HTTP method, the path (no host, no query string) and the parsed response body, and
 * they define `toJSON` and a custom `util.inspect` view so that logging an error cannot leak a
 * token.
 */

/** What went wrong, as a string union usable in a `switch`. */
export type SipgateIOErrorKind =
  | 'validation'
  | 'connection'
  | 'timeout'
  | 'aborted'
  | 'bad_request'
  | 'authentication'
  | 'insufficient_funds'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'server'
  | 'invalid_response'
  | 'http'
  | 'partial_failure'
  | 'oauth'
  | 'unsupported'
  | 'call_flow';

/** Fields shared by every {@link SipgateIOError}; all optional because client-side errors have no HTTP exchange. */
export interface SipgateIOErrorDetails {
  /** HTTP status of the response, when there was one. */
  status?: number;
  /** HTTP method of the request, upper case. */
  method?: string;
  /** Request path relative to the base URL, without host or query string. */
  path?: string;
  /** Parsed response body (JSON object, text or `undefined`). */
  body?: unknown;
  /** sipgate's machine-readable error code, when the body carries one. */
  code?: string;
  /** sipgate's human-readable error message, when the body carries one. */
  apiMessage?: string;
  /** Seconds the server asked us to wait (`Retry-After`), when given. */
  retryAfter?: number;
  /** The underlying failure, already stripped of any request configuration. */
  cause?: unknown;
  /**
   * This SDK's explanation, when `message` is a fixed text (e.g. `Unauthorized`) that code
   * written for `sipgateio` compares with.
   */
  detail?: string;
}

/** The parts of an HTTP response an error keeps, shaped as on axios errors. */
export interface SipgateIOErrorResponse {
  readonly status: number;
  readonly data: unknown;
}

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * Base class of every error the SDK throws.
 *
 * @example
 * ```ts
 * try {
 *   await sms.send({ smsId: 's0', to: '+4915799912345', message: 'Hi' });
 * } catch (error) {
 *   if (error instanceof SipgateIOError) console.error(error.kind, error.status, error.message);
 * }
 * ```
 */
export class SipgateIOError extends Error {
  // Written out, not taken from the constructor: minifiers (ours for the CDN bundle, users' own)
  // rename classes, and `error.name` must stay the same everywhere.
  override name = 'SipgateIOError';
  /** Discriminant: what went wrong. */
  readonly kind: SipgateIOErrorKind;
  readonly status?: number;
  readonly method?: string;
  readonly path?: string;
  readonly body?: unknown;
  readonly code?: string;
  readonly apiMessage?: string;
  readonly retryAfter?: number;
  /** This SDK's explanation when `message` is a fixed text; see {@link SipgateIOErrorDetails.detail}. */
  readonly detail?: string;
  /**
   * `{ status, data }` of the HTTP response, read as on axios errors (`error.response?.status`).
   * Holds no headers and no request configuration.
   */
  declare readonly response?: SipgateIOErrorResponse;

  constructor(message: string, kind: SipgateIOErrorKind = 'http', details: SipgateIOErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.body = details.body;
    this.code = details.code;
    this.apiMessage = details.apiMessage;
    this.retryAfter = details.retryAfter;
    if (details.detail !== undefined) this.detail = details.detail;
    if (details.status !== undefined) {
      // Not enumerable: it repeats `status` and `body`, and must not double what logs and equality checks see.
      Object.defineProperty(this, 'response', {
        value: Object.freeze({ status: details.status, data: details.body }),
        enumerable: false,
      });
    }
    Object.setPrototypeOf(this, new.target.prototype);
    headStackWithReason(this, new.target);
  }

  /**
   * `Name: message`, followed by `detail` when `message` is a fixed text, so that `String(error)`
   * and template strings show the reason too.
   * @example
   * ```ts
   * String(error); // 'SipgateIOAuthenticationError: Unauthorized — Authentication failed for GET /authorization/userinfo (401). …'
   * ```
   */
  override toString(): string {
    return this.detail === undefined || this.detail === this.message
      ? `${this.name}: ${this.message}`
      : `${this.name}: ${this.message} — ${this.detail}`;
  }

  /**
   * A plain, secret-free representation for logs and `JSON.stringify`.
   * @example
   * ```ts
   * logger.error('send failed', error.toJSON()); // no token, no Authorization header
   * ```
   */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, kind: this.kind, message: this.message };
    for (const key of ['status', 'method', 'path', 'code', 'apiMessage', 'retryAfter', 'detail', 'body'] as const) {
      if (this[key] !== undefined) json[key] = this[key];
    }
    const cause = (this as { cause?: unknown }).cause;
    if (cause instanceof Error) json.cause = { name: cause.name, message: cause.message };
    return json;
  }

  /**
   * Node's `util.inspect` shows the same safe fields as {@link SipgateIOError.toJSON}, plus the stack.
   * @example
   * ```ts
   * console.log(error); // SipgateIOAuthenticationError: Unauthorized … {"kind":"authentication","status":401,…}
   * ```
   */
  [inspectSymbol](): string {
    // `detail` already heads the stack (see toString); the JSON adds the remaining fields.
    const { name: _name, message: _message, detail: _detail, ...rest } = this.toJSON();
    const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
    return `${this.stack ?? this.toString()}${extra}`;
  }
}

/**
 * Makes `error.stack` start with {@link SipgateIOError.toString} (so the reason shows where only
 * the stack is printed: uncaught errors, most loggers) above the frames of where it was made.
 * The first line is written when the stack is read, not here: subclasses set their `name` after
 * this constructor has run. Engines without `Error.captureStackTrace` (Firefox, Safari) print
 * no header line in their stacks and keep their own.
 */
function headStackWithReason(error: SipgateIOError, constructor: Function): void {
  const capture = (Error as { captureStackTrace?: (target: object, constructor?: Function) => void }).captureStackTrace;
  if (typeof capture !== 'function') return;
  // Formatted lazily by V8 on first read; the holder's own header line ("Error") is dropped.
  const trace: { stack?: string } = {};
  capture(trace, constructor);
  Object.defineProperty(error, 'stack', {
    configurable: true,
    enumerable: false,
    get(): string {
      const frames = String(trace.stack ?? '');
      const firstFrame = frames.indexOf('\n');
      return error.toString() + (firstFrame === -1 ? '' : frames.slice(firstFrame));
    },
    set(value: unknown) {
      Object.defineProperty(error, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
  });
}

/**
 * Input rejected before any request was sent (bad phone number, date, credential shape…). The
 * message names the field and the problem but never repeats the value: a secret passed into the
 * wrong argument must not end up in an error or a log.
 *
 * @example
 * ```ts
 * try { await sms.send({ smsId: 's0', to: 'not a number', message: 'Hi' }); }
 * catch (error) { if (error instanceof SipgateIOValidationError) console.log(error.field); }
 * ```
 */
export class SipgateIOValidationError extends SipgateIOError {
  override name = 'SipgateIOValidationError';
  /** Name of the offending input field, e.g. `to` or `credentials.tokenId`. */
  readonly field: string;
  /**
   * @param field the offending input, e.g. `to`.
   * @param message what is wrong with it, without repeating the value.
   * @param establishedMessage a fixed text for this refusal (lib/compat): it becomes `message`,
   *   and ours `detail`.
   */
  constructor(field: string, message: string, establishedMessage?: string) {
    const explanation = `Invalid ${field}: ${message}`;
    super(
      establishedMessage ?? explanation,
      'validation',
      establishedMessage === undefined ? {} : { detail: explanation },
    );
    this.field = field;
  }
  /**
   * The base fields plus this class's own (see {@link SipgateIOError.toJSON}).
   * @example
   * ```ts
   * logger.error('send failed', error.toJSON()); // no token, no Authorization header
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), field: this.field };
  }
}

/** The request could not reach sipgate (DNS, refused, reset). `sent` tells whether it may have been delivered. */
export class SipgateIOConnectionError extends SipgateIOError {
  override name = 'SipgateIOConnectionError';
  /** `false` only when the failure proves the request never left the machine (e.g. connection refused). */
  readonly sent: boolean;
  constructor(message: string, details: SipgateIOErrorDetails & { sent: boolean }) {
    super(message, 'connection', details);
    this.sent = details.sent;
  }
}
/** The request took longer than its `timeout`. */
export class SipgateIOTimeoutError extends SipgateIOError {
  override name = 'SipgateIOTimeoutError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'timeout', details);
  }
}
/** The caller's `AbortSignal` fired. */
export class SipgateIOAbortError extends SipgateIOError {
  override name = 'SipgateIOAbortError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'aborted', details);
  }
}
/** 400: sipgate rejected the request's content. */
export class SipgateIOBadRequestError extends SipgateIOError {
  override name = 'SipgateIOBadRequestError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'bad_request', details);
  }
}
/** 401: the credentials were not accepted. */
export class SipgateIOAuthenticationError extends SipgateIOError {
  override name = 'SipgateIOAuthenticationError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'authentication', details);
  }
}
/** 402: the account balance does not cover the operation. */
export class SipgateIOInsufficientFundsError extends SipgateIOError {
  override name = 'SipgateIOInsufficientFundsError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'insufficient_funds', details);
  }
}
/** 403: the token lacks a scope, or the user may not use this resource. */
export class SipgateIOPermissionError extends SipgateIOError {
  override name = 'SipgateIOPermissionError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'permission', details);
  }
}
/** 404: the resource does not exist (for RTCM: the call has ended). */
export class SipgateIONotFoundError extends SipgateIOError {
  override name = 'SipgateIONotFoundError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'not_found', details);
  }
}
/** 409: the request conflicts with the resource's current state. */
export class SipgateIOConflictError extends SipgateIOError {
  override name = 'SipgateIOConflictError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'conflict', details);
  }
}
/** 429: too many requests; see `retryAfter`. */
export class SipgateIORateLimitError extends SipgateIOError {
  override name = 'SipgateIORateLimitError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'rate_limited', details);
  }
}
/** 5xx: sipgate failed to process the request. */
export class SipgateIOServerError extends SipgateIOError {
  override name = 'SipgateIOServerError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'server', details);
  }
}
/** The response could not be understood (truncated JSON, HTML where JSON was expected, unexpected redirect). */
export class SipgateIOInvalidResponseError extends SipgateIOError {
  override name = 'SipgateIOInvalidResponseError';
  constructor(message: string, details: SipgateIOErrorDetails = {}) {
    super(message, 'invalid_response', details);
  }
}

/** One failed item of a bulk operation. */
export interface SipgateIOItemFailure {
  id: string;
  error: SipgateIOError;
}

/** A bulk operation (e.g. deleting every shared contact) where some items failed; `failures` lists them. */
export class SipgateIOPartialFailureError extends SipgateIOError {
  override name = 'SipgateIOPartialFailureError';
  readonly failures: SipgateIOItemFailure[];
  readonly succeeded: number;
  constructor(message: string, failures: SipgateIOItemFailure[], succeeded: number) {
    super(message, 'partial_failure');
    this.failures = failures;
    this.succeeded = succeeded;
  }
  /**
   * The base fields plus this class's own (see {@link SipgateIOError.toJSON}).
   * @example
   * ```ts
   * logger.error('send failed', error.toJSON()); // no token, no Authorization header
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      succeeded: this.succeeded,
      failures: this.failures.map(({ id, error }) => ({ id, error: error.toJSON() })),
    };
  }
}

/** What the pipeline knows about a failed HTTP exchange when it builds the error. */
export interface HttpFailure {
  status: number;
  method: string;
  path: string;
  body: unknown;
  retryAfter?: number;
}

function readApiFields(body: unknown): { code?: string; apiMessage?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const pick = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === 'string' && value.trim() !== '') return value;
      if (typeof value === 'number') return String(value);
    }
    return undefined;
  };
  return {
    code: pick('code', 'error', 'errorCode'),
    apiMessage: pick('message', 'detail', 'error_description', 'title'),
  };
}

/**
 * Maps an HTTP error status to the matching error class, with a message that tells the user
 * what to do. The single place where status codes become classes.
 *
 * @example
 * ```ts
 * errorFromResponse({ status: 402, method: 'POST', path: '/sessions/sms', body: {} }); // SipgateIOInsufficientFundsError
 * ```
 */
export function errorFromResponse(failure: HttpFailure, establishedMessages?: EstablishedMessages): SipgateIOError {
  const { status, method, path } = failure;
  const api = readApiFields(failure.body);
  const where = `${method} ${path}`;
  const said = api.apiMessage ? ` sipgate says: "${api.apiMessage}".` : '';
  const fixed = establishedMessages?.[status];
  const details: SipgateIOErrorDetails = { ...failure, ...api };
  // With a fixed text, that text is the message and ours moves to `detail`.
  const make = <E extends SipgateIOError>(
    Class: new (message: string, details: SipgateIOErrorDetails) => E,
    text: string,
  ): E => (fixed === undefined ? new Class(text, details) : new Class(fixed, { ...details, detail: text }));
  if (status === 400)
    return make(
      SipgateIOBadRequestError,
      `sipgate rejected ${where} as invalid (400).${said} Check the request fields.`,
    );
  if (status === 401) {
    return make(
      SipgateIOAuthenticationError,
      `Authentication failed for ${where} (401). Check tokenId and token, or refresh the OAuth access token.${said}`,
    );
  }
  if (status === 402)
    return make(
      SipgateIOInsufficientFundsError,
      `Insufficient funds for ${where} (402). Top up the sipgate account balance.${said}`,
    );
  if (status === 403) {
    return make(
      SipgateIOPermissionError,
      `Permission denied for ${where} (403): the token lacks the scope for this endpoint, or the user may not use this resource.${said}`,
    );
  }
  if (status === 404)
    return make(SipgateIONotFoundError, `Not found: ${where} (404). Check the id in the path.${said}`);
  if (status === 409)
    return make(SipgateIOConflictError, `Conflict for ${where} (409): the resource changed or already exists.${said}`);
  if (status === 429) {
    const wait =
      failure.retryAfter !== undefined ? ` Retry after ${failure.retryAfter} s.` : ' Slow down and retry later.';
    return make(SipgateIORateLimitError, `Rate limited on ${where} (429).${wait}${said}`);
  }
  if (status >= 500)
    return make(SipgateIOServerError, `sipgate failed to process ${where} (${status}). Try again later.${said}`);
  if (status >= 300 && status < 400) {
    return make(
      SipgateIOInvalidResponseError,
      `Unexpected redirect (${status}) for ${where}; the SDK never follows redirects, so credentials cannot be forwarded. Check baseUrl.`,
    );
  }
  const text = `Request ${where} failed with HTTP ${status}.${said}`;
  return fixed === undefined
    ? new SipgateIOError(text, 'http', details)
    : new SipgateIOError(fixed, 'http', { ...details, detail: text });
}

/** Fixed error texts by HTTP status (`Unauthorized`, `Fax was not found`, …); see lib/compat/README.md. */
export type EstablishedMessages = Readonly<Partial<Record<number, string>>>;

/** RTCM: the call no longer exists (it ended, or the id is wrong). */
export class SipgateIOCallNotFoundError extends SipgateIONotFoundError {
  override name = 'SipgateIOCallNotFoundError';
  /** The id of the call that was not found. */
  readonly callId: string;
  constructor(callId: string, details: SipgateIOErrorDetails = {}) {
    // A fixed text (lib/compat/README.md); ours is the detail.
    super('The requested Call could not be found', {
      ...details,
      detail: `Call ${callId} was not found: it has ended or the id is wrong.`,
    });
    this.callId = callId;
  }
}

/** Why a phone number cannot be used as the SMS sender. */
export type SmsSenderProblem = 'no_sms_extension' | 'not_registered' | 'not_verified';

/**
 * The requested SMS sender (`from`) cannot be used: the user has no SMS extension, the number is
 * not one of its caller IDs, or it is not verified yet.
 */
export class SipgateIOSmsSenderError extends SipgateIOValidationError {
  override name = 'SipgateIOSmsSenderError';
  readonly reason: SmsSenderProblem;
  constructor(reason: SmsSenderProblem, message: string, establishedMessage?: string) {
    super('from', message, establishedMessage);
    this.reason = reason;
  }
  /**
   * The base fields plus this class's own (see {@link SipgateIOError.toJSON}).
   * @example
   * ```ts
   * logger.error('send failed', error.toJSON()); // no token, no Authorization header
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/** A fax was reported as failed by sipgate. */
export class SipgateIOFaxFailedError extends SipgateIOError {
  override name = 'SipgateIOFaxFailedError';
  readonly sessionId: string;
  constructor(sessionId: string) {
    super(
      `Fax ${sessionId} failed to send (sipgate reported FAILED). Check the recipient number and try again.`,
      'http',
    );
    this.sessionId = sessionId;
  }
}
