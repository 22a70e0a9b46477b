/**
 * The public types of call flows. Types only: nothing here costs anything at run time.
 */
import type { SipgateIOClient } from '../../core/client';
import type { SipgateIOLock } from '../../core/lock';
import type { RecordOptions, TransferOptions } from '../../resources/rtcm';
import type { AnswerEvent, HangUpEvent, WebhookDirection, WebhookEvent } from '../events';
import type { WebhookHandlerOptions } from '../handler-core';
import type { ResponseObject } from '../reply-builders';
import type { TrustProxy } from '../source-ip';
// Types only: the typings must not import node:http (see http-types.ts).
import type { NodeHttpRequest, NodeHttpResponse } from '../node/http-types';

/**
 * One record of a call's journal: what happened (a webhook event), what the flow did (a reply, a
 * step, an action) and what came of it. A store keeps them as opaque JSON, in order.
 */
export interface CallJournalEntry {
  /** The record's type; stores need not look inside. */
  readonly t: string;
  readonly [field: string]: unknown;
}

/** A call's journal as a store returns it. */
export interface StoredCallJournal {
  /** The entries, oldest first. */
  entries: CallJournalEntry[];
  /** The journal's version: the number of entries, as `append` compares it. */
  version: number;
}

/**
 * Where call flows keep each call's journal. Implement it to use another database: `append` must
 * be atomic (compare the version and add in one step), and every key must expire.
 *
 * @example
 * ```ts
 * const store: CallStore = {
 *   load: async (callKey) => db.get(callKey),
 *   append: async (callKey, version, entries, ttlMs) => db.appendIfLength(callKey, version, entries, ttlMs),
 *   remove: async (callKey) => db.delete(callKey),
 *   lock: myDistributedLock,
 * };
 * ```
 */
export interface CallStore {
  /**
   * The call's journal, or `undefined` when there is none (never started, expired or removed).
   * @example `const journal = await store.load(callKey);`
   */
  load(callKey: string): Promise<StoredCallJournal | undefined>;
  /**
   * Appends `entries` if the journal still has exactly `expectedVersion` entries (0: it does not
   * exist yet), and (re)sets its time to live. Resolves `true` when appended, `false` when another
   * writer came first (the caller re-reads and retries).
   * @example `const appended = await store.append(callKey, journal?.version ?? 0, entries, 3_600_000);`
   */
  append(
    callKey: string,
    expectedVersion: number,
    entries: readonly CallJournalEntry[],
    ttlMs: number,
  ): Promise<boolean>;
  /**
   * Deletes the call's journal (after its hangup).
   * @example `await store.remove(callKey);`
   */
  remove(callKey: string): Promise<void>;
  /** Runs one webhook of a call at a time, across every instance that shares the store. */
  readonly lock: SipgateIOLock;
}

/** What the Redis store needs of a client: node-redis's `sendCommand` (v4, v5) or ioredis's `call` (v5). */
export type RedisClientLike =
  | {
      /**
       * node-redis: sends one command.
       * @example `await redis.sendCommand(['GET', 'key']);`
       */
      sendCommand(args: string[]): Promise<unknown>;
    }
  | {
      /**
       * ioredis: sends one command.
       * @example `await redis.call('GET', 'key');`
       */
      call(command: string, ...args: string[]): Promise<unknown>;
    };

/** Options of {@link createRedisCallStore}. */
export interface RedisCallStoreOptions {
  /** Prefix of every key the store writes. @default 'sipgateio:flow:' */
  keyPrefix?: string;
  /**
   * How long a lock is held without renewal. The holder renews it while it works; a crashed
   * holder's lock frees itself after this time.
   * @default 5000
   * @unit milliseconds
   */
  leaseMs?: number;
  /**
   * Longest wait for a lock before giving up with `SipgateIOTimeoutError`.
   * @default 30000
   * @unit milliseconds
   */
  lockWaitMs?: number;
}

/** Options of `call.gather`. */
export interface CallGatherOptions {
  /** A WAV (mono, 16-bit PCM, 8 kHz) played while waiting. */
  play?: string;
  /** Digits to collect. @default 1 */
  maxDigits?: number;
  /** How long to wait for input. @default 2000 @unit milliseconds */
  timeout?: number;
}

/** Options of `call.dial`. */
export interface CallDialOptions {
  /** 1 to 5 numbers in E.164 (`+4915799912345`). */
  to: string | string[];
  /** The number shown to the target. */
  callerId?: string;
  /** Hide the caller's number. */
  anonymous?: boolean;
}

/** Options of `call.reject`. */
export interface CallRejectOptions {
  /** @default 'rejected' */
  reason?: 'busy' | 'rejected';
}

/**
 * One call, as a flow function sees it. Verbs (`gather`, `dial`, `voicemail`, `reject`,
 * `hangUp`, `play`) become the reply to sipgate's pending `newCall` or `dtmf` webhook; actions
 * (`hold`, `mute`, `record`, `announce`, `sendDTMF`, `transfer`, and `hangUp` when no reply is
 * pending) go through the REST call endpoints. Everything is journaled: on replay, recorded
 * results are returned and nothing is sent again.
 */
export interface Call extends AsyncIterable<WebhookEvent> {
  /** The call's id (`''` when sipgate sent none). */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly direction: WebhookDirection;
  readonly users: readonly string[];
  readonly userIds: readonly string[];
  readonly originalCallId: string;
  readonly xcid: string;
  readonly diversion: string | undefined;
  /** Settles when someone answers (never, if nobody does: race it with `ended` to know). */
  readonly answered: Promise<AnswerEvent>;
  /** Settles when the call ends, with its `cause`. */
  readonly ended: Promise<HangUpEvent>;
  /** `true` while the function re-runs recorded history (e.g. to keep logs from repeating). */
  readonly isReplaying: boolean;
  /**
   * Plays `play` and collects digits; resolves with them (`''` when none were pressed).
   * @example `const choice = await call.gather({ play: MENU_WAV, maxDigits: 1, timeout: 5000 });`
   */
  gather(options?: CallGatherOptions): Promise<string>;
  /**
   * Redirects the call to up to five numbers.
   * @example `return call.dial({ to: '+4915799912345' });`
   */
  dial(options: CallDialOptions): Promise<void>;
  /**
   * Sends the call to voicemail.
   * @example `return call.voicemail();`
   */
  voicemail(): Promise<void>;
  /**
   * Rejects the call.
   * @example `return call.reject({ reason: 'busy' });`
   */
  reject(options?: CallRejectOptions): Promise<void>;
  /**
   * Hangs up: as the reply when one is pending, else through the REST API (needs `client`).
   * @example `return call.hangUp();`
   */
  hangUp(): Promise<void>;
  /**
   * Plays a WAV file; the call continues afterwards.
   * @example `await call.play('https://app.example.com/goodbye.wav');`
   */
  play(url: string): Promise<void>;
  /**
   * Runs `fn` once for this call and records its result (JSON): replays return the recorded
   * value (or rethrow the recorded failure) without running it again. Put every side effect and
   * everything non-deterministic (time, randomness, I/O) in a step.
   * @example `const customer = await call.step('crm-lookup', () => crm.find(call.from));`
   */
  step<T>(name: string, fn: () => T | Promise<T>): Promise<T>;
  /**
   * Puts the call on hold (`true`) or resumes it.
   * @example `await call.hold(true);`
   */
  hold(on?: boolean): Promise<void>;
  /**
   * Mutes the call (`true`) or unmutes it.
   * @example `await call.mute(false);`
   */
  mute(on?: boolean): Promise<void>;
  /**
   * Starts recording (`{ value: true }`, the default) or stops it.
   * @example `await call.record({ value: true, announcement: true });`
   */
  record(options?: Partial<RecordOptions>): Promise<void>;
  /**
   * Plays an announcement into the call.
   * @example `await call.announce('https://app.example.com/please-hold.wav');`
   */
  announce(url: string): Promise<void>;
  /**
   * Sends DTMF tones.
   * @example `await call.sendDTMF('1234#');`
   */
  sendDTMF(sequence: string): Promise<void>;
  /**
   * Transfers the call.
   * @example `await call.transfer({ attended: false, phoneNumber: '+4915799912345' });`
   */
  transfer(options: TransferOptions): Promise<void>;
}

/** The function that handles a call from its `newCall` to its `hangup`. */
export type CallFlowFunction = (call: Call) => Promise<void> | void;

/** Options of `createCallFlow`. */
export interface CallFlowOptions extends Pick<
  WebhookHandlerOptions,
  | 'skipSignatureVerification'
  | 'publicKey'
  | 'sourceIpCheck'
  | 'allowedSourceIps'
  | 'maxBodyBytes'
  | 'handlerTimeout'
  | 'tracing'
  | 'logger'
> {
  /** The public URL sipgate reaches this flow at (the incoming-call webhook URL); callbacks point here. */
  baseUrl: string;
  /** Where journals live. @default an in-memory store (one instance) */
  store?: CallStore;
  /** A sipgateIO client, for actions on the live call. */
  client?: SipgateIOClient;
  /**
   * How long a call's journal lives after its last event (it is removed at hangup anyway).
   * @default 14400000 (4 hours)
   * @unit milliseconds
   */
  ttl?: number;
  /** Most calls the default in-memory store keeps; the least recently active is dropped beyond. @default 10000 */
  maxCalls?: number;
  /**
   * Most calls whose flow function this instance keeps suspended in memory between their
   * webhooks. The call's next webhook then resumes the function where it waits, instead of
   * replaying the journal, when the store still holds the journal the function left (no other
   * instance took a webhook of the call since); otherwise, and beyond this number (the least
   * recently active call is dropped), the journal is replayed as usual. `0` replays on every
   * webhook: use it in tests, so that a function that is not deterministic fails there rather
   * than when a call first moves to another instance.
   * @default 1000
   */
  maxCachedCalls?: number;
  /** What sipgate gets when the flow fails (see `onError`). @default none: an empty `<Response/>`, the call proceeds */
  fallbackReply?: ResponseObject;
  /** Trust `X-Forwarded-For` from this many proxies. */
  trustProxy?: TrustProxy;
  /** The client's address (fetch handler only), where the runtime knows it. */
  getClientAddress?: (request: Request) => string | undefined;
  /** Receives the flow's failures (typed, e.g. `SipgateIOCallFlowNondeterminismError`) and the function's own errors. */
  onError?: (error: unknown, callId: string) => void;
}

/** A call flow: mount `handler` (node:http, Express, Fastify's raw) or `fetch` (Workers, Bun, Deno). */
export interface CallFlow {
  /** A Node `(req, res)` handler (node:http's types where Node's types are present; see {@link NodeHttpRequest}). */
  handler: (req: NodeHttpRequest, res: NodeHttpResponse, next?: unknown) => Promise<void>;
  /** A Web-standard `(Request) => Promise<Response>` handler. */
  fetch: (request: Request) => Promise<Response>;
}
