import type { SMSOperations } from './routes.generated';
import type { RequestOptions } from '../../core/client';

/** An SMS sent through a given SMS extension (`s0`…). */
export interface ShortMessageWithSmsId {
  /** The SMS extension to send through, e.g. `s0`. */
  smsId: string;
  /** Recipient phone number (E.164 or national in the client's default country). */
  to: string;
  /** The text; must not be empty. */
  message: string;
}

/** An SMS sent with a verified caller ID of the user's SMS extension as sender. */
export interface ShortMessageWithPhoneNumber {
  /** A phone number registered and verified as caller ID of the user's SMS extension. */
  from: string;
  to: string;
  message: string;
}

/** Either form of SMS. */
export type ShortMessage = ShortMessageWithSmsId | ShortMessageWithPhoneNumber;

/** An SMS extension of a web user (`GET /{userId}/sms`). */
export interface SmsExtension {
  id: string;
  alias: string;
  callerId: string;
}

/** A caller ID registered for an SMS extension. */
export interface SmsCallerId {
  id: number;
  phonenumber: string;
  verified: boolean;
  defaultNumber: boolean;
}

/** The SMS module; create it with `createSMSModule(client)`. */
export interface SMSModule extends SMSOperations {
  /**
   * Sends an SMS now, or at `sendAt` when given.
   * @example
   * ```ts
   * await sms.send({ smsId: 's0', to: '+4915799912345', message: 'Hello' });
   * ```
   */
  send(sms: ShortMessage, sendAt?: Date, options?: RequestOptions): Promise<void>;
  /**
   * Schedules an SMS for `sendAt` (in the future, at most 30 days ahead).
   * @example
   * ```ts
   * await sms.schedule({ smsId: 's0', to: '+4915799912345', message: 'Later' }, new Date(Date.now() + 3_600_000));
   * ```
   */
  schedule(sms: ShortMessage, sendAt: Date, options?: RequestOptions): Promise<void>;
  /**
   * Lists the SMS extensions of a web user.
   * @example
   * ```ts
   * const [first] = await sms.getSmsExtensions(await client.getAuthenticatedWebuserId());
   * ```
   */
  getSmsExtensions(webuserId: string, options?: RequestOptions): Promise<SmsExtension[]>;
  /**
   * Lists the caller IDs of one SMS extension.
   * @example
   * ```ts
   * const callerIds = await sms.getCallerIds('w0', 's0');
   * ```
   */
  getCallerIds(webuserId: string, smsId: string, options?: RequestOptions): Promise<SmsCallerId[]>;
}
