import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { withEstablishedMessages } from '../../compat/established-messages';
import { SipgateIOCallNotFoundError, SipgateIONotFoundError, SipgateIOValidationError } from '../../core/errors';
import { apiPath } from '../../core/internal/path';
import { expectList } from '../../core/internal/response';
import { normalisePhoneNumber } from '../../core/phone';
import { requireBoolean, requireHttpUrl, requireText } from '../../core/internal/validate';

/** A participant of an established call. */
export interface Participant {
  participantId: string;
  phoneNumber: string;
  muted: boolean;
  hold: boolean;
  owner: boolean;
}

/** An established call (`GET /calls`). */
export interface RTCMCall {
  callId: string;
  muted: boolean;
  recording: boolean;
  hold: boolean;
  participants: Participant[];
}

/** A call object or just its id. */
export type CallReference = GenericCall | string;

/** Anything that names a call: an RTCM call, or `{ callId }` from a webhook event. */
export interface GenericCall {
  callId: string;
}

/** Options of `record`. */
export interface RecordOptions {
  /** `true` starts, `false` stops recording. */
  value: boolean;
  /** Whether to play an announcement that the call is recorded. */
  announcement: boolean;
}

/** Options of `transfer`. */
export interface TransferOptions {
  /** Attended (consult first) or blind transfer. */
  attended: boolean;
  /** The target number. */
  phoneNumber: string;
  /** The number shown to the transfer target. */
  callerId?: string;
}

/** Real-time call manipulation; create it with `createRTCMModule(client)`. A call that ended rejects with `SipgateIOCallNotFoundError`. */
export interface RTCMModule {
  /** @example `const calls = await rtcm.getEstablishedCalls();` */
  getEstablishedCalls(options?: RequestOptions): Promise<RTCMCall[]>;
  /** @example `await rtcm.mute(call, true);` */
  mute(call: CallReference, status: boolean, options?: RequestOptions): Promise<void>;
  /** @example `await rtcm.record(call, { value: true, announcement: true });` */
  record(call: CallReference, recordOptions: RecordOptions, options?: RequestOptions): Promise<void>;
  /** @example `await rtcm.announce(call, 'https://example.com/hello.wav');` */
  announce(call: CallReference, announcement: string, options?: RequestOptions): Promise<void>;
  /** @example `await rtcm.transfer(call, { attended: false, phoneNumber: '+4915799912345' });` */
  transfer(call: CallReference, transferOptions: TransferOptions, options?: RequestOptions): Promise<void>;
  /** @example `await rtcm.sendDTMF(call, '1234#');` */
  sendDTMF(call: CallReference, sequence: string, options?: RequestOptions): Promise<void>;
  /** @example `await rtcm.hold(call, true);` */
  hold(call: CallReference, status: boolean, options?: RequestOptions): Promise<void>;
  /** @example `await rtcm.hangUp('abc123');` */
  hangUp(call: CallReference, options?: RequestOptions): Promise<void>;
}

function callIdOf(call: unknown): string {
  const id = typeof call === 'string' ? call : (call as { callId?: unknown } | null)?.callId;
  return requireText(id, 'call.callId').trim();
}

/**
 * Creates the real-time call manipulation module.
 *
 * @example
 * ```ts
 * const rtcm = createRTCMModule(client);
 * for (const call of await rtcm.getEstablishedCalls()) await rtcm.hangUp(call);
 * ```
 */
export function createRTCMModule(client: SipgateIOClient): RTCMModule {
  const api = withEstablishedMessages(client, { 404: 'The requested Call could not be found' });
  /** Runs one request on `/calls/{callId}…`, turning a 404 into "call not found". */
  const onCall = async (callId: string, send: () => Promise<unknown>): Promise<void> => {
    try {
      await send();
    } catch (error) {
      if (error instanceof SipgateIONotFoundError && !(error instanceof SipgateIOCallNotFoundError)) {
        throw new SipgateIOCallNotFoundError(callId, {
          status: 404,
          method: error.method,
          path: error.path,
          body: error.body,
        });
      }
      throw error;
    }
  };

  return {
    async getEstablishedCalls(options) {
      return expectList<RTCMCall>(await api.get('/calls', options), 'GET', '/calls', 'data');
    },
    async mute(call, status, options) {
      const callId = callIdOf(call);
      const value = requireBoolean(status, 'status');
      await onCall(callId, () => api.put(apiPath`/calls/${callId}/muted`, { value }, options));
    },
    async record(call, recordOptions, options) {
      const callId = callIdOf(call);
      const value = requireBoolean(recordOptions?.value, 'recordOptions.value');
      const announcement = requireBoolean(recordOptions?.announcement, 'recordOptions.announcement');
      await onCall(callId, () => api.put(apiPath`/calls/${callId}/recording`, { value, announcement }, options));
    },
    async announce(call, announcement, options) {
      const callId = callIdOf(call);
      const url = requireHttpUrl(announcement, 'announcement');
      await onCall(callId, () => api.post(apiPath`/calls/${callId}/announcements`, { url }, options));
    },
    async transfer(call, transferOptions, options) {
      const callId = callIdOf(call);
      const attended = requireBoolean(transferOptions?.attended, 'transferOptions.attended');
      const phoneNumber = await normalisePhoneNumber(
        transferOptions?.phoneNumber,
        'transferOptions.phoneNumber',
        api.info.defaultCountry,
      );
      const body: Record<string, unknown> = { attended, phoneNumber };
      if (transferOptions.callerId !== undefined) {
        body.callerId = await normalisePhoneNumber(
          transferOptions.callerId,
          'transferOptions.callerId',
          api.info.defaultCountry,
        );
      }
      await onCall(callId, () => api.post(apiPath`/calls/${callId}/transfer`, body, options));
    },
    async sendDTMF(call, sequence, options) {
      const callId = callIdOf(call);
      const digits = requireText(sequence, 'sequence').toUpperCase();
      if (!/^[0-9*#A-D]+$/.test(digits)) {
        throw new SipgateIOValidationError(
          'sequence',
          'may contain only the DTMF digits 0-9, *, # and A-D.',
          'The provided DTMF sequence is invalid',
        );
      }
      await onCall(callId, () => api.post(apiPath`/calls/${callId}/dtmf`, { sequence: digits }, options));
    },
    async hold(call, status, options) {
      const callId = callIdOf(call);
      const value = requireBoolean(status, 'status');
      await onCall(callId, () => api.put(apiPath`/calls/${callId}/hold`, { value }, options));
    },
    async hangUp(call, options) {
      const callId = callIdOf(call);
      await onCall(callId, () => api.delete(apiPath`/calls/${callId}`, options));
    },
  };
}
