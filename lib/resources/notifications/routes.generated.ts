// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

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
   * Create a new SMS notification for calls. `POST /{userId}/notifications/call/sms`
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
   * Create a new SMS notification for faxes. `POST /{userId}/notifications/fax/sms`
   * @example
   * ```ts
   * await notifications.addFaxSms('w0', { number: '+4915799912345', faxlineId: 'f0', direction: 'INCOMING' });
   * ```
   */
  addFaxSms(userId: string, body: ApiBody<'POST /{userId}/notifications/fax/sms'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/notifications/fax/sms'>>;
  /**
   * Create a new email notification for incoming SMS. `POST /{userId}/notifications/sms/email`
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
   * Create a new SMS notification for voicemails. `POST /{userId}/notifications/voicemail/sms`
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
} as const;
