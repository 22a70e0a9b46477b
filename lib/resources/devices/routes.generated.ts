// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The devices module's operations beyond the established library's, typed from the contract. */
export interface DevicesOperations {
  /**
   * Get a specific device. `GET /devices/{deviceId}`
   * @example
   * ```ts
   * await devices.get('e0');
   * ```
   */
  get(deviceId: string, options?: RequestOptions): Promise<ApiResult<'GET /devices/{deviceId}'>>;
  /**
   * Update settings for an existing device. `PUT /devices/{deviceId}`
   * @example
   * ```ts
   * await devices.update('e0', { dnd: false, emergencyAddressId: 0 });
   * ```
   */
  update(deviceId: string, body: ApiBody<'PUT /devices/{deviceId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /devices/{deviceId}'>>;
  /**
   * Delete an existing device. `DELETE /devices/{deviceId}`
   * @example
   * ```ts
   * await devices.delete('e0');
   * ```
   */
  delete(deviceId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /devices/{deviceId}'>>;
  /**
   * Update alias for an existing device. `PUT /devices/{deviceId}/alias`
   * @example
   * ```ts
   * await devices.setAlias('e0', { value: "Theodore Sturgeon's device" });
   * ```
   */
  setAlias(deviceId: string, body: ApiBody<'PUT /devices/{deviceId}/alias'>, options?: RequestOptions): Promise<ApiResult<'PUT /devices/{deviceId}/alias'>>;
  /**
   * Get the caller ID of a specific device. `GET /devices/{deviceId}/callerid`
   * @example
   * ```ts
   * await devices.getCallerId('e0');
   * ```
   */
  getCallerId(deviceId: string, options?: RequestOptions): Promise<ApiResult<'GET /devices/{deviceId}/callerid'>>;
  /**
   * Update the caller ID for an existing device. `PUT /devices/{deviceId}/callerid`
   * @example
   * ```ts
   * await devices.setCallerId('e0', { value: '+4915799912345' });
   * ```
   */
  setCallerId(deviceId: string, body: ApiBody<'PUT /devices/{deviceId}/callerid'>, options?: RequestOptions): Promise<ApiResult<'PUT /devices/{deviceId}/callerid'>>;
  /**
   * Change password for an existing device. `POST /devices/{deviceId}/credentials/password`
   * @example
   * ```ts
   * await devices.resetPassword('e0');
   * ```
   */
  resetPassword(deviceId: string, options?: RequestOptions): Promise<ApiResult<'POST /devices/{deviceId}/credentials/password'>>;
  /**
   * Update the incoming call display for an existing external device. `PUT /devices/{deviceId}/external/incomingcalldisplay`
   * @example
   * ```ts
   * await devices.setExternalCallerDisplay('e0', { incomingCallDisplay: 'CALLED_NUMBER' });
   * ```
   */
  setExternalCallerDisplay(deviceId: string, body: ApiBody<'PUT /devices/{deviceId}/external/incomingcalldisplay'>, options?: RequestOptions): Promise<ApiResult<'PUT /devices/{deviceId}/external/incomingcalldisplay'>>;
  /**
   * Update the target phone number for an existing external device. `PUT /devices/{deviceId}/external/targetnumber`
   * @example
   * ```ts
   * await devices.setExternalTargetNumber('e0', { number: '+4915799912345' });
   * ```
   */
  setExternalTargetNumber(deviceId: string, body: ApiBody<'PUT /devices/{deviceId}/external/targetnumber'>, options?: RequestOptions): Promise<ApiResult<'PUT /devices/{deviceId}/external/targetnumber'>>;
  /**
   * Get the local prefix setting of a specific device. `GET /devices/{deviceId}/localprefix`
   * @example
   * ```ts
   * await devices.getLocalPrefix('e0');
   * ```
   */
  getLocalPrefix(deviceId: string, options?: RequestOptions): Promise<ApiResult<'GET /devices/{deviceId}/localprefix'>>;
  /**
   * Update the local prefix setting for an existing device. `PUT /devices/{deviceId}/localprefix`
   * @example
   * ```ts
   * await devices.setLocalPrefix('e0', { active: false, value: '030' });
   * ```
   */
  setLocalPrefix(deviceId: string, body: ApiBody<'PUT /devices/{deviceId}/localprefix'>, options?: RequestOptions): Promise<ApiResult<'PUT /devices/{deviceId}/localprefix'>>;
  /**
   * Get the single row display setting of a specific device. `GET /devices/{deviceId}/singlerowdisplay`
   * @example
   * ```ts
   * await devices.getSingleRowDisplay('e0');
   * ```
   */
  getSingleRowDisplay(deviceId: string, options?: RequestOptions): Promise<ApiResult<'GET /devices/{deviceId}/singlerowdisplay'>>;
  /**
   * Update the single row display setting for an existing device. `PUT /devices/{deviceId}/singlerowdisplay`
   * @example
   * ```ts
   * await devices.setSingleRowDisplay('e0', { enabled: false });
   * ```
   */
  setSingleRowDisplay(deviceId: string, body: ApiBody<'PUT /devices/{deviceId}/singlerowdisplay'>, options?: RequestOptions): Promise<ApiResult<'PUT /devices/{deviceId}/singlerowdisplay'>>;
  /**
   * Get the tariff announcement setting of a specific device. `GET /devices/{deviceId}/tariffannouncement`
   * @example
   * ```ts
   * await devices.getTariffAnnouncement('e0');
   * ```
   */
  getTariffAnnouncement(deviceId: string, options?: RequestOptions): Promise<ApiResult<'GET /devices/{deviceId}/tariffannouncement'>>;
  /**
   * Update the tariff announcement setting for an existing device. `PUT /devices/{deviceId}/tariffannouncement`
   * @example
   * ```ts
   * await devices.setTariffAnnouncement('e0', { enabled: false });
   * ```
   */
  setTariffAnnouncement(deviceId: string, body: ApiBody<'PUT /devices/{deviceId}/tariffannouncement'>, options?: RequestOptions): Promise<ApiResult<'PUT /devices/{deviceId}/tariffannouncement'>>;
  /**
   * Create a new device. `POST /{userId}/devices`
   * @example
   * ```ts
   * await devices.create('w0', { alias: 'VoIP phone of Grace Hopper', type: 'REGISTER' });
   * ```
   */
  create(userId: string, body: ApiBody<'POST /{userId}/devices'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/devices'>>;
  /**
   * Create a new external device. `POST /{userId}/devices/external`
   * @example
   * ```ts
   * await devices.createExternal('w0', { number: '+4915799912345', alias: 'External phone of Grace Hopper' });
   * ```
   */
  createExternal(userId: string, body: ApiBody<'POST /{userId}/devices/external'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/devices/external'>>;
  /**
   * Create a new mobile device. `POST /{userId}/devices/mobile`
   * @example
   * ```ts
   * await devices.createMobile('w0', { alias: 'Mobile phone phone of Grace Hopper' });
   * ```
   */
  createMobile(userId: string, body: ApiBody<'POST /{userId}/devices/mobile'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/devices/mobile'>>;
  /**
   * Create a new register device. `POST /{userId}/devices/register`
   * @example
   * ```ts
   * await devices.createRegister('w0', { alias: 'VoIP phone of Grace Hopper' });
   * ```
   */
  createRegister(userId: string, body: ApiBody<'POST /{userId}/devices/register'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/devices/register'>>;
  /**
   * List all device contingents. `GET /{userId}/devices/{deviceId}/contingents`
   * @example
   * ```ts
   * await devices.getContingents('w0', 'e0');
   * ```
   */
  getContingents(userId: string, deviceId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/devices/{deviceId}/contingents'>>;
  /**
   * Activate a SIM card for a specific device. `POST /{userId}/devices/{deviceId}/sim`
   * @example
   * ```ts
   * await devices.activateSim('w0', 'e0', { simId: '1234567' });
   * ```
   */
  activateSim(userId: string, deviceId: string, body: ApiBody<'POST /{userId}/devices/{deviceId}/sim'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/devices/{deviceId}/sim'>>;
  /**
   * Deactivate the SIM card for a specific device. `DELETE /{userId}/devices/{deviceId}/sim`
   * @example
   * ```ts
   * await devices.deactivateSim('w0', 'e0');
   * ```
   */
  deactivateSim(userId: string, deviceId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /{userId}/devices/{deviceId}/sim'>>;
  /**
   * Order a new SIM card for a specific device. `POST /{userId}/devices/{deviceId}/sim/orders`
   * @example
   * ```ts
   * await devices.orderSim('w0', 'e0', { addressId: '123456' });
   * ```
   */
  orderSim(userId: string, deviceId: string, body: ApiBody<'POST /{userId}/devices/{deviceId}/sim/orders'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/devices/{deviceId}/sim/orders'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const DEVICES_ROUTES = {
  get: 'GET /devices/{deviceId}',
  update: 'PUT /devices/{deviceId}',
  delete: 'DELETE /devices/{deviceId}',
  setAlias: 'PUT /devices/{deviceId}/alias',
  getCallerId: 'GET /devices/{deviceId}/callerid',
  setCallerId: 'PUT /devices/{deviceId}/callerid',
  resetPassword: 'POST /devices/{deviceId}/credentials/password-',
  setExternalCallerDisplay: 'PUT /devices/{deviceId}/external/incomingcalldisplay',
  setExternalTargetNumber: 'PUT /devices/{deviceId}/external/targetnumber',
  getLocalPrefix: 'GET /devices/{deviceId}/localprefix',
  setLocalPrefix: 'PUT /devices/{deviceId}/localprefix',
  getSingleRowDisplay: 'GET /devices/{deviceId}/singlerowdisplay',
  setSingleRowDisplay: 'PUT /devices/{deviceId}/singlerowdisplay',
  getTariffAnnouncement: 'GET /devices/{deviceId}/tariffannouncement',
  setTariffAnnouncement: 'PUT /devices/{deviceId}/tariffannouncement',
  create: 'POST /{userId}/devices',
  createExternal: 'POST /{userId}/devices/external',
  createMobile: 'POST /{userId}/devices/mobile',
  createRegister: 'POST /{userId}/devices/register',
  getContingents: 'GET /{userId}/devices/{deviceId}/contingents',
  activateSim: 'POST /{userId}/devices/{deviceId}/sim',
  deactivateSim: 'DELETE /{userId}/devices/{deviceId}/sim',
  orderSim: 'POST /{userId}/devices/{deviceId}/sim/orders',
} as const;
