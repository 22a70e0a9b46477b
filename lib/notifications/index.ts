import type { RoutePhoneNumberFields } from '../core/route-phone-numbers';
import type { ApiBody, ApiResult } from '../api/types';
import type { RequestOptions, SipgateIOClient } from '../core/client';
import { bindRoutes } from '../core/route';

/** E-mail and SMS notifications of a user about calls, faxes, SMS and voicemails. Create it with `createNotificationsModule(client)`. */
export interface NotificationsModule {
  /**
   * Get all notifications. `GET /{userId}/notifications`
   * @example
   * ```ts
   * await notifications.list('w0');
   * ```
   */
  list(userId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/notifications'>>;
  /**
   * Create a new email notification for calls. `POST /{userId}/notifications/call/email`
   * @example
   * ```ts
   * await notifications.addCallEmail('w0', { endpointId: 'e0/p0', cause: 'MISSED', email: 'grace.hopper@example.com', direction: 'INCOMING' });
   * ```
   */
  addCallEmail(userId: string, body: ApiBody<'POST /{userId}/notifications/call/email'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/call/email'>>;
  /**
   * Create a new sms notification for calls. `POST /{userId}/notifications/call/sms`
   * @example
   * ```ts
   * await notifications.addCallSms('w0', { number: '+4915799912345', endpointId: 'e0/p0', cause: 'MISSED', direction: 'INCOMING' });
   * ```
   */
  addCallSms(userId: string, body: ApiBody<'POST /{userId}/notifications/call/sms'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/call/sms'>>;
  /**
   * Create a new email notification for faxes. `POST /{userId}/notifications/fax/email`
   * @example
   * ```ts
   * await notifications.addFaxEmail('w0', { faxlineId: 'f0', email: 'grace.hopper@example.com', direction: 'INCOMING' });
   * ```
   */
  addFaxEmail(userId: string, body: ApiBody<'POST /{userId}/notifications/fax/email'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/fax/email'>>;
  /**
   * Create a new email notification for fax reports. `POST /{userId}/notifications/fax/report`
   * @example
   * ```ts
   * await notifications.addFaxReport('w0', { faxlineId: 'f0', email: 'grace.hopper@example.com' });
   * ```
   */
  addFaxReport(userId: string, body: ApiBody<'POST /{userId}/notifications/fax/report'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/fax/report'>>;
  /**
   * Create a new sms notification for faxes. `POST /{userId}/notifications/fax/sms`
   * @example
   * ```ts
   * await notifications.addFaxSms('w0', { number: '+4915799912345', faxlineId: 'f0', direction: 'INCOMING' });
   * ```
   */
  addFaxSms(userId: string, body: ApiBody<'POST /{userId}/notifications/fax/sms'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/fax/sms'>>;
  /**
   * Create a new email notification for incoming sms. `POST /{userId}/notifications/sms/email`
   * @example
   * ```ts
   * await notifications.addSmsEmail('w0', { endpointId: 'y0', email: 'grace.hopper@example.com' });
   * ```
   */
  addSmsEmail(userId: string, body: ApiBody<'POST /{userId}/notifications/sms/email'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/sms/email'>>;
  /**
   * Create a new email notification for voicemails. `POST /{userId}/notifications/voicemail/email`
   * @example
   * ```ts
   * await notifications.addVoicemailEmail('w0', { voicemailId: 'v0', email: 'grace.hopper@example.com' });
   * ```
   */
  addVoicemailEmail(userId: string, body: ApiBody<'POST /{userId}/notifications/voicemail/email'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/voicemail/email'>>;
  /**
   * Create a new sms notification for voicemails. `POST /{userId}/notifications/voicemail/sms`
   * @example
   * ```ts
   * await notifications.addVoicemailSms('w0', { number: '+4915799912345', voicemailId: 'v0' });
   * ```
   */
  addVoicemailSms(userId: string, body: ApiBody<'POST /{userId}/notifications/voicemail/sms'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/voicemail/sms'>>;
  /**
   * Delete an existing notification. `DELETE /{userId}/notifications/{notificationId}`
   * @example
   * ```ts
   * await notifications.delete('w0', 'nt0');
   * ```
   */
  delete(userId: string, notificationId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /{userId}/notifications/{notificationId}'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const NOTIFICATIONS_ROUTES = {
  list: 'GET /{userId}/notifications',
  addCallEmail: 'POST /{userId}/notifications/call/email',
  addCallSms: 'POST /{userId}/notifications/call/sms',
  addFaxEmail: 'POST /{userId}/notifications/fax/email',
  addFaxReport: 'POST /{userId}/notifications/fax/report',
  addFaxSms: 'POST /{userId}/notifications/fax/sms',
  addSmsEmail: 'POST /{userId}/notifications/sms/email',
  addVoicemailEmail: 'POST /{userId}/notifications/voicemail/email',
  addVoicemailSms: 'POST /{userId}/notifications/voicemail/sms',
  delete: 'DELETE /{userId}/notifications/{notificationId}',
} as const satisfies Record<keyof NotificationsModule, string>;

/**
 * The methods whose requests hold phone numbers, and where: validated and normalised to E.164
 * before sending (see `bindRoutes`). The phone-number test reads these against the contract.
 * @internal
 */
export const NOTIFICATIONS_PHONE_NUMBER_FIELDS = {
  addCallSms: { body: { number: 'number' } },
  addFaxSms: { body: { number: 'number' } },
  addVoicemailSms: { body: { number: 'number' } },
} as const satisfies RoutePhoneNumberFields<keyof NotificationsModule>;

/**
 * Creates the notifications module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const notifications = createNotificationsModule(client);
 * ```
 */
export function createNotificationsModule(client: SipgateIOClient): NotificationsModule {
  return bindRoutes<NotificationsModule>(client, NOTIFICATIONS_ROUTES, NOTIFICATIONS_PHONE_NUMBER_FIELDS);
}
