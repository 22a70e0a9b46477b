/**
 * The call-flow engine, loaded on the first `createCallFlow`: finds the call's session for each
 * verified webhook, runs it under the call's lock (one webhook of a call at a time, across
 * instances), and answers with the reply its journal holds for that webhook.
 */
import type { SipgateIOClient } from '../../core/client';
import type { RTCMModule } from '../../resources/rtcm';
import { EventType, type WebhookEvent } from '../events';
import type { WebhookTrace } from '../../core/tracing';
import type { RoutedReply } from '../handler-core';
import type { ResponseObject } from '../reply-builders';
import { SipgateIOCallFlowError } from './errors';
import type { Entry, EventEntry } from './journal';
import { createMemoryCallStore } from './memory-store';
import { FlowRun } from './run';
import type { CallFlowFunction, CallStore } from './types';

/** The settings the engine runs with (validated by `createCallFlow`). */
export interface FlowEngineSettings {
  baseUrl: string;
  store: CallStore | undefined;
  client: SipgateIOClient | undefined;
  ttl: number;
  maxCalls: number;
  fallbackReply: ResponseObject | undefined;
  randomId(): string;
  report(error: unknown, callId: string): void;
  warn(message: string): void;
}

/** How often a turn that lost a compare-and-set re-reads and tries again before giving up. */
const MAX_ATTEMPTS = 8;

export interface FlowEngine {
  turn(event: WebhookEvent, target: string | undefined, trace?: WebhookTrace): Promise<RoutedReply>;
}

function queryOf(target: string | undefined): URLSearchParams {
  if (!target) return new URLSearchParams();
  const mark = target.indexOf('?');
  return new URLSearchParams(mark === -1 ? '' : target.slice(mark + 1));
}

function gatherNumber(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Which recorded entry is this webhook, if it was seen before (a retry, or a load balancer's
 * re-send): newCall, answer and hangup come once per call; a dtmf once per Gather.
 */
function findRecorded(entries: readonly Entry[], event: WebhookEvent, gather: number | undefined): number {
  return entries.findIndex(
    (entry) =>
      entry.t === 'event' &&
      entry.event.event === event.event &&
      (event.event !== EventType.DATA || entry.gather === gather),
  );
}

/** The Gather a dtmf answers when its URL does not say: the last one, which sipgate is waiting on. */
function lastGather(entries: readonly Entry[]): number | undefined {
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i];
    if (entry.t === 'command' && entry.kind === 'gather') return entry.seq;
  }
  return undefined;
}

export function createFlowEngine(settings: FlowEngineSettings, flow: CallFlowFunction): FlowEngine {
  const store = settings.store ?? createMemoryCallStore({ maxCalls: settings.maxCalls, warn: settings.warn });
  let rtcm: Promise<RTCMModule> | undefined;
  const loadRtcm = (): Promise<RTCMModule> => {
    rtcm ??= import('../../resources/rtcm').then((mod) => mod.createRTCMModule(settings.client as SipgateIOClient));
    return rtcm;
  };
  const callbackUrl = (key: string): string => {
    const url = new URL(settings.baseUrl);
    url.searchParams.set('call', key);
    return url.toString();
  };
  const proceed: RoutedReply = { response: undefined, context: {} };

  const attempt = async (
    key: string,
    event: WebhookEvent,
    gatherParam: number | undefined,
    trace: WebhookTrace | undefined,
  ): Promise<RoutedReply | 'lost'> => {
    const loaded = await store.load(key);
    const history = (loaded?.entries ?? []) as unknown as Entry[];
    const version = loaded?.version ?? 0;
    const first = history[0];
    if (!first) {
      // No journal: only a newCall starts one. Anything else is for a call this flow does not
      // know (it expired, ended, or was never ours): answered without subscribing to more.
      if (event.event !== EventType.NEW_CALL) return proceed;
    } else if (first.t !== 'event' || first.event.event !== EventType.NEW_CALL) {
      return proceed;
    } else if (first.event.callId !== '' && event.callId !== '' && first.event.callId !== event.callId) {
      // Bound to the verified body: a signed webhook of one call cannot be pointed at another's session.
      settings.warn(`sipgateio-sdk: a ${event.event} webhook names another call's session in its URL; ignored.`);
      return proceed;
    }
    const gather = event.event === EventType.DATA ? (gatherParam ?? lastGather(history)) : undefined;
    const context = { onAnswer: callbackUrl(key), onHangup: callbackUrl(key) };
    let eventIndex = findRecorded(history, event, gather);
    let newEvent: EventEntry | undefined;
    if (eventIndex === -1) {
      if (
        event.event === EventType.DATA &&
        !history.some((entry) => entry.t === 'command' && entry.kind === 'gather' && entry.seq === gather)
      ) {
        settings.warn(
          `sipgateio-sdk: a dtmf webhook for a Gather call ${event.callId || '(no id)'} never issued; ignored.`,
        );
        return { response: undefined, context };
      }
      newEvent = gather === undefined ? { t: 'event', event } : { t: 'event', event, gather };
      eventIndex = history.length;
    }
    const run = new FlowRun(
      {
        key,
        store,
        ttl: settings.ttl,
        client: settings.client,
        flow,
        callbackUrl: callbackUrl(key),
        rtcm: loadRtcm,
        report: (error) => settings.report(error, event.callId),
        warn: settings.warn,
        trace,
      },
      history,
      version,
      newEvent,
    );
    await run.execute();
    if (run.lost) return 'lost';
    if (run.failure) {
      settings.report(run.failure, event.callId);
      return { response: settings.fallbackReply, context };
    }
    const entries = [...history, ...run.written];
    if (entries.some((entry) => entry.t === 'event' && entry.event.event === EventType.HANGUP)) {
      // The call is over and its function has run to where it waits: nothing will come back to it.
      await store.remove(key);
    }
    return { response: FlowRun.replyFor(entries, eventIndex), context };
  };

  return {
    async turn(event, target, trace) {
      const query = queryOf(target);
      let key: string;
      if (event.event === EventType.NEW_CALL) {
        // sipgate has sent newCall events without a callId: such a call gets a random session
        // key, unguessable, carried by the callback URLs.
        key = event.callId !== '' ? event.callId : `anon-${settings.randomId()}`;
      } else {
        key = query.get('call') ?? event.callId;
      }
      if (key === '' || key.length > 200) return proceed;
      const gather = gatherNumber(query.get('gather'));
      return store.lock.withLock(`call:${key}`, async () => {
        for (let count = 1; ; count += 1) {
          const reply = await attempt(key, event, gather, trace);
          if (reply !== 'lost') return reply;
          if (count >= MAX_ATTEMPTS) {
            settings.report(
              new SipgateIOCallFlowError(
                'store',
                event.callId,
                `Call ${event.callId || '(no id)'}: the journal kept changing under this instance (${MAX_ATTEMPTS} attempts); is the store's lock shared?`,
              ),
              event.callId,
            );
            return { response: settings.fallbackReply, context: {} };
          }
        }
      });
    },
  };
}
