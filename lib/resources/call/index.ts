import { bindRoutes } from '../../core/internal/route';
import { CALL_ROUTES, type CallOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import {
  ESTABLISHED_TEXTS,
  withEstablishedMessages,
  withEstablishedText,
  withEstablishedTextAsync,
} from '../../compat/established-messages';
import { SipgateIOInvalidResponseError, SipgateIOValidationError } from '../../core/errors';
import { normalisePhoneNumber } from '../../core/phone';
import { isExtension, validateExtension, type ExtensionType } from '../../core/internal/validate';

/** A call to start between `from` and `to`. See the README for the valid combinations. */
export interface CallData {
  /** The device that rings first: an extension (`e0`, `p0`, `x0`, `y0`) or a phone number (then `deviceId` is required). */
  from: string;
  /** The number to call. */
  to: string;
  /** The number shown to the callee. */
  callerId?: string;
  /** The device used for billing and the displayed number; required when `from` is a phone number. */
  deviceId?: string;
}

/** What `initiate` returns. */
export interface InitiateNewCallSessionResponse {
  sessionId: string;
}

/** The call module; create it with `createCallModule(client)`. */
export interface CallModule extends CallOperations {
  /**
   * Starts a call: `from` rings first; once picked up, `to` is called.
   * @example
   * ```ts
   * const { sessionId } = await call.initiate({ from: 'e14', to: '+4921165432' });
   * ```
   */
  initiate(callData: CallData, options?: RequestOptions): Promise<InitiateNewCallSessionResponse>;
}

/** Fixed refusal texts (lib/compat/README.md). */
const CALL_TEXTS = {
  caller: 'Caller is not a valid extension or phone number',
  callerId: 'CallerId is not a valid phone number',
  deviceIdRequired: 'DeviceId is required if caller is not an extension',
} as const;

/** Extension types that can place a call: VoIP phone, phoneline, external phone, mobile. */
export const CALLING_EXTENSION_TYPES: readonly ExtensionType[] = ['e', 'p', 'x', 'y'];

/**
 * Creates the call module.
 *
 * @example
 * ```ts
 * const call = createCallModule(client);
 * await call.initiate({ from: '+4921123456', deviceId: 'e14', to: '+4921165432' });
 * ```
 */
export function createCallModule(client: SipgateIOClient): CallModule {
  const api = withEstablishedMessages(client, {
    400: 'Invalid Call object',
    402: 'Insufficient funds',
    403: 'Cannot access extension - not found or forbidden',
  });
  const country = (): string => api.info.defaultCountry;
  return {
    ...bindRoutes<CallOperations, typeof CALL_ROUTES>(client, CALL_ROUTES),
    async initiate(callData, options) {
      if (typeof callData !== 'object' || callData === null) {
        throw new SipgateIOValidationError('callData', 'pass { from, to, callerId?, deviceId? }.');
      }
      const { from, to, callerId, deviceId } = callData;
      // Checked in the drop-in order (lib/compat/README.md): a call with several faults gets the same text.
      const callee = await withEstablishedTextAsync(ESTABLISHED_TEXTS.phoneNumber, async () => {
        if (isExtension(to)) {
          throw new SipgateIOValidationError(
            'to',
            'must be a phone number; calling an extension is not supported by /sessions/calls.',
          );
        }
        return normalisePhoneNumber(to, 'to', country());
      });
      const fromIsExtension = isExtension(from);
      const caller = await withEstablishedTextAsync(CALL_TEXTS.caller, async () =>
        fromIsExtension
          ? validateExtension(from, 'from', CALLING_EXTENSION_TYPES)
          : normalisePhoneNumber(from, 'from', country()),
      );
      if (!fromIsExtension && deviceId === undefined) {
        throw new SipgateIOValidationError(
          'deviceId',
          'is required when from is a phone number (it bills the call and picks the displayed number), e.g. { from: "+4921123456", deviceId: "e14", to }.',
          CALL_TEXTS.deviceIdRequired,
        );
      }
      const device =
        deviceId === undefined
          ? undefined
          : withEstablishedText(ESTABLISHED_TEXTS.extension, () =>
              validateExtension(deviceId, 'deviceId', CALLING_EXTENSION_TYPES),
            );
      const body: Record<string, string> = { caller, callee };
      if (callerId !== undefined)
        body.callerId = await withEstablishedTextAsync(CALL_TEXTS.callerId, () =>
          normalisePhoneNumber(callerId, 'callerId', country()),
        );
      if (device !== undefined) body.deviceId = device;
      const response = await api.post<InitiateNewCallSessionResponse>('/sessions/calls', body, options);
      if (!response || typeof response.sessionId !== 'string') {
        throw new SipgateIOInvalidResponseError('POST /sessions/calls returned no sessionId.', {
          method: 'POST',
          path: '/sessions/calls',
          body: response,
        });
      }
      return { sessionId: response.sessionId };
    },
  };
}
