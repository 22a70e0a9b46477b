/**
 * The tracing hooks the request pipeline and the webhook core call, when a tracer is given. The
 * OpenTelemetry bridge that implements them (`openTelemetry()` from `sipgateio-sdk/tracing`) is a
 * separate entry: the SDK's own entries never import it nor `@opentelemetry/api`, so an app that
 * does not trace pays nothing, not even bundle bytes. Every value handed over is secret-free: no
 * header, no credential, no body.
 */
import { SipgateIOValidationError } from './errors';

/** One client operation (one call of `get`, `post`, `request`, a module method …), as the tracer sees it. */
export interface TracedOperation {
  /** `GET`, `POST` … */
  readonly method: string;
  /** The path relative to the base URL, with its query string, as sent. */
  readonly path: string;
  /** The contract's route template (`/{userId}/phonelines/{phonelineId}`) when the caller named the route. */
  readonly template: string | undefined;
  /** The client's base URL (`https://api.sipgate.com/v2`). */
  readonly baseUrl: string;
}

/** Why an attempt failed, for the attempt's span: an HTTP status or what happened on the wire. */
export type TracedFailure =
  | { type: 'status'; status: number }
  | { type: 'timeout' }
  | { type: 'connection'; code: string | undefined; sent: boolean };

/** The trace of one attempt (one HTTP request on the wire). */
export interface AttemptTrace {
  /**
   * A response arrived with this status.
   * @example `attempt.response(503);`
   */
  response(status: number): void;
  /**
   * The attempt failed on the wire (no response).
   * @example `attempt.failed({ type: 'timeout' });`
   */
  failed(failure: TracedFailure): void;
  /**
   * The pipeline will try again after `delayMs`.
   * @param retryAfter whether the wait is the server's `Retry-After` rather than backoff.
   * @example `attempt.retrying(500, false);`
   */
  retrying(delayMs: number, retryAfter: boolean): void;
  /**
   * The attempt is over.
   * @example `attempt.end();`
   */
  end(): void;
}

/** The trace of one client operation, which spans all its attempts and the waits between them. */
export interface OperationTrace {
  /**
   * An attempt starts. `headers` are the request's headers before the Authorization header is
   * added: a tracer told to propagate trace context may add `traceparent` to them.
   * @example `const attempt = operation.attempt(1, headers);`
   */
  attempt(attempt: number, headers: Record<string, string>): AttemptTrace;
  /**
   * The operation is over: `error` is what the caller gets, `undefined` on success.
   * @example `operation.end(undefined);`
   */
  end(error: unknown): void;
}

/** How the signature of a webhook request was judged. */
export type WebhookVerification = 'valid' | 'invalid' | 'missing' | 'skipped';

/** What a webhook trace learns once a request is verified and parsed (numbers still unmasked: the tracer masks them). */
export interface TracedWebhookEvent {
  /** `newCall`, `answer`, `hangup`, `dtmf`. */
  readonly event: string;
  /** The call's id (`''` when sipgate sent none). */
  readonly callId: string;
  /** `in` or `out`, where the event has one. */
  readonly direction?: string;
  /** The caller's number (E.164). */
  readonly from?: string;
  /** The called number (E.164). */
  readonly to?: string;
}

/** The trace of one webhook request. */
export interface WebhookTrace {
  /**
   * The signature check's verdict.
   * @example `webhook.verified('valid');`
   */
  verified(result: WebhookVerification): void;
  /**
   * The request was parsed into this event.
   * @example `webhook.event({ event: 'newCall', callId: 'c1', from: '+4915799912345' });`
   */
  event(event: TracedWebhookEvent): void;
  /**
   * The app's handler ran for this long.
   * @unit milliseconds
   * @example `webhook.handled(12);`
   */
  handled(durationMs: number): void;
  /**
   * The request was answered with this status; `reason` says why when it was refused.
   * @example `webhook.end(401, 'the X-Sipgate-Signature header is missing');`
   */
  end(status: number, reason?: string): void;
}

/**
 * Receives the SDK's traces: give one as the `tracing` option of `sipgateIO` and of the webhook
 * handlers. Create it with `openTelemetry()` from `sipgateio-sdk/tracing`.
 * @remarks The methods are called on every request while tracing is on, and must not throw.
 */
export interface SipgateIOTracing {
  /**
   * Starts the trace of one client operation.
   * @example `const operation = tracing.startOperation({ method: 'GET', path: '/balance', template: undefined, baseUrl });`
   */
  startOperation(operation: TracedOperation): OperationTrace;
  /**
   * Starts the trace of one webhook request. `serverAddress` is the handler's configured public URL.
   * @example `const webhook = tracing.startWebhook('https://example.com/webhook');`
   */
  startWebhook(serverAddress: string): WebhookTrace;
}

function isTracing(value: unknown): value is SipgateIOTracing {
  if (typeof value !== 'object' || value === null) return false;
  const { startOperation, startWebhook } = value as Record<string, unknown>;
  return typeof startOperation === 'function' && typeof startWebhook === 'function';
}

/**
 * Checks the `tracing` option: a tracer made by `openTelemetry()`, or nothing.
 *
 * @example
 * ```ts
 * const tracing = checkTracing(options.tracing, 'options.tracing'); // undefined when tracing is off
 * ```
 */
export function checkTracing(value: unknown, field: string): SipgateIOTracing | undefined {
  if (value === undefined || value === false) return undefined;
  if (!isTracing(value)) {
    throw new SipgateIOValidationError(field, "must be openTelemetry() from 'sipgateio-sdk/tracing'.");
  }
  return value;
}
