// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The sms module's operations beyond the established library's, typed from the contract. */
export interface SMSOperations {
  /**
   * Update alias for an existing short message service. `PUT /{userId}/sms/{smsId}`
   * @example
   * ```ts
   * await sms.setExtensionAlias('w0', 's0', { alias: "Theodore Sturgeon's connection" });
   * ```
   */
  setExtensionAlias(userId: string, smsId: string, body: ApiBody<'PUT /{userId}/sms/{smsId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/sms/{smsId}'>>;
  /**
   * Create a new caller ID for an existing short message service. `POST /{userId}/sms/{smsId}/callerids`
   * @example
   * ```ts
   * await sms.addCallerId('w0', 's0', { phonenumber: '+4915799912345' });
   * ```
   */
  addCallerId(userId: string, smsId: string, body: ApiBody<'POST /{userId}/sms/{smsId}/callerids'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/sms/{smsId}/callerids'>>;
  /**
   * Delete an existing caller ID for a specific short message service. `DELETE /{userId}/sms/{smsId}/callerids/{callerId}`
   * @example
   * ```ts
   * await sms.deleteCallerId('w0', 's0', 12345);
   * ```
   */
  deleteCallerId(userId: string, smsId: string, callerId: string | number, options?: RequestOptions): Promise<ApiResult<'DELETE /{userId}/sms/{smsId}/callerids/{callerId}'>>;
  /**
   * Verify an existing caller ID for a specific short message service. `POST /{userId}/sms/{smsId}/callerids/{callerId}/verification`
   * @example
   * ```ts
   * await sms.verifyCallerId('w0', 's0', 12345, { verificationCode: 'verificationCode' });
   * ```
   */
  verifyCallerId(userId: string, smsId: string, callerId: string | number, body: ApiBody<'POST /{userId}/sms/{smsId}/callerids/{callerId}/verification'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/sms/{smsId}/callerids/{callerId}/verification'>>;
  /**
   * Make a caller ID the SMS extension's default sender (or not). `PUT /{userId}/sms/{smsId}/callerids/{callerId}`
   * @example
   * ```ts
   * await sms.setDefaultCallerId('w0', 's0', 12345, { defaultNumber: true });
   * ```
   */
  setDefaultCallerId(userId: string, smsId: string, callerId: string | number, body: ApiBody<'PUT /{userId}/sms/{smsId}/callerids/{callerId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/sms/{smsId}/callerids/{callerId}'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const SMS_ROUTES = {
  setExtensionAlias: 'PUT /{userId}/sms/{smsId}',
  addCallerId: 'POST /{userId}/sms/{smsId}/callerids',
  deleteCallerId: 'DELETE /{userId}/sms/{smsId}/callerids/{callerId}',
  verifyCallerId: 'POST /{userId}/sms/{smsId}/callerids/{callerId}/verification',
  setDefaultCallerId: 'PUT /{userId}/sms/{smsId}/callerids/{callerId}',
} as const;
