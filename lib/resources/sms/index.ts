import { bindRoutes } from '../../core/internal/route';
import { SMS_PHONE_NUMBER_FIELDS } from './phone-number-fields';
import { SMS_ROUTES, type SMSOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import {
  ESTABLISHED_TEXTS,
  withEstablishedMessages,
  withEstablishedText,
  withEstablishedTextAsync,
} from '../../compat/established-messages';
import { SipgateIOSmsSenderError, SipgateIOValidationError } from '../../core/errors';
import { apiPath } from '../../core/internal/path';
import { expectList } from '../../core/internal/response';
import { normalisePhoneNumber } from '../../core/phone';
import { requireDate, requireText, validateExtension } from '../../core/internal/validate';
import type { ShortMessage, SMSModule, SmsCallerId, SmsExtension } from './sms.types';

export * from './sms.types';

/** How far ahead sipgate accepts a scheduled SMS. */
export const MAX_SCHEDULE_AHEAD_MS = 30 * 24 * 60 * 60 * 1000;

interface ValidatedSms {
  recipient: string;
  message: string;
  sendAt?: number;
  smsId?: string;
  from?: string;
}

/** Fixed refusal texts (lib/compat/README.md). */
const SMS_TEXTS = {
  message: 'Invalid SMS message',
  noSmsId: 'smsId is undefined',
  sendAtInvalid: 'Invalid date format',
  sendAtPast: 'Scheduled time must be in future',
  sendAtTooFar: 'Scheduled time should not be further than 30 days in the future',
  notRegistered: 'Number is not registered as a sender ID in your account',
} as const;

// Checked in the drop-in order (lib/compat/README.md): an SMS with several faults gets the same text.
async function validateSms(sms: unknown, sendAt: unknown, defaultCountry: string): Promise<ValidatedSms> {
  if (typeof sms !== 'object' || sms === null) {
    throw new SipgateIOValidationError('sms', 'pass { smsId, to, message } or { from, to, message }.');
  }
  const given = sms as Partial<Record<'smsId' | 'from' | 'to' | 'message', unknown>>;
  let scheduled: number | undefined;
  // `null` means "now" (drop-in; lib/compat/README.md).
  if (sendAt !== undefined && sendAt !== null) {
    const date = withEstablishedText(SMS_TEXTS.sendAtInvalid, () => requireDate(sendAt, 'sendAt'));
    const now = Date.now();
    if (date.getTime() <= now)
      throw new SipgateIOValidationError('sendAt', 'is in the past; pick a time in the future.', SMS_TEXTS.sendAtPast);
    if (date.getTime() - now > MAX_SCHEDULE_AHEAD_MS) {
      throw new SipgateIOValidationError('sendAt', 'may be at most 30 days ahead.', SMS_TEXTS.sendAtTooFar);
    }
    scheduled = Math.floor(date.getTime() / 1000);
  }
  let smsId: string | undefined;
  if (given.smsId !== undefined) {
    smsId = withEstablishedText(ESTABLISHED_TEXTS.extension, () => validateExtension(given.smsId, 'smsId', ['s']));
  } else if (given.from === undefined) {
    throw new SipgateIOValidationError(
      'sms',
      'needs either smsId (e.g. "s0") or from (a verified caller ID).',
      SMS_TEXTS.noSmsId,
    );
  }
  const recipient = await withEstablishedTextAsync(ESTABLISHED_TEXTS.phoneNumber, () =>
    normalisePhoneNumber(given.to, 'to', defaultCountry),
  );
  if (given.message === '') throw new SipgateIOValidationError('message', 'must not be empty.', SMS_TEXTS.message);
  const message = requireText(given.message, 'message');
  const result: ValidatedSms = { recipient, message };
  if (scheduled !== undefined) result.sendAt = scheduled;
  if (smsId !== undefined) result.smsId = smsId;
  // A sender that is not a phone number cannot be one of the extension's caller IDs.
  else
    result.from = await withEstablishedTextAsync(SMS_TEXTS.notRegistered, () =>
      normalisePhoneNumber(given.from, 'from', defaultCountry),
    );
  return result;
}

/**
 * Creates the SMS module.
 *
 * @example
 * ```ts
 * const sms = createSMSModule(sipgateIO({ tokenId, token }));
 * await sms.send({ smsId: 's0', to: '+4915799912345', message: 'Hello from sipgate.io' });
 * ```
 */
export function createSMSModule(client: SipgateIOClient): SMSModule {
  const api = withEstablishedMessages(client, { 403: 'Invalid SMS extension' });
  const getSmsExtensions = async (webuserId: string, options?: RequestOptions): Promise<SmsExtension[]> => {
    const path = apiPath`/${requireText(webuserId, 'webuserId')}/sms`;
    return expectList<SmsExtension>(await api.get(path, options), 'GET', path);
  };

  const getCallerIds = async (webuserId: string, smsId: string, options?: RequestOptions): Promise<SmsCallerId[]> => {
    const path = apiPath`/${requireText(webuserId, 'webuserId')}/sms/${validateExtension(smsId, 'smsId', ['s'])}/callerids`;
    return expectList<SmsCallerId>(await api.get(path, options), 'GET', path);
  };

  const post = (sms: ValidatedSms & { smsId: string }, options?: RequestOptions): Promise<void> =>
    api.post<void>(
      '/sessions/sms',
      {
        smsId: sms.smsId,
        recipient: sms.recipient,
        message: sms.message,
        ...(sms.sendAt === undefined ? {} : { sendAt: sms.sendAt }),
      },
      options,
    );

  const setDefault = (webuserId: string, smsId: string, callerId: number, options?: RequestOptions): Promise<void> =>
    api.put<void>(apiPath`/${webuserId}/sms/${smsId}/callerids/${callerId}`, { defaultNumber: true }, options);

  const samePhoneNumber = async (registered: string, wanted: string): Promise<boolean> => {
    const candidate = /^[+0]/.test(registered.trim()) ? registered : `+${registered.trim()}`;
    try {
      return (await normalisePhoneNumber(candidate, 'callerId', api.info.defaultCountry)) === wanted;
    } catch {
      return false;
    }
  };

  /**
   * Sends with `from` as sender: make it the extension's default caller ID, send, and restore
   * the previous default, also when sending fails. Serialised per SMS extension through the
   * client's lock (`options.lock`), so that two concurrent sends cannot swap each other's sender:
   * within this process by default, across processes with a shared lock.
   */
  const sendFrom = async (sms: ValidatedSms & { from: string }, options?: RequestOptions): Promise<void> => {
    const webuserId = await api.getAuthenticatedWebuserId(options);
    const [extension] = await getSmsExtensions(webuserId, options);
    if (!extension) {
      throw new SipgateIOSmsSenderError('no_sms_extension', `the user ${webuserId} has no SMS extension to send from.`);
    }
    const smsId = extension.id;
    await api.lock.withLock(`sms-sender:${webuserId}:${smsId}`, async () => {
      const callerIds = await getCallerIds(webuserId, smsId, options);
      let match: SmsCallerId | undefined;
      for (const callerId of callerIds)
        if (!match && (await samePhoneNumber(callerId.phonenumber, sms.from))) match = callerId;
      if (!match) {
        throw new SipgateIOSmsSenderError(
          'not_registered',
          `${sms.from} is not a caller ID of SMS extension ${smsId}; add it in the sipgate web app first.`,
          SMS_TEXTS.notRegistered,
        );
      }
      if (!match.verified) {
        throw new SipgateIOSmsSenderError(
          'not_verified',
          `${sms.from} is registered for ${smsId} but not verified yet; verify it in the sipgate web app.`,
          'Number is not verified yet',
        );
      }
      const previous = callerIds.find((callerId) => callerId.defaultNumber);
      if (match.defaultNumber) {
        await post({ ...sms, smsId }, options);
        return;
      }
      await setDefault(webuserId, smsId, match.id, options);
      try {
        await post({ ...sms, smsId }, options);
      } finally {
        if (previous) {
          // Restore without the caller's signal: an abort must not leave the wrong sender behind.
          await setDefault(webuserId, smsId, previous.id, { timeout: options?.timeout }).catch((error: unknown) => {
            // The SMS may already be out; throwing here would invite a duplicate resend.
            api.logger.error('sipgateio-sdk: could not restore the previous default SMS sender', {
              smsId,
              callerId: previous.id,
              error: (error as Error)?.message,
            });
          });
        }
      }
    });
  };

  const send = async (sms: ShortMessage, sendAt?: Date, options?: RequestOptions): Promise<void> => {
    const validated = await validateSms(sms, sendAt, api.info.defaultCountry);
    if (validated.smsId !== undefined) await post({ ...validated, smsId: validated.smsId }, options);
    else await sendFrom({ ...validated, from: validated.from as string }, options);
  };

  return {
    ...bindRoutes<SMSOperations, typeof SMS_ROUTES>(client, SMS_ROUTES, SMS_PHONE_NUMBER_FIELDS),
    send,
    schedule: async (sms, sendAt, options) => {
      if (sendAt === undefined) throw new SipgateIOValidationError('sendAt', 'is required to schedule an SMS.');
      return send(sms, sendAt, options);
    },
    getSmsExtensions,
    getCallerIds,
  };
}
