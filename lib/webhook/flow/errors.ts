/**
 * The errors of call flows. Small and loaded with the webhook entry, so that `instanceof` works
 * before the flow code itself has loaded.
 */
import { SipgateIOError } from '../../core/errors';

/** Why a call flow failed. */
export type CallFlowProblem =
  'nondeterminism' | 'no_reply_pending' | 'interrupted' | 'step_failed' | 'store' | 'no_client';

/**
 * A call flow could not go on: see `reason`. sipgate then gets the flow's `fallbackReply`
 * (by default an empty `<Response/>`, which lets the call proceed as if there were no webhook).
 *
 * @example
 * ```ts
 * createCallFlow({ baseUrl, onError: (error) => { if (error instanceof SipgateIOCallFlowError) console.warn(error.reason, error.callId); } }, flow);
 * ```
 */
export class SipgateIOCallFlowError extends SipgateIOError {
  override name = 'SipgateIOCallFlowError';
  /** What went wrong. */
  readonly reason: CallFlowProblem;
  /** The call's id, `''` when sipgate sent none. */
  readonly callId: string;
  constructor(reason: CallFlowProblem, callId: string, message: string, cause?: unknown) {
    super(message, 'call_flow', cause === undefined ? {} : { cause });
    this.reason = reason;
    this.callId = callId;
  }
  /**
   * The base fields plus this class's own (see {@link SipgateIOError.toJSON}).
   * @example
   * ```ts
   * logger.error('flow failed', error.toJSON());
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, callId: this.callId };
  }
}

/**
 * On replay, the flow function issued other commands than the call's journal holds: it is not
 * deterministic (it read the clock, a random number or I/O outside `call.step`), or it was changed
 * while calls were running. The flow is stopped for this call; nothing is sent or run twice.
 *
 * @example
 * ```ts
 * onError: (error) => { if (error instanceof SipgateIOCallFlowNondeterminismError) alert(error.expected, error.actual); }
 * ```
 */
export class SipgateIOCallFlowNondeterminismError extends SipgateIOCallFlowError {
  override name = 'SipgateIOCallFlowNondeterminismError';
  /** What the journal holds at that position, e.g. `step "crm-lookup" (#2)`. */
  readonly expected: string;
  /** What the function did instead, e.g. `gather (#2)` or `nothing`. */
  readonly actual: string;
  constructor(callId: string, expected: string, actual: string) {
    super(
      'nondeterminism',
      callId,
      `The call flow is not deterministic: replaying call ${callId || '(no id)'}, the journal holds ${expected} but the function did ${actual}. ` +
        'A flow must issue the same commands in the same order on every run: read time, randomness and I/O inside call.step().',
    );
    this.expected = expected;
    this.actual = actual;
  }
  /**
   * The base fields plus this class's own (see {@link SipgateIOError.toJSON}).
   * @example
   * ```ts
   * logger.error('flow failed', error.toJSON());
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), expected: this.expected, actual: this.actual };
  }
}

/**
 * A `call.step` function or an action on the live call failed. The failure is recorded, so a
 * replay rejects with the same error (name and message kept; `cause` holds the original error
 * only in the run where it happened).
 *
 * @example
 * ```ts
 * try { await call.step('crm', () => crm.find(call.from)); } catch (error) { if (error instanceof SipgateIOCallFlowStepError) await call.voicemail(); }
 * ```
 */
export class SipgateIOCallFlowStepError extends SipgateIOCallFlowError {
  override name = 'SipgateIOCallFlowStepError';
  /** The step's name, or the action's (`record`, `hangUp`…). */
  readonly step: string;
  /** `name` of the original error. */
  readonly originalName: string;
  constructor(callId: string, step: string, originalName: string, originalMessage: string, cause?: unknown) {
    super(
      'step_failed',
      callId,
      `Step "${step}" of call ${callId || '(no id)'} failed: ${originalName}: ${originalMessage}`,
      cause,
    );
    this.step = step;
    this.originalName = originalName;
  }
  /**
   * The base fields plus this class's own (see {@link SipgateIOError.toJSON}).
   * @example
   * ```ts
   * logger.error('flow failed', error.toJSON());
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), step: this.step, originalName: this.originalName };
  }
}
