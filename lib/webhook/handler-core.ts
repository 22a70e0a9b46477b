/**
 * The webhook handling logic shared by the Node `(req, res)` handler, the Web-standard
 * `(Request) => Response` handler and the server. Pure: the adapters read bytes and headers and
 * inject the signature check (Node KeyObject or WebCrypto); this decides what to answer.
 *
 * Order of checks: method (405), content type (415), declared size (413), source address (403),
 * then, after the body is read, signature (401), parsing (400), with `deduplicate` a pair seen
 * before (409), the handler (200, or 500 when it throws). No handler ever sees an unverified or unparseable request.
 */
import { SipgateIOTimeoutError, SipgateIOValidationError } from '../core/errors';
import { checkTracing, type SipgateIOTracing, type WebhookTrace } from '../core/tracing';
import { rejectUnknownKeys, requireHttpUrl } from '../core/internal/validate';
import {
  EventType,
  parseWebhookEvent,
  SipgateIOWebhookParseError,
  type AnswerEvent,
  type DataEvent,
  type HangUpEvent,
  type NewCallEvent,
  type WebhookEvent,
} from './events';
import { SIPGATE_WEBHOOK_SOURCE_IPS } from './public-key';
import { createRecentKeys, type RecentKeys } from './recent-keys';
import { renderWebhookResponse, type ResponseContext, type ResponseObject } from './reply-builders';
import { webhookPublicKeyDer } from './public-key-check';
import { clientAddress, normaliseAddress, shouldCheckSource, type TrustProxy } from './source-ip';

/**
 * A handler for one event type; may be sync or async. A handler whose result is not the reply
 * (`R` = `void`: answer and hangup) may return anything, as the established library's typings
 * (`=> void`) allowed (`server.onAnswer(() => null)`); the SDK awaits a promise it returns.
 * One whose result is the reply (newCall, dtmf) returns a reply, nothing, or a promise of either.
 */
export type HandlerCallback<E, R> = [R] extends [void] ? (event: E) => void : (event: E) => R | Promise<R>;

/** The handlers of a webhook endpoint. */
export interface WebhookHandlers {
  /** Runs for `newCall`; its result (a `WebhookResponse` builder's) is the reply. */
  onNewCall?: HandlerCallback<NewCallEvent, ResponseObject | void>;
  /** Runs for `answer`; its result is not used (sipgate ignores the reply). */
  onAnswer?: HandlerCallback<AnswerEvent, void>;
  /** Runs for `hangup`; its result is not used (sipgate ignores the reply). */
  onHangUp?: HandlerCallback<HangUpEvent, void>;
  /** Runs for `dtmf` (the digits a Gather collected); its result is the reply. */
  onData?: HandlerCallback<DataEvent, ResponseObject | void>;
}

/** Logger for the webhook side; any subset of levels. */
export interface WebhookLogger {
  /** Refused requests (with their reason) and the start-up warning when verification is off. */
  warn?(message: string, details?: Record<string, unknown>): void;
  /** Handler failures, when no `onError` is given. */
  error?(message: string, details?: Record<string, unknown>): void;
}

/**
 * Limits of the de-duplication memory ({@link WebhookHandlerOptions.deduplicate}). Each entry
 * costs about 180 bytes of heap.
 */
export interface WebhookDeduplicationOptions {
  /**
   * How long a `(callId, event)` pair is remembered.
   * @default 3600000
   * @unit milliseconds
   */
  ttlMs?: number;
  /**
   * Most pairs remembered; beyond it the oldest is forgotten first (about 2 MB at the default).
   * @default 10000
   */
  maxEntries?: number;
}

/** Options shared by every webhook handler and the server. */
export interface WebhookHandlerOptions {
  /** The public URL sipgate reaches this endpoint at; used for `onAnswer`, `onHangup` and `onData`. */
  serverAddress: string;
  /** Event handlers; the server's `onNewCall`… methods fill the same object. */
  handlers?: WebhookHandlers;
  /** Accept unsigned requests. Only for local development; a warning is logged once. */
  skipSignatureVerification?: boolean;
  /**
   * PEM of the RSA public key whose private key signs the requests (`-----BEGIN PUBLIC KEY-----`…);
   * sipgate's by default (tests and the simulator use their own). Anything else is refused when
   * the handler or server is created.
   */
  publicKey?: string;
  /** Check the source address: `'auto'` (default) where it is meaningful, `true` always, `false` never. */
  sourceIpCheck?: 'auto' | boolean;
  /** Addresses allowed by the source check. @default sipgate's ['217.116.118.254', '212.9.46.32'] */
  allowedSourceIps?: readonly string[];
  /** Trust `X-Forwarded-For` from this many proxies (`true` = 1). Off by default: the header is forgeable. */
  trustProxy?: TrustProxy;
  /** Largest accepted body. @default 65536 @unit bytes */
  maxBodyBytes?: number;
  /**
   * Longest time an asynchronous handler may take before the request is answered 500 and
   * `onError` gets a `SipgateIOTimeoutError` (the handler's late result is then ignored). A caller
   * is waiting on the line, and a handler that never settles would hold its connection forever.
   * @default 10000
   * @unit milliseconds
   */
  handlerTimeout?: number;
  /**
   * Refuse a webhook whose `(callId, event)` pair was already answered, with **409** and no
   * handler run. sipgate's signature covers the body only, with no timestamp or nonce, so a
   * captured webhook verifies however often it is replayed; this memory (per handler, in this
   * process; bounded and expiring, see {@link WebhookDeduplicationOptions}) refuses the replays.
   * `dtmf` events (the same key may be pressed twice in a call) and events with an empty
   * `callId` (sipgate sends some) are never refused. `true` uses the defaults. Off by default.
   */
  deduplicate?: boolean | WebhookDeduplicationOptions;
  /** Called when a handler throws or rejects (the request is answered 500 and the server keeps serving). */
  onError?: (error: unknown, event: WebhookEvent | undefined) => void;
  /** Receives the start-up warning for `skipSignatureVerification` and handler errors without `onError`. */
  logger?: WebhookLogger;
  /**
   * A span per webhook request (event, call id, signature verdict, handler time): pass
   * `openTelemetry()` from `sipgateio-sdk/tracing` (README "Tracing"). Off by default.
   */
  tracing?: SipgateIOTracing;
}

/** What the adapters know about a request before reading its body. */
export interface WebhookRequestHead {
  method: string | undefined;
  contentType: string | undefined;
  contentLength: number | undefined;
  peerAddress: string | undefined;
  forwardedFor: string | undefined;
}

/** An answer to send. */
export interface WebhookReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Verifies a signature; sync in Node, async with WebCrypto. */
export type SignatureVerifier = (
  body: Uint8Array,
  signature: string | undefined,
  publicKey: string | undefined,
) => boolean | Promise<boolean>;

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** How long, and how many, `(callId, event)` pairs `deduplicate: true` remembers. */
export const DEFAULT_DEDUPLICATION = { ttlMs: 60 * 60 * 1000, maxEntries: 10_000 } as const;
/** How long an asynchronous handler may take by default: a caller is waiting on the line. */
export const DEFAULT_HANDLER_TIMEOUT_MS = 10_000;
const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8' };
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** A fixed XML error body: never echoes request data. */
function errorReply(status: number, message: string, extraHeaders: Record<string, string> = {}): WebhookReply {
  return {
    status,
    headers: { ...XML_HEADERS, ...extraHeaders },
    body: `<?xml version="1.0" encoding="UTF-8"?><Error status="${status}">${message}</Error>`,
  };
}

const tooLarge = (): WebhookReply => errorReply(413, 'Body too large');
const unauthorizedReply = (): WebhookReply => errorReply(401, 'Invalid or missing signature');
/** Refusals logged one by one per minute; the rest are counted. */
const REFUSALS_PER_MINUTE = 10;

const warned = new WeakSet<object>();
const EMPTY_RESPONSE = renderWebhookResponse(undefined, {});

function isThenable<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}

/** What a {@link WebhookRoute} answers: the reply and the URLs sipgate should call back. */
export interface RoutedReply {
  response: ResponseObject | void;
  /** `onAnswer`/`onHangup` on `<Response>` (and `onData` for a Gather that names none). */
  context: ResponseContext;
}

/**
 * Takes over from `handlers` for call flows: gets every verified, parsed event with the URL it
 * was posted to (which names the call's session) and chooses the reply and its callback URLs.
 * @internal
 */
export type WebhookRoute = (event: WebhookEvent, target: string | undefined) => Promise<RoutedReply>;

/** The configured core: `preflight` before reading the body, `handle` after. */
export interface WebhookCore {
  readonly handlers: WebhookHandlers;
  readonly maxBodyBytes: number;
  /** Checks what is known before the body is read; an answer means: send it and stop. */
  preflight(head: WebhookRequestHead): WebhookReply | undefined;
  /**
   * Answers a request whose head passed `preflight` (adapters call both, in this order): at once
   * when the verifier and the handler are synchronous, else through a promise.
   */
  handle(body: Uint8Array, signature: string | undefined, target?: string): WebhookReply | Promise<WebhookReply>;
  tooLarge(): WebhookReply;
  /** The body could not be read (the client's stream failed): 400. */
  unreadable(): WebhookReply;
  bodyUnavailable(reason: string): WebhookReply;
  /** Reports an unexpected error and answers 500. */
  failed(error: unknown): WebhookReply;
}

/** The keys of {@link WebhookHandlerOptions}, for the unknown-key check of every entry point. */
export const HANDLER_OPTION_KEYS = [
  'serverAddress',
  'handlers',
  'skipSignatureVerification',
  'publicKey',
  'sourceIpCheck',
  'allowedSourceIps',
  'trustProxy',
  'maxBodyBytes',
  'handlerTimeout',
  'deduplicate',
  'onError',
  'logger',
  'tracing',
] as const satisfies ReadonlyArray<keyof WebhookHandlerOptions>;
const DEDUPLICATION_KEYS = ['ttlMs', 'maxEntries'] as const satisfies ReadonlyArray<keyof WebhookDeduplicationOptions>;

/** The memory `deduplicate` asks for, or undefined when it is off; validated before anything is served. */
function recentPairs(option: unknown): RecentKeys | undefined {
  if (option === undefined || option === false) return undefined;
  if (option !== true && (typeof option !== 'object' || option === null || Array.isArray(option))) {
    throw new SipgateIOValidationError('deduplicate', 'must be true, false or { ttlMs, maxEntries }.');
  }
  const given = option === true ? {} : (option as WebhookDeduplicationOptions);
  rejectUnknownKeys(given, DEDUPLICATION_KEYS, 'deduplicate');
  const ttlMs = given.ttlMs ?? DEFAULT_DEDUPLICATION.ttlMs;
  const maxEntries = given.maxEntries ?? DEFAULT_DEDUPLICATION.maxEntries;
  if (!Number.isInteger(ttlMs) || ttlMs < 1)
    throw new SipgateIOValidationError('deduplicate.ttlMs', 'must be a positive integer (milliseconds).');
  if (!Number.isInteger(maxEntries) || maxEntries < 1)
    throw new SipgateIOValidationError('deduplicate.maxEntries', 'must be a positive integer.');
  return createRecentKeys({ ttlMs, maxEntries });
}
const HANDLER_NAMES = ['onNewCall', 'onAnswer', 'onHangUp', 'onData'] as const satisfies ReadonlyArray<
  keyof WebhookHandlers
>;

/** Builds the shared handling logic from options and a signature verifier (and, for call flows, a route). */
export function createWebhookCore(
  options: WebhookHandlerOptions,
  verifySignature: SignatureVerifier,
  route?: WebhookRoute,
): WebhookCore {
  if (typeof options !== 'object' || options === null)
    throw new SipgateIOValidationError('options', 'pass { serverAddress, … }.');
  const serverAddress = requireHttpUrl(options.serverAddress, 'serverAddress');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1)
    throw new SipgateIOValidationError('maxBodyBytes', 'must be a positive integer.');
  const handlerTimeout = options.handlerTimeout ?? DEFAULT_HANDLER_TIMEOUT_MS;
  if (!Number.isInteger(handlerTimeout) || handlerTimeout < 1)
    throw new SipgateIOValidationError('handlerTimeout', 'must be a positive integer (milliseconds).');
  // A key that cannot be one would refuse every webhook with 401: refuse it now instead.
  if (options.publicKey !== undefined) webhookPublicKeyDer(options.publicKey);
  const sourceIpCheck = options.sourceIpCheck ?? 'auto';
  const allowed = new Set((options.allowedSourceIps ?? SIPGATE_WEBHOOK_SOURCE_IPS).map(normaliseAddress));
  // `onHangup` (the server method's alias) or `onNewcall` in a handler map would never run: refuse them.
  rejectUnknownKeys(options.handlers, HANDLER_NAMES, 'handlers');
  const handlers: WebhookHandlers = options.handlers ?? {};
  const recent = recentPairs(options.deduplicate);
  const logger = options.logger ?? console;
  const tracing = checkTracing(options.tracing, 'tracing');
  // Why each refused reply was refused, for its span (the reason is a fixed text, never request data).
  const refusals = new WeakMap<WebhookReply, string>();
  if (options.skipSignatureVerification && !warned.has(options)) {
    warned.add(options);
    logger.warn?.(
      'sipgateio-sdk: webhook signature verification is OFF; anyone who can reach this endpoint can fake calls. Use this only for local development.',
    );
  }
  // Every refusal is logged with its reason (never the body or the signature), at most
  // REFUSALS_PER_MINUTE a minute: a flood must not turn into a flood of log lines.
  let windowStart = 0;
  let logged = 0;
  let suppressed = 0;
  const refuse = (reply: WebhookReply, reason: string): WebhookReply => {
    const now = Date.now();
    if (now - windowStart >= 60_000) {
      if (suppressed > 0)
        logger.warn?.(
          `sipgateio-sdk: ${suppressed} more webhook requests were refused in the last minute (not logged one by one).`,
          { suppressed },
        );
      windowStart = now;
      logged = 0;
      suppressed = 0;
    }
    if (logged < REFUSALS_PER_MINUTE) {
      logged += 1;
      logger.warn?.(`sipgateio-sdk: refused a webhook request with ${reply.status}: ${reason}`, {
        status: reply.status,
        reason,
      });
    } else {
      suppressed += 1;
    }
    if (tracing) refusals.set(reply, reason);
    return reply;
  };
  const reportError = (error: unknown, event: WebhookEvent | undefined): void => {
    try {
      if (options.onError) options.onError(error, event);
      else
        logger.error?.('sipgateio-sdk: a webhook handler failed', {
          message: (error as Error)?.message,
          event: event?.event,
        });
    } catch {
      // An error reporter that throws must not take the server down.
    }
  };

  // The verdict for the last source seen: a server mostly hears from one peer (sipgate, or its
  // own proxy), so the address is parsed and classified once, not on every request.
  let lastPeer: string | undefined;
  let lastForwardedFor: string | undefined;
  let lastSourceAllowed: boolean | undefined;
  const sourceAllowed = (peerAddress: string | undefined, forwardedFor: string | undefined): boolean => {
    if (lastSourceAllowed !== undefined && peerAddress === lastPeer && forwardedFor === lastForwardedFor)
      return lastSourceAllowed;
    const address = clientAddress(peerAddress, forwardedFor, options.trustProxy);
    const verdict =
      !shouldCheckSource(sourceIpCheck, address, options.trustProxy) || (address !== undefined && allowed.has(address));
    lastPeer = peerAddress;
    lastForwardedFor = forwardedFor;
    lastSourceAllowed = verdict;
    return verdict;
  };

  const checkHead = (head: WebhookRequestHead): WebhookReply | undefined => {
    // The exact strings sipgate sends are compared first; the normalising checks run only for other spellings.
    const method = head.method;
    if (method !== 'POST' && (method ?? '').toUpperCase() !== 'POST') {
      return refuse(
        errorReply(405, 'Only POST is allowed', { Allow: 'POST' }),
        `method ${String(method).slice(0, 16)} is not POST`,
      );
    }
    const contentType = head.contentType;
    if (contentType !== FORM_TYPE && (contentType ?? '').split(';')[0].trim().toLowerCase() !== FORM_TYPE) {
      return refuse(
        errorReply(415, 'Expected application/x-www-form-urlencoded'),
        'the content type is not application/x-www-form-urlencoded',
      );
    }
    if (head.contentLength !== undefined && head.contentLength > maxBodyBytes)
      return refuse(tooLarge(), `the declared body is larger than maxBodyBytes (${maxBodyBytes})`);
    if (sourceIpCheck !== false && !sourceAllowed(head.peerAddress, head.forwardedFor)) {
      return refuse(
        errorReply(403, 'Source address not allowed'),
        'the source address is not one of allowedSourceIps (see sourceIpCheck and trustProxy)',
      );
    }
    return undefined;
  };

  const failed = (error: unknown, event: WebhookEvent | undefined): WebhookReply => {
    reportError(error, event);
    return errorReply(500, 'The webhook handler failed');
  };

  // Read per reply: the server's onAnswer(…)/onHangUp(…) register handlers after the core is built.
  const handlerContext = (): ResponseContext => ({
    onAnswer: handlers.onAnswer ? serverAddress : undefined,
    onHangup: handlers.onHangUp ? serverAddress : undefined,
    onData: serverAddress,
  });
  const answer = (
    event: WebhookEvent,
    result: ResponseObject | void,
    context: ResponseContext = handlerContext(),
  ): WebhookReply => {
    // Replies to answer and hangup are discarded by sipgate; an empty <Response/> is enough.
    if (event.event !== EventType.NEW_CALL && event.event !== EventType.DATA)
      return { status: 200, headers: XML_HEADERS, body: EMPTY_RESPONSE };
    try {
      return { status: 200, headers: XML_HEADERS, body: renderWebhookResponse(result, context) };
    } catch (error) {
      return failed(error, event);
    }
  };

  const dispatch = (
    body: Uint8Array,
    target: string | undefined,
    trace: WebhookTrace | undefined,
  ): WebhookReply | Promise<WebhookReply> => {
    let event: WebhookEvent;
    try {
      event = parseWebhookEvent(body);
    } catch (error) {
      if (error instanceof SipgateIOWebhookParseError)
        return refuse(errorReply(400, 'Malformed webhook body'), error.message);
      return failed(error, undefined);
    }
    trace?.event(event);
    const started = trace ? Date.now() : 0;
    // After the signature: only a signed webhook takes a place in the memory, so a flood of
    // forged requests cannot push out the pairs it holds.
    if (
      recent !== undefined &&
      event.callId !== '' &&
      event.event !== EventType.DATA &&
      recent.seen(`${event.event} ${event.callId}`)
    ) {
      return refuse(
        errorReply(409, 'Duplicate webhook'),
        `this ${event.event} event of this call was already answered (deduplicate: a replay, or a repeat)`,
      );
    }
    let result: ResponseObject | void | Promise<ResponseObject | void> = undefined;
    let routed: Promise<RoutedReply> | undefined;
    try {
      if (route) routed = route(event, target);
      else
        switch (event.event) {
          case EventType.NEW_CALL:
            result = handlers.onNewCall?.(event);
            break;
          case EventType.DATA:
            result = handlers.onData?.(event);
            break;
          case EventType.ANSWER:
            result = handlers.onAnswer?.(event);
            break;
          case EventType.HANGUP:
            result = handlers.onHangUp?.(event);
            break;
        }
    } catch (error) {
      trace?.handled(Date.now() - started);
      return failed(error, event);
    }
    if (!routed && !isThenable(result)) {
      trace?.handled(Date.now() - started);
      return answer(event, result);
    }
    const pending = routed ?? result;
    return new Promise<WebhookReply>((resolve) => {
      const timer = setTimeout(() => {
        trace?.handled(Date.now() - started);
        resolve(
          failed(
            new SipgateIOTimeoutError(
              `The ${event.event} handler did not finish within handlerTimeout (${handlerTimeout} ms); answered 500.`,
            ),
            event,
          ),
        );
      }, handlerTimeout);
      Promise.resolve(pending).then(
        (value) => {
          clearTimeout(timer);
          trace?.handled(Date.now() - started);
          resolve(
            routed
              ? answer(event, (value as RoutedReply).response, (value as RoutedReply).context)
              : answer(event, value as ResponseObject | void),
          );
        },
        (error: unknown) => {
          clearTimeout(timer);
          trace?.handled(Date.now() - started);
          resolve(failed(error, event));
        },
      );
    });
  };

  // Synchronous from end to end when the verifier and the handler are: every await or promise
  // would cost a turn of the microtask queue on each webhook. Asynchronous only when they are.
  const refuseTooLarge = (): WebhookReply =>
    refuse(tooLarge(), `the body is larger than maxBodyBytes (${maxBodyBytes})`);
  const refuseSignature = (signature: string | undefined): WebhookReply =>
    refuse(
      unauthorizedReply(),
      signature
        ? 'the signature does not match the body (wrong publicKey, or a body changed on the way)'
        : 'the X-Sipgate-Signature header is missing',
    );
  const verified = (
    valid: boolean,
    body: Uint8Array,
    signature: string | undefined,
    target: string | undefined,
    trace: WebhookTrace | undefined,
  ): WebhookReply | Promise<WebhookReply> => {
    trace?.verified(valid ? 'valid' : signature ? 'invalid' : 'missing');
    return valid ? dispatch(body, target, trace) : refuseSignature(signature);
  };
  const check = (
    body: Uint8Array,
    signature: string | undefined,
    target: string | undefined,
    trace: WebhookTrace | undefined,
  ): WebhookReply | Promise<WebhookReply> => {
    if (body.length > maxBodyBytes) return refuseTooLarge();
    if (options.skipSignatureVerification) {
      trace?.verified('skipped');
      return dispatch(body, target, trace);
    }
    let verdict: boolean | Promise<boolean>;
    try {
      verdict = verifySignature(body, signature, options.publicKey);
    } catch {
      verdict = false;
    }
    if (typeof verdict === 'boolean') return verified(verdict, body, signature, target, trace);
    return Promise.resolve(verdict).then(
      (valid) => verified(valid, body, signature, target, trace),
      () => verified(false, body, signature, target, trace),
    );
  };

  // With tracing, each request (refused early or handled) is one span, ended with its answer.
  const traced = (trace: WebhookTrace, reply: WebhookReply): WebhookReply => {
    trace.end(reply.status, refusals.get(reply));
    return reply;
  };
  const preflight = !tracing
    ? checkHead
    : (head: WebhookRequestHead): WebhookReply | undefined => {
        const reply = checkHead(head);
        return reply && traced(tracing.startWebhook(serverAddress), reply);
      };
  const handle = !tracing
    ? (body: Uint8Array, signature: string | undefined, target?: string) => check(body, signature, target, undefined)
    : (body: Uint8Array, signature: string | undefined, target?: string): WebhookReply | Promise<WebhookReply> => {
        const trace = tracing.startWebhook(serverAddress);
        const reply = check(body, signature, target, trace);
        return isThenable(reply) ? reply.then((value) => traced(trace, value)) : traced(trace, reply);
      };

  return {
    handlers,
    maxBodyBytes,
    preflight,
    handle,
    tooLarge: refuseTooLarge,
    unreadable: () => errorReply(400, 'The request body could not be read'),
    failed: (error: unknown) => failed(error, undefined),
    bodyUnavailable: (reason: string) => {
      reportError(new Error(reason), undefined);
      return errorReply(500, 'The raw request body is not available');
    },
  };
}
