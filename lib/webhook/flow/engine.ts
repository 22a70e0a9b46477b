/**
 * The call-flow engine, loaded on the first `createCallFlow`: finds the call's session for each
 * verified webhook, runs it under the call's lock (one webhook of a call at a time, across
 * instances), and answers with the reply its journal holds for that webhook. The function of a
 * call that waits for its next webhook stays in memory (up to `maxCachedCalls`) and is resumed
 * when the store's journal is still the one it left; otherwise the journal is replayed.
 */
import type { SipgateIOClient } from '../../core/client';
import type { RTCMModule } from '../../resources/rtcm';
import { EventType, type WebhookEvent } from '../events';
import type { WebhookTrace } from '../../core/tracing';
import type { RoutedReply } from '../handler-core';
import type { ResponseObject } from '../reply-builders';
import { callbackUrls } from './callback-url';
import { runTurn, sessionOf, UNCHANGED, type CallTurn, type KnownJournal } from './call-turn';
import { SipgateIOCallFlowError } from './errors';
import type { Entry, EventEntry } from './journal';
import { createMemoryCallStore } from './memory-store';
import { FlowRun } from './run';
import { createSuspendedRuns, type SuspendedRun } from './suspended-runs';
import type { CallFlowFunction, CallStore } from './types';

/** The settings the engine runs with (validated by `createCallFlow`). */
export interface FlowEngineSettings {
  baseUrl: string;
  store: CallStore | undefined;
  client: SipgateIOClient | undefined;
  ttl: number;
  maxCalls: number;
  maxCachedCalls: number;
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
  const urls = callbackUrls(settings.baseUrl);
  const suspended = createSuspendedRuns(settings.maxCachedCalls, settings.ttl);
  const proceed: RoutedReply = { response: undefined, context: {} };

  /** The journal this turn starts from, and the run that already went through it, if one is kept. */
  interface Start {
    entries: readonly Entry[];
    version: number;
    run: FlowRun | undefined;
  }

  const attempt = async (
    key: string,
    event: WebhookEvent,
    gatherParam: number | undefined,
    start: Start,
    turn: CallTurn,
    trace: WebhookTrace | undefined,
  ): Promise<RoutedReply | 'lost'> => {
    const history = start.entries;
    // Nothing below changes a kept run until it is resumed: on every earlier return it stays kept.
    const keep = (): void => {
      if (start.run) suspended.put(key, start.run, start.version, sessionOf(history));
    };
    const first = history[0];
    if (!first) {
      // No journal: only a newCall starts one. Anything else is for a call this flow does not
      // know (it expired, ended, or was never ours): answered without subscribing to more.
      if (event.event !== EventType.NEW_CALL) return proceed;
    } else if (first.t !== 'event' || first.event.event !== EventType.NEW_CALL) {
      keep();
      return proceed;
    } else if (first.event.callId !== '' && event.callId !== '' && first.event.callId !== event.callId) {
      // Bound to the verified body: a signed webhook of one call cannot be pointed at another's session.
      settings.warn(`sipgateio-sdk: a ${event.event} webhook names another call's session in its URL; ignored.`);
      keep();
      return proceed;
    }
    const gather = event.event === EventType.DATA ? (gatherParam ?? lastGather(history)) : undefined;
    const callbackUrl = urls.call(key);
    const context = { onAnswer: callbackUrl, onHangup: callbackUrl };
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
        keep();
        return { response: undefined, context };
      }
      // A new journal gets a session id of its own: a kept run is resumed only while the store
      // holds the journal it left, not another one started under the same key since.
      newEvent =
        gather !== undefined
          ? { t: 'event', event, gather }
          : history.length === 0
            ? { t: 'event', session: settings.randomId(), event }
            : { t: 'event', event };
      eventIndex = history.length;
    } else if (start.run) {
      // Seen before (a retry, or a load balancer's re-send), and the kept run went past it already.
      keep();
      return { response: FlowRun.replyFor(history, eventIndex), context };
    }
    let run = start.run;
    if (run && newEvent) {
      await run.resume(turn, newEvent, trace);
    } else {
      run = new FlowRun(
        {
          ttl: settings.ttl,
          client: settings.client,
          flow,
          gatherUrl: (seq) => urls.gather(key, seq),
          rtcm: loadRtcm,
          report: (error) => settings.report(error, event.callId),
          warn: settings.warn,
        },
        history,
        start.version,
      );
      await run.execute(turn, newEvent, trace);
    }
    if (run.lost) return 'lost';
    if (run.failure) {
      settings.report(run.failure, event.callId);
      return { response: settings.fallbackReply, context };
    }
    const entries = run.journal;
    // At hangup the journal was removed with the turn's last write: nothing will come back to it.
    if (!entries.some((entry) => entry.t === 'event' && entry.event.event === EventType.HANGUP)) {
      suspended.put(key, run, run.version, sessionOf(entries));
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
      // What the store is asked to confirm when the lock is taken: the journal of the kept run.
      let offered: SuspendedRun | undefined;
      const known = (): KnownJournal | undefined => {
        offered = suspended.peek(key);
        return offered && { version: offered.version, session: offered.session };
      };
      return runTurn(store, key, known, async (turn) => {
        // Under the call's lock: no other webhook of this call runs, here or on another instance.
        const kept = suspended.take(key);
        let journal = turn.journal;
        if (journal === UNCHANGED && (kept === undefined || kept !== offered)) journal = await turn.reload();
        for (let count = 1; ; count += 1) {
          let start: Start;
          if (
            kept?.run.resumable &&
            count === 1 &&
            (journal === UNCHANGED ||
              (journal !== undefined &&
                journal.version === kept.version &&
                sessionOf(journal.entries) === kept.session))
          ) {
            start = { entries: kept.run.journal, version: kept.version, run: kept.run };
          } else {
            if (journal === UNCHANGED) journal = await turn.reload();
            start = {
              entries: (journal?.entries ?? []) as unknown as Entry[],
              version: journal?.version ?? 0,
              run: undefined,
            };
          }
          const reply = await attempt(key, event, gather, start, turn, trace);
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
          journal = await turn.reload();
        }
      });
    },
  };
}
