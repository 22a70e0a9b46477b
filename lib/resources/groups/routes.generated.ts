// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiQuery, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** Groups and group fax lines: members, devices, numbers, voicemail. Create it with `createGroupsModule(client)`. */
export interface GroupsModule {
  /**
   * List all group fax lines. `GET /groupfaxlines`
   * @example
   * ```ts
   * await groups.listGroupFaxlines({ userId: 'w0' });
   * ```
   */
  listGroupFaxlines(query?: ApiQuery<'GET /groupfaxlines'>, options?: RequestOptions): Promise<ApiResult<'GET /groupfaxlines'>>;
  /**
   * Get the caller ID of a specific group fax line. `GET /groupfaxlines/{faxlineId}/callerid`
   * @example
   * ```ts
   * await groups.getGroupFaxlineCallerId('f0');
   * ```
   */
  getGroupFaxlineCallerId(faxlineId: string, options?: RequestOptions): Promise<ApiResult<'GET /groupfaxlines/{faxlineId}/callerid'>>;
  /**
   * List all phone numbers routed to a group fax line. `GET /groupfaxlines/{faxlineId}/numbers`
   * @example
   * ```ts
   * await groups.getGroupFaxlineNumbers('f0');
   * ```
   */
  getGroupFaxlineNumbers(faxlineId: string, options?: RequestOptions): Promise<ApiResult<'GET /groupfaxlines/{faxlineId}/numbers'>>;
  /**
   * List all groups. `GET /groups`
   * @example
   * ```ts
   * await groups.list({ userId: 'w0' });
   * ```
   */
  list(query?: ApiQuery<'GET /groups'>, options?: RequestOptions): Promise<ApiResult<'GET /groups'>>;
  /**
   * Get a single group's details. `GET /groups/{groupId}`
   * @example
   * ```ts
   * await groups.get('g0');
   * ```
   */
  get(groupId: string, options?: RequestOptions): Promise<ApiResult<'GET /groups/{groupId}'>>;
  /**
   * Add a device to a group. `POST /groups/{groupId}/devices`
   * @example
   * ```ts
   * await groups.addDevice('g0', { deviceId: 'e0' });
   * ```
   */
  addDevice(groupId: string, body: ApiBody<'POST /groups/{groupId}/devices'>, options?: RequestOptions): Promise<ApiResult<'POST /groups/{groupId}/devices'>>;
  /**
   * Remove a device from a group. `DELETE /groups/{groupId}/devices/{deviceId}`
   * @example
   * ```ts
   * await groups.removeDevice('g0', 'e0');
   * ```
   */
  removeDevice(groupId: string, deviceId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /groups/{groupId}/devices/{deviceId}'>>;
  /**
   * List all fax lines for a specific group. `GET /groups/{groupId}/faxlines`
   * @example
   * ```ts
   * await groups.getFaxlines('g0');
   * ```
   */
  getFaxlines(groupId: string, options?: RequestOptions): Promise<ApiResult<'GET /groups/{groupId}/faxlines'>>;
  /**
   * List all phone numbers routed to a group. `GET /groups/{groupId}/numbers`
   * @example
   * ```ts
   * await groups.getNumbers('g0');
   * ```
   */
  getNumbers(groupId: string, options?: RequestOptions): Promise<ApiResult<'GET /groups/{groupId}/numbers'>>;
  /**
   * List all group members. `GET /groups/{groupId}/users`
   * @example
   * ```ts
   * await groups.getUsers('g0');
   * ```
   */
  getUsers(groupId: string, options?: RequestOptions): Promise<ApiResult<'GET /groups/{groupId}/users'>>;
  /**
   * List all voicemails for a specific group. `GET /groups/{groupId}/voicemail`
   * @example
   * ```ts
   * await groups.getVoicemail('g0');
   * ```
   */
  getVoicemail(groupId: string, options?: RequestOptions): Promise<ApiResult<'GET /groups/{groupId}/voicemail'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const GROUPS_ROUTES = {
  listGroupFaxlines: 'GET /groupfaxlines?',
  getGroupFaxlineCallerId: 'GET /groupfaxlines/{faxlineId}/callerid',
  getGroupFaxlineNumbers: 'GET /groupfaxlines/{faxlineId}/numbers',
  list: 'GET /groups?',
  get: 'GET /groups/{groupId}',
  addDevice: 'POST /groups/{groupId}/devices',
  removeDevice: 'DELETE /groups/{groupId}/devices/{deviceId}',
  getFaxlines: 'GET /groups/{groupId}/faxlines',
  getNumbers: 'GET /groups/{groupId}/numbers',
  getUsers: 'GET /groups/{groupId}/users',
  getVoicemail: 'GET /groups/{groupId}/voicemail',
} as const;
