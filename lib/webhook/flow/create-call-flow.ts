/**
 * What `createCallFlow` does at once: check the options (typed errors before anything runs) and
 * build the route the webhook cores hand every verified event to. The engine itself is imported
 * here, on the first call, so importing the webhook entry costs what it did without flows.
 */
import { SipgateIOValidationError } from '../../core/errors';
import { rejectUnknownKeys, requireHttpUrl, requireInteger } from '../../core/internal/validate';
import type { WebhookHandlerOptions, WebhookRoute } from '../handler-core';
import type { FlowEngine } from './engine';
import type { CallFlowFunction, CallFlowOptions } from './types';

const FLOW_OPTION_KEYS = [
  'baseUrl',
  'store',
  'client',
  'ttl',
  'maxCalls',
  'maxCachedCalls',
  'fallbackReply',
  'skipSignatureVerification',
  'publicKey',
  'sourceIpCheck',
  'allowedSourceIps',
  'trustProxy',
  'maxBodyBytes',
  'handlerTimeout',
  'logger',
  'onError',
  'getClientAddress',
  'tracing',
] as const satisfies ReadonlyArray<keyof CallFlowOptions>;

/** @default 4 hours: longer than nearly every call; the journal is removed at hangup anyway. */
export const DEFAULT_FLOW_TTL_MS = 4 * 60 * 60 * 1000;
/** @default 1000 suspended flow functions per instance (see `CallFlowOptions.maxCachedCalls`). */
export const DEFAULT_MAX_CACHED_CALLS = 1000;

/** The checked options, as the webhook cores and the route take them. */
export interface PreparedCallFlow {
  coreOptions: WebhookHandlerOptions;
  route: WebhookRoute;
}

function requireStore(store: unknown): void {
  if (store === undefined) return;
  const given = store as Record<string, unknown> | null;
  const lock = given?.lock as Record<string, unknown> | undefined;
  if (
    typeof given?.load !== 'function' ||
    typeof given.append !== 'function' ||
    typeof given.remove !== 'function' ||
    typeof lock?.withLock !== 'function'
  ) {
    throw new SipgateIOValidationError(
      'store',
      'must be a call store: { load, append, remove, lock: { withLock } } (see createRedisCallStore).',
    );
  }
}

/** Checks the options and builds the route; the engine starts loading now. @internal */
export function prepareCallFlow(
  options: CallFlowOptions,
  flow: CallFlowFunction,
  randomId: () => string,
): PreparedCallFlow {
  if (typeof options !== 'object' || options === null)
    throw new SipgateIOValidationError('options', 'pass { baseUrl, store?, client? }.');
  rejectUnknownKeys(options, FLOW_OPTION_KEYS, 'options', {
    serverAddress: 'baseUrl',
    handlers: 'the flow function (the second argument)',
  });
  if (typeof flow !== 'function')
    throw new SipgateIOValidationError('flow', 'must be an async function (call) => { … }.');
  const baseUrl = requireHttpUrl(options.baseUrl, 'baseUrl');
  const ttl = options.ttl === undefined ? DEFAULT_FLOW_TTL_MS : requireInteger(options.ttl, 'ttl', 1000);
  const maxCalls = options.maxCalls === undefined ? 10_000 : requireInteger(options.maxCalls, 'maxCalls', 1);
  const maxCachedCalls =
    options.maxCachedCalls === undefined
      ? DEFAULT_MAX_CACHED_CALLS
      : requireInteger(options.maxCachedCalls, 'maxCachedCalls', 0);
  requireStore(options.store);
  if (options.client !== undefined && typeof (options.client as { put?: unknown } | null)?.put !== 'function') {
    throw new SipgateIOValidationError('client', 'must be a client made by sipgateIO(…).');
  }
  if (
    options.fallbackReply !== undefined &&
    (typeof options.fallbackReply !== 'object' || options.fallbackReply === null)
  ) {
    throw new SipgateIOValidationError(
      'fallbackReply',
      "must be a WebhookResponse builder's result, e.g. WebhookResponse.sendToVoicemail().",
    );
  }
  const logger = options.logger ?? console;
  const report = (error: unknown, callId: string): void => {
    try {
      if (options.onError) options.onError(error, callId);
      else logger.error?.('sipgateio-sdk: a call flow failed', { message: (error as Error)?.message, callId });
    } catch {
      // An error reporter that throws must not take the server down.
    }
  };
  const coreOptions: WebhookHandlerOptions = {
    serverAddress: baseUrl,
    onError: (error, event) => report(error, event?.callId ?? ''),
    logger,
  };
  for (const key of [
    'skipSignatureVerification',
    'publicKey',
    'sourceIpCheck',
    'allowedSourceIps',
    'trustProxy',
    'maxBodyBytes',
    'handlerTimeout',
    'tracing',
  ] as const) {
    if (options[key] !== undefined) (coreOptions as unknown as Record<string, unknown>)[key] = options[key];
  }
  const engine: Promise<FlowEngine> = import('./engine').then((mod) =>
    mod.createFlowEngine(
      {
        baseUrl,
        store: options.store,
        client: options.client,
        ttl,
        maxCalls,
        maxCachedCalls,
        fallbackReply: options.fallbackReply,
        randomId,
        report,
        warn: (message) => logger.warn?.(message),
      },
      flow,
    ),
  );
  // A failed load is reported on the first webhook, not as an unhandled rejection now.
  engine.catch(() => undefined);
  return { coreOptions, route: (event, target, trace) => engine.then((loaded) => loaded.turn(event, target, trace)) };
}
