/**
 * A run of a flow function: replay the journal (answering every command the function issues from
 * what is recorded, in recorded order), then go on live until the function waits for something
 * only a later webhook brings. Side effects happen only live, and only after their claim is saved:
 * a replay never repeats one. A run that finished its turn can be resumed with the call's next
 * webhook (the engine keeps it while the store's journal is still the one it left), which skips
 * the replay; every write still goes through the turn, with the expected version.
 */
import type { SipgateIOClient } from '../../core/client';
import type { WebhookTrace } from '../../core/tracing';
import { SipgateIOValidationError } from '../../core/errors';
import type { RTCMModule } from '../../resources/rtcm';
import {
  EventType,
  type AnswerEvent,
  type HangUpEvent,
  type NewCallEvent,
  type WebhookDirection,
  type WebhookEvent,
} from '../events';
import { WebhookResponseBuilders, RejectReason, type ResponseObject } from '../reply-builders';
import { SipgateIOCallFlowError, SipgateIOCallFlowNondeterminismError, SipgateIOCallFlowStepError } from './errors';
import {
  describeCommand,
  describeEntry,
  type CommandEntry,
  type CommandKind,
  type Entry,
  type EventEntry,
  type ResultEntry,
  type VerbKind,
} from './journal';
import type { CallTurn } from './call-turn';
import type {
  Call,
  CallDialOptions,
  CallFlowFunction,
  CallGatherOptions,
  CallJournalEntry,
  CallRejectOptions,
} from './types';

/** What a run needs from its flow. */
export interface RunContext {
  ttl: number;
  client: SipgateIOClient | undefined;
  flow: CallFlowFunction;
  /** The callback URL of Gather number `seq` of this call (`baseUrl` plus `call=<key>&gather=<seq>`). */
  gatherUrl(seq: number): string;
  rtcm(): Promise<RTCMModule>;
  report(error: unknown): void;
  warn(message: string): void;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A promise that never settles: what a stopped run hands the function, so user code cannot catch its way on. */
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/**
 * Waits until the function has run as far as it can: every microtask queued so far (and those they
 * queue) has run. The flow awaits only the run's own promises, so after this it is waiting.
 */
const settle: () => Promise<void> =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === 'function'
    ? () =>
        new Promise<void>((resolve) =>
          (globalThis as unknown as { setImmediate(fn: () => void): void }).setImmediate(resolve),
        )
    : () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Results are stored as JSON; the live run returns the same parsed copy a replay will. */
function asJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

const ACCEPTS_REPLY = new Set<string>([EventType.NEW_CALL, EventType.DATA]);

/** A command the function issued, waiting for its outcome. */
interface Issued {
  kind: CommandKind;
  name: string | undefined;
  outcome: Deferred<unknown>;
  settled: boolean;
}

export class FlowRun {
  /** Entries written by this run, not yet saved. */
  private pending: Entry[] = [];
  /** The call's journal as this run knows it: the replayed history, then what it saved. */
  readonly journal: Entry[];
  /** How much of `journal` is replayed. */
  private readonly replayEnd: number;
  /** The turn that may write, while one runs; a write between turns stops the run (see `flush`). */
  private turn: CallTurn | undefined;
  /** The trace of the webhook this run is serving, when tracing is on: live steps and actions get a span under it. */
  private trace: WebhookTrace | undefined;
  /** The command count when the last turn ended: a run that issued more since then is not resumed. */
  private seqAtRest = -1;
  private cursor = 0;
  private seq = 0;
  private slotOpen = false;
  private replayingNow = true;
  private flowDone = false;
  private readonly issued: Issued[] = [];
  private readonly inflight = new Set<Promise<void>>();
  private writes: Promise<void> = Promise.resolve();
  private readonly events: WebhookEvent[] = [];
  private eventsEnded = false;
  private readonly eventWaiters: Array<() => void> = [];
  private readonly answered = deferred<AnswerEvent>();
  private readonly ended = deferred<HangUpEvent>();
  private newCall: NewCallEvent | undefined;
  /** Set when the run must stop: a nondeterminism or store failure (reported), or a lost race (retried). */
  failure: SipgateIOCallFlowError | undefined;
  lost = false;
  readonly call: Call;

  constructor(
    private readonly ctx: RunContext,
    history: readonly Entry[],
    public version: number,
  ) {
    // A copy: the journal grows with what this run saves, and a store may hand out its own array.
    this.journal = history.slice();
    this.replayEnd = history.length;
    this.call = this.makeCall();
  }

  private get ok(): boolean {
    return this.failure === undefined && !this.lost;
  }

  private get callId(): string {
    return this.newCall?.callId ?? '';
  }

  /**
   * Whether the run can take the call's next webhook without a replay: its last turn ended well,
   * and the function has done nothing since (it waits for the call only).
   */
  get resumable(): boolean {
    return this.ok && this.turn === undefined && this.seq === this.seqAtRest && this.pending.length === 0;
  }

  /** Replays the journal, delivers the new event and runs on until the function waits; writes through `turn`. */
  async execute(turn: CallTurn, newEvent: EventEntry | undefined, trace?: WebhookTrace): Promise<void> {
    this.turn = turn;
    this.trace = trace;
    try {
      await this.replay();
      if (!this.ok) return;
      this.finishInterrupted();
      this.replayingNow = false;
      await this.runOn(newEvent);
    } finally {
      this.rest();
    }
  }

  /** Delivers the call's next webhook to a run that is {@link resumable}, and runs on as `execute` does. */
  async resume(turn: CallTurn, newEvent: EventEntry, trace?: WebhookTrace): Promise<void> {
    this.turn = turn;
    this.trace = trace;
    try {
      await this.runOn(newEvent);
    } finally {
      this.rest();
    }
  }

  private rest(): void {
    this.turn = undefined;
    this.trace = undefined;
    this.seqAtRest = this.seq;
  }

  private async replay(): Promise<void> {
    const history = this.journal;
    while (this.cursor < this.replayEnd && this.ok) {
      const entry = history[this.cursor];
      if (entry.t === 'command') {
        // The function must issue this command itself; give it the chance: a few microtask turns
        // nearly always suffice (a resolved await continues within them), a full settle otherwise.
        for (let turn = 0; turn < 32 && this.ok && history[this.cursor] === entry; turn += 1) await Promise.resolve();
        if (this.ok && history[this.cursor] === entry) await settle();
        if (this.ok && history[this.cursor] === entry) {
          this.fail(
            new SipgateIOCallFlowNondeterminismError(
              this.callId,
              describeEntry(entry),
              this.flowDone ? 'finish' : 'not issue it (it waited for something else)',
            ),
          );
        }
        continue;
      }
      this.cursor += 1;
      this.deliver(entry, undefined);
      // Before a command the loop waits for the function anyway; before anything else, let it run as far as it can.
      if (this.cursor >= this.replayEnd || history[this.cursor].t !== 'command') await settle();
    }
  }

  /** Delivers the new event (if any), lets the function run until it waits, and saves what it did. */
  private async runOn(newEvent: EventEntry | undefined): Promise<void> {
    if (newEvent) {
      this.pending.push(newEvent);
      this.deliver(newEvent, undefined);
    }
    for (;;) {
      await settle();
      if (!this.ok) return;
      if (this.inflight.size === 0) break;
      await Promise.race(this.inflight);
    }
    // A newCall or dtmf the function left unanswered: the call proceeds, and a replay must know
    // that this webhook's reply is spent.
    if (this.slotOpen) {
      this.pending.push({ t: 'noReply' });
      this.slotOpen = false;
    }
    await this.flush(true);
  }

  /** Steps and actions claimed by a run that never saved their outcome (it crashed, or lost its lease). */
  private finishInterrupted(): void {
    this.issued.forEach((command, seq) => {
      if (command.settled || (command.kind !== 'step' && command.kind !== 'action')) return;
      const result: ResultEntry =
        command.kind === 'action'
          ? { t: 'result', seq, ok: true, interrupted: true }
          : { t: 'result', seq, ok: false, interrupted: true };
      if (command.kind === 'action') {
        this.ctx.warn(
          `sipgateio-sdk: call flow ${this.callId}: the ${command.name} action was interrupted before its outcome was saved; it is taken as sent and not repeated.`,
        );
      }
      this.pending.push(result);
      this.deliver(result, undefined);
    });
  }

  private fail(error: SipgateIOCallFlowError): void {
    if (this.ok) this.failure = error;
  }

  /**
   * Saves pending entries with the expected version; a lost compare-and-set stops the run for a
   * retry. `last`: the turn's final write, which also removes the journal once the call has ended.
   * Outside a turn nothing can be saved (the function went on without a webhook, e.g. after a
   * timer of its own): the run stops and is not resumed; the call's next webhook replays.
   */
  private flush(last = false): Promise<void> {
    this.writes = this.writes.then(async () => {
      if (!this.ok || (this.pending.length === 0 && !last)) return;
      const turn = this.turn;
      if (!turn) {
        this.lost = true;
        this.ctx.warn(
          `sipgateio-sdk: call flow ${this.callId || '(no id)'}: the function issued ${describeEntry(this.pending[0])} between webhooks (it awaited something other than the call, outside a step); not saved and not run. Put waits and other I/O in call.step.`,
        );
        return;
      }
      const batch = this.pending;
      this.pending = [];
      const entries = batch as unknown as CallJournalEntry[];
      let appended: boolean;
      try {
        if (last) {
          // The turn ends with this write (the Redis store frees the lock with it): nothing after it may write.
          this.turn = undefined;
          appended = await turn.finish(this.version, entries, this.ctx.ttl, this.eventsEnded);
        } else appended = await turn.append(this.version, entries, this.ctx.ttl);
      } catch (error) {
        this.fail(
          new SipgateIOCallFlowError(
            'store',
            this.callId,
            `The call store failed to save call ${this.callId || '(no id)'}: ${(error as Error)?.message ?? String(error)}`,
            error,
          ),
        );
        return;
      }
      if (!appended) {
        this.lost = true;
        return;
      }
      this.version += batch.length;
      for (const entry of batch) this.journal.push(entry);
    });
    return this.writes;
  }

  private deliver(entry: Entry, cause: unknown): void {
    if (entry.t === 'noReply') {
      this.slotOpen = false;
      return;
    }
    if (entry.t === 'result') {
      const command = this.issued[entry.seq];
      if (!command || command.settled) {
        this.fail(
          new SipgateIOCallFlowNondeterminismError(
            this.callId,
            describeEntry(entry),
            'not issue a step or action with that number',
          ),
        );
        return;
      }
      command.settled = true;
      if (entry.ok) command.outcome.resolve(entry.value);
      else if (entry.interrupted) {
        command.outcome.reject(
          new SipgateIOCallFlowError(
            'interrupted',
            this.callId,
            `Step "${command.name}" of call ${this.callId || '(no id)'} was interrupted before its outcome was saved; it is not run again.`,
          ),
        );
      } else {
        const error = entry.error ?? { name: 'Error', message: '' };
        command.outcome.reject(
          new SipgateIOCallFlowStepError(this.callId, command.name ?? command.kind, error.name, error.message, cause),
        );
      }
      return;
    }
    if (entry.t !== 'event') return;
    const event = entry.event;
    switch (event.event) {
      case EventType.NEW_CALL:
        this.newCall = event;
        this.slotOpen = true;
        this.startFlow();
        break;
      case EventType.DATA: {
        const gather = entry.gather === undefined ? undefined : this.issued[entry.gather];
        if (!gather || gather.kind !== 'gather' || gather.settled) {
          this.fail(
            new SipgateIOCallFlowNondeterminismError(
              this.callId,
              describeEntry(entry),
              `not issue gather #${entry.gather}`,
            ),
          );
          return;
        }
        gather.settled = true;
        this.slotOpen = true;
        gather.outcome.resolve(event.dtmf);
        break;
      }
      case EventType.ANSWER:
        this.answered.resolve(event);
        break;
      case EventType.HANGUP:
        this.ended.resolve(event);
        this.eventsEnded = true;
        break;
    }
    this.events.push(event);
    for (const wake of this.eventWaiters.splice(0)) wake();
  }

  private startFlow(): void {
    void Promise.resolve()
      .then(() => this.ctx.flow(this.call))
      .then(
        () => {
          this.flowDone = true;
        },
        (error: unknown) => {
          this.flowDone = true;
          // Reported where it happened: a replay re-throws what an earlier run already reported.
          if (!this.replayingNow && this.ok) this.ctx.report(error);
        },
      );
  }

  /** Issues a command: matched against the journal while replaying, else recorded (and for steps and actions, run). */
  private issue(
    kind: CommandKind,
    name: string | undefined,
    reply: ResponseObject | undefined,
    work?: () => Promise<unknown>,
  ): Promise<unknown> {
    if (!this.ok) return never();
    const seq = this.seq;
    this.seq += 1;
    const command: Issued = { kind, name, outcome: deferred<unknown>(), settled: false };
    this.issued[seq] = command;
    const isVerb = kind !== 'step' && kind !== 'action';
    if (this.replayingNow) {
      const entry = this.cursor < this.replayEnd ? this.journal[this.cursor] : undefined;
      if (!entry || entry.t !== 'command' || entry.seq !== seq || entry.kind !== kind || entry.name !== name) {
        this.fail(
          new SipgateIOCallFlowNondeterminismError(
            this.callId,
            describeEntry(entry),
            `issue ${describeCommand(kind, name, seq)}`,
          ),
        );
        return never();
      }
      this.cursor += 1;
    } else {
      this.pending.push(name === undefined ? { t: 'command', seq, kind, reply } : { t: 'command', seq, kind, name });
    }
    if (isVerb) {
      this.slotOpen = false;
      // A gather waits for its dtmf webhook; the other verbs are done once they are the reply.
      if (kind !== 'gather') {
        command.settled = true;
        command.outcome.resolve(undefined);
      }
      return command.outcome.promise;
    }
    if (!this.replayingNow && work) this.runLive(seq, work, kind === 'step' ? 'step' : 'action', name ?? kind);
    return command.outcome.promise;
  }

  private runLive(seq: number, work: () => Promise<unknown>, kind: 'step' | 'action', name: string): void {
    // The webhook's trace now: a kept run goes on with the trace of each later webhook.
    const trace = this.trace;
    const running = (async () => {
      // The claim is saved first: should this run die now, no later run starts it again.
      await this.flush();
      if (!this.ok) return;
      let result: ResultEntry;
      let cause: unknown;
      const stepTrace = trace?.step?.(kind, name, this.callId);
      try {
        result = { t: 'result', seq, ok: true, value: asJson(await (stepTrace ? stepTrace.run(work) : work())) };
        stepTrace?.end(undefined);
      } catch (error) {
        stepTrace?.end(error);
        cause = error;
        const name = (error as Error)?.name;
        result = {
          t: 'result',
          seq,
          ok: false,
          error: {
            name: typeof name === 'string' ? name : 'Error',
            message: String((error as Error)?.message ?? error),
          },
        };
      }
      this.pending.push(result);
      await this.flush();
      if (!this.ok) return;
      this.deliver(result, cause);
    })();
    this.inflight.add(running);
    void running.finally(() => this.inflight.delete(running));
  }

  /** A verb, when a reply is pending; else the typed refusal (consuming no number, as on every replay). */
  private verb(kind: VerbKind, build: () => ResponseObject): Promise<void> {
    if (!this.ok) return never();
    if (!this.slotOpen) {
      return Promise.reject(
        new SipgateIOCallFlowError(
          'no_reply_pending',
          this.callId,
          `call.${kind}() needs a pending newCall or dtmf webhook to answer, and call ${this.callId || '(no id)'} has none: sipgate acts only on the reply to those, once. ` +
            'Use the actions on the live call instead (call.announce, call.transfer, call.hangUp…), or a gather to get a new reply.',
        ),
      );
    }
    let reply: ResponseObject;
    try {
      reply = build();
    } catch (error) {
      return Promise.reject(error);
    }
    return this.issue(kind, undefined, reply) as Promise<void>;
  }

  private action(name: string, perform: (rtcm: RTCMModule, callId: string) => Promise<void>): Promise<void> {
    if (!this.ok) return never();
    const client = this.ctx.client;
    if (!client) {
      return Promise.reject(
        new SipgateIOValidationError(
          'client',
          `call.${name}() acts on the live call through the REST API: pass a sipgateIO client to createCallFlow.`,
        ),
      );
    }
    const callId = this.callId;
    return this.issue('action', name, undefined, async () => perform(await this.ctx.rtcm(), callId)) as Promise<void>;
  }

  private makeCall(): Call {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const run = this;
    const field = <K extends keyof NewCallEvent>(key: K): NewCallEvent[K] | undefined => run.newCall?.[key];
    const gatherReply = (options: CallGatherOptions | undefined, seq: number): ResponseObject => {
      const gather = WebhookResponseBuilders.gatherDTMF({
        maxDigits: options?.maxDigits ?? 1,
        timeout: options?.timeout ?? 2000,
        ...(options?.play === undefined ? {} : { announcement: options.play }),
      });
      gather.Gather._attributes.onData = run.ctx.gatherUrl(seq);
      return gather;
    };
    return {
      get id() {
        return run.callId;
      },
      get from() {
        return field('from') ?? '';
      },
      get to() {
        return field('to') ?? '';
      },
      get direction() {
        return field('direction') as WebhookDirection;
      },
      get users() {
        return field('users') ?? [];
      },
      get userIds() {
        return field('userIds') ?? [];
      },
      get originalCallId() {
        return field('originalCallId') ?? '';
      },
      get xcid() {
        return field('xcid') ?? '';
      },
      get diversion() {
        return field('diversion');
      },
      answered: this.answered.promise,
      ended: this.ended.promise,
      get isReplaying() {
        return run.replayingNow;
      },
      gather: (options) => {
        if (options !== undefined && (typeof options !== 'object' || options === null))
          return Promise.reject(new SipgateIOValidationError('options', 'pass { play, maxDigits, timeout }.'));
        const seq = run.seq;
        return run.verb('gather', () => gatherReply(options, seq)) as unknown as Promise<string>;
      },
      dial: (options: CallDialOptions) =>
        run.verb('dial', () => {
          const numbers = typeof options?.to === 'string' ? [options.to] : options?.to;
          return WebhookResponseBuilders.redirectCall({
            numbers: numbers,
            ...(options.callerId === undefined ? {} : { callerId: options.callerId }),
            ...(options.anonymous === undefined ? {} : { anonymous: options.anonymous }),
          });
        }),
      voicemail: () => run.verb('voicemail', () => WebhookResponseBuilders.sendToVoicemail()),
      reject: (options?: CallRejectOptions) =>
        run.verb('reject', () =>
          WebhookResponseBuilders.rejectCall({ reason: (options?.reason ?? 'rejected') as RejectReason }),
        ),
      play: (url: string) => run.verb('play', () => WebhookResponseBuilders.playAudio({ announcement: url })),
      hangUp: () =>
        run.slotOpen
          ? run.verb('hangUp', () => WebhookResponseBuilders.hangUpCall())
          : run.action('hangUp', (rtcm, id) => rtcm.hangUp(id)),
      step: <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
        if (typeof name !== 'string' || name === '')
          return Promise.reject(new SipgateIOValidationError('name', 'must be a non-empty string naming the step.'));
        if (typeof fn !== 'function') return Promise.reject(new SipgateIOValidationError('fn', 'must be a function.'));
        return run.issue('step', name, undefined, async () => fn()) as Promise<T>;
      },
      hold: (on = true) => run.action('hold', (rtcm, id) => rtcm.hold(id, on)),
      mute: (on = true) => run.action('mute', (rtcm, id) => rtcm.mute(id, on)),
      record: (options) =>
        run.action('record', (rtcm, id) =>
          rtcm.record(id, { value: options?.value ?? true, announcement: options?.announcement ?? false }),
        ),
      announce: (url) => run.action('announce', (rtcm, id) => rtcm.announce(id, url)),
      sendDTMF: (sequence) => run.action('sendDTMF', (rtcm, id) => rtcm.sendDTMF(id, sequence)),
      transfer: (options) => run.action('transfer', (rtcm, id) => rtcm.transfer(id, options)),
      [Symbol.asyncIterator]: () => {
        let index = 0;
        const next = (): Promise<IteratorResult<WebhookEvent>> => {
          if (index < run.events.length) {
            const value = run.events[index];
            index += 1;
            return Promise.resolve({ value, done: false });
          }
          if (run.eventsEnded) return Promise.resolve({ value: undefined, done: true });
          return new Promise((resolve) => run.eventWaiters.push(() => resolve(next())));
        };
        return { next };
      },
    };
  }

  /** Whether the event of this webhook wants a reply, and the reply saved for it (if any). */
  static replyFor(entries: readonly Entry[], eventIndex: number): ResponseObject | undefined {
    for (let i = eventIndex + 1; i < entries.length; i += 1) {
      const entry = entries[i];
      if (entry.t === 'noReply') return undefined;
      if (entry.t === 'command' && entry.reply) return entry.reply;
      if (entry.t === 'event' && ACCEPTS_REPLY.has(entry.event.event)) return undefined;
    }
    return undefined;
  }
}

export type { CommandEntry };
