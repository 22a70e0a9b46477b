/**
 * The OpenTelemetry bridge: implements the SDK's tracing hooks with `@opentelemetry/api` spans,
 * named and attributed after the HTTP semantic conventions. Lives in its own entry
 * (`sipgateio-sdk/tracing`), the only place that imports `@opentelemetry/api`.
 *
 * Spans: one INTERNAL span per client operation (`GET /{userId}/phonelines/{phonelineId}`), with
 * one CLIENT span per attempt under it (each HTTP request on the wire, as the conventions ask,
 * with `http.request.resend_count`, and the retry wait and its reason); one SERVER span per
 * webhook request (INTERNAL when a span is already active, e.g. an HTTP server instrumentation's).
 */
import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
  type Tracer,
  type TracerProvider,
} from '@opentelemetry/api';
import type {
  AttemptTrace,
  OperationTrace,
  SipgateIOTracing,
  TracedFailure,
  TracedOperation,
  TracedWebhookEvent,
  WebhookTrace,
  WebhookVerification,
} from '../core/tracing';
import { matchRouteTemplate, maskPhoneNumber, spanUrl } from './redact';

/** Options of {@link openTelemetry}. */
export interface OpenTelemetryOptions {
  /** Where the tracer comes from. @default the global provider (`trace.getTracerProvider()`), also when registered later */
  tracerProvider?: TracerProvider;
  /**
   * Send the trace context (`traceparent`, through the registered propagator) to sipgate with
   * each request. Off by default: sipgate does not read it, and it would tell sipgate your trace
   * and span ids.
   * @default false
   */
  propagateTraceContext?: boolean;
}

// This entry imports nothing of the SDK at run time (types only): a module shared with it would
// be moved out of the main entry's files into a chunk of its own, one more file for every cold
// require() of the SDK, tracing or not. So the build-time constants core/version.ts reads are
// read here too, errors are recognised by their `status`, and bad options are TypeErrors.
declare const __SDK_NAME__: string | undefined;
declare const __SDK_VERSION__: string | undefined;
const TRACER_NAME = typeof __SDK_NAME__ === 'string' ? __SDK_NAME__ : 'sipgateio-sdk';
const TRACER_VERSION = typeof __SDK_VERSION__ === 'string' ? __SDK_VERSION__ : '0.0.0-source';

function serverOf(url: string): Attributes {
  const parsed = new URL(url);
  const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
  return { 'server.address': parsed.hostname, 'server.port': port, 'url.scheme': parsed.protocol.slice(0, -1) };
}

/** `error.type` for a failed attempt: the status code as text, or what happened on the wire. */
function failureType(failure: TracedFailure): string {
  if (failure.type === 'status') return String(failure.status);
  if (failure.type === 'timeout') return 'timeout';
  return failure.code ?? 'connection_error';
}

/** `error.type` for an operation's error: its status, else the error class (never its message). */
function errorType(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return String(status);
  if (error instanceof Error) return error.name;
  return '_OTHER';
}

function startOperation(tracer: Tracer, propagate: boolean, operation: TracedOperation): OperationTrace {
  const queryAt = operation.path.search(/[?#]/);
  const path = queryAt === -1 ? operation.path : operation.path.slice(0, queryAt);
  const template = operation.template ?? matchRouteTemplate(path);
  // Low-cardinality names: the method and template, or the method alone (the conventions' rule).
  const name = template ? `${operation.method} ${template}` : operation.method;
  const common: Attributes = {
    'http.request.method': operation.method,
    ...serverOf(operation.baseUrl),
    ...(template ? { 'url.template': template } : {}),
  };
  const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes: common }, context.active());
  const parent = trace.setSpan(context.active(), span);
  const url = spanUrl(operation.baseUrl, operation.path, template);
  let attempts = 0;
  let lastStatus: number | undefined;
  // An attempt's span ends when the next attempt starts or the operation ends: the pipeline
  // decides to retry (and how long to wait) after the attempt is over, and that belongs to it.
  let pending: { span: Span; endTime: number } | undefined;
  const flush = (): void => {
    pending?.span.end(pending.endTime);
    pending = undefined;
  };

  return {
    attempt(attempt, headers) {
      flush();
      attempts += 1;
      const attemptSpan = tracer.startSpan(
        name,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            ...common,
            'url.full': url,
            'sipgate.attempt': attempt,
            ...(attempt > 1 ? { 'http.request.resend_count': attempt - 1 } : {}),
          },
        },
        parent,
      );
      if (propagate) propagation.inject(trace.setSpan(parent, attemptSpan), headers);
      let failure: string | undefined;
      const attemptTrace: AttemptTrace = {
        response(status) {
          lastStatus = status;
          attemptSpan.setAttribute('http.response.status_code', status);
          if (status >= 400) {
            failure = String(status);
            attemptSpan.setAttribute('error.type', failure);
            attemptSpan.setStatus({ code: SpanStatusCode.ERROR });
          }
        },
        failed(what) {
          failure = failureType(what);
          attemptSpan.setAttribute('error.type', failure);
          attemptSpan.setStatus({ code: SpanStatusCode.ERROR });
        },
        retrying(delayMs, retryAfter) {
          const attributes = {
            'sipgate.retry.delay_ms': delayMs,
            'sipgate.retry.reason': failure ?? 'unknown',
            'sipgate.retry.delay_source': retryAfter ? 'retry-after' : 'backoff',
          };
          attemptSpan.setAttributes(attributes);
          span.addEvent('sipgate.retry', { 'sipgate.attempt': attempt, ...attributes });
        },
        end() {
          pending = { span: attemptSpan, endTime: Date.now() };
        },
      };
      return attemptTrace;
    },
    end(error) {
      flush();
      span.setAttribute('sipgate.attempts', attempts);
      if (lastStatus !== undefined) span.setAttribute('http.response.status_code', lastStatus);
      if (error !== undefined) {
        span.setAttribute('error.type', errorType(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    },
  };
}

function startWebhook(tracer: Tracer, serverAddress: string): WebhookTrace {
  const route = new URL(serverAddress).pathname;
  // A span already active means something (an HTTP server instrumentation) represents the request: nest under it.
  const active = trace.getSpan(context.active()) !== undefined;
  const span = tracer.startSpan(
    `POST ${route}`,
    {
      kind: active ? SpanKind.INTERNAL : SpanKind.SERVER,
      attributes: { 'http.request.method': 'POST', 'http.route': route, ...serverOf(serverAddress) },
    },
    context.active(),
  );
  return {
    verified(result: WebhookVerification) {
      span.setAttribute('sipgate.webhook.signature', result);
    },
    event(event: TracedWebhookEvent) {
      const attributes: Attributes = { 'sipgate.webhook.event': event.event, 'sipgate.webhook.call_id': event.callId };
      if (event.direction !== undefined) attributes['sipgate.webhook.direction'] = event.direction;
      if (event.from !== undefined) attributes['sipgate.webhook.from'] = maskPhoneNumber(event.from);
      if (event.to !== undefined) attributes['sipgate.webhook.to'] = maskPhoneNumber(event.to);
      span.setAttributes(attributes);
    },
    handled(durationMs) {
      span.setAttribute('sipgate.webhook.handler_ms', durationMs);
    },
    end(status, reason) {
      span.setAttribute('http.response.status_code', status);
      if (status >= 400) span.setAttribute('error.type', String(status));
      if (reason !== undefined) span.setAttribute('sipgate.webhook.refusal', reason);
      // For a server, only 5xx are errors of its own (the conventions' rule); a refused forgery is the server working.
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}

/**
 * OpenTelemetry tracing for the client and the webhook handlers: pass the result as their
 * `tracing` option. Spans carry method, route template, status, attempt, retry wait and reason,
 * and for webhooks event, call id, signature verdict and handler time; never a header, a token,
 * a body or a whole phone number. Trace context is sent to sipgate only with
 * `propagateTraceContext: true`.
 *
 * @param options the tracer provider (the global one by default) and whether to propagate context.
 * @throws {TypeError} for an unknown option or a `tracerProvider` without `getTracer`.
 * @example
 * ```ts
 * import { sipgateIO } from 'sipgateio-sdk';
 * import { openTelemetry } from 'sipgateio-sdk/tracing';
 * const client = sipgateIO({ tokenId, token }, { tracing: openTelemetry() });
 * ```
 */
export function openTelemetry(options: OpenTelemetryOptions = {}): SipgateIOTracing {
  for (const key of Object.keys(options ?? {})) {
    if (key !== 'tracerProvider' && key !== 'propagateTraceContext')
      throw new TypeError(`openTelemetry(): unknown option "${key}" (known: tracerProvider, propagateTraceContext).`);
  }
  if (options.tracerProvider !== undefined && typeof options.tracerProvider?.getTracer !== 'function') {
    throw new TypeError('openTelemetry(): tracerProvider must be an OpenTelemetry TracerProvider (with getTracer).');
  }
  const tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(TRACER_NAME, TRACER_VERSION);
  const propagate = options.propagateTraceContext === true;
  return {
    startOperation: (operation) => startOperation(tracer, propagate, operation),
    startWebhook: (serverAddress) => startWebhook(tracer, serverAddress),
  };
}
