// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** Phone lines of a user: forwardings, parallel forwardings, devices, numbers, anonymous-call blocking, the per-line sipgate.io settings and log, voicemails, greetings and transcription. Create it with `createPhonelinesModule(client)`. */
export interface PhonelinesModule {
  /**
   * List all phone lines. `GET /{userId}/phonelines`
   * @example
   * ```ts
   * await phonelines.list('w0');
   * ```
   */
  list(userId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines'>>;
  /**
   * Create a new phone line. `POST /{userId}/phonelines`
   * @example
   * ```ts
   * await phonelines.create('w0');
   * ```
   */
  create(userId: string, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/phonelines'>>;
  /**
   * Get a single phone line. `GET /{userId}/phonelines/{phonelineId}`
   * @example
   * ```ts
   * await phonelines.get('w0', 'p0');
   * ```
   */
  get(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}'>>;
  /**
   * Update alias for an existing phone line. `PUT /{userId}/phonelines/{phonelineId}`
   * @example
   * ```ts
   * await phonelines.setAlias('w0', 'p0', { alias: "Theodore Sturgeon's connection" });
   * ```
   */
  setAlias(userId: string, phonelineId: string, body: ApiBody<'PUT /{userId}/phonelines/{phonelineId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/phonelines/{phonelineId}'>>;
  /**
   * Delete an existing phone line. `DELETE /{userId}/phonelines/{phonelineId}`
   * @example
   * ```ts
   * await phonelines.delete('w0', 'p0');
   * ```
   */
  delete(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /{userId}/phonelines/{phonelineId}'>>;
  /**
   * Get the block anonymous setting of a specific phone line. `GET /{userId}/phonelines/{phonelineId}/blockanonymous`
   * @example
   * ```ts
   * await phonelines.getBlockAnonymous('w0', 'p0');
   * ```
   */
  getBlockAnonymous(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/blockanonymous'>>;
  /**
   * Update the block anonymous setting for an existing phone line. `PUT /{userId}/phonelines/{phonelineId}/blockanonymous`
   * @example
   * ```ts
   * await phonelines.setBlockAnonymous('w0', 'p0', { enabled: false, target: 'REJECT' });
   * ```
   */
  setBlockAnonymous(userId: string, phonelineId: string, body: ApiBody<'PUT /{userId}/phonelines/{phonelineId}/blockanonymous'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/phonelines/{phonelineId}/blockanonymous'>>;
  /**
   * List all devices of a specific phone line. `GET /{userId}/phonelines/{phonelineId}/devices`
   * @example
   * ```ts
   * await phonelines.getDevices('w0', 'p0');
   * ```
   */
  getDevices(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/devices'>>;
  /**
   * Add a device to a phone line. `POST /{userId}/phonelines/{phonelineId}/devices`
   * @example
   * ```ts
   * await phonelines.addDevice('w0', 'p0', { deviceId: 'e0' });
   * ```
   */
  addDevice(userId: string, phonelineId: string, body: ApiBody<'POST /{userId}/phonelines/{phonelineId}/devices'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/phonelines/{phonelineId}/devices'>>;
  /**
   * Remove a device from a phone line. `DELETE /{userId}/phonelines/{phonelineId}/devices/{deviceId}`
   * @example
   * ```ts
   * await phonelines.removeDevice('w0', 'p0', 'e0');
   * ```
   */
  removeDevice(userId: string, phonelineId: string, deviceId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /{userId}/phonelines/{phonelineId}/devices/{deviceId}'>>;
  /**
   * List all forwarding settings of a specific phone line. `GET /{userId}/phonelines/{phonelineId}/forwardings`
   * @example
   * ```ts
   * await phonelines.getForwardings('w0', 'p0');
   * ```
   */
  getForwardings(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/forwardings'>>;
  /**
   * Update forwarding settings for an existing phone line. `PUT /{userId}/phonelines/{phonelineId}/forwardings`
   * @example
   * ```ts
   * await phonelines.setForwardings('w0', 'p0', { forwardings: [{ destination: '+4915799912345', active: false, timeout: 48 }] });
   * ```
   */
  setForwardings(userId: string, phonelineId: string, body: ApiBody<'PUT /{userId}/phonelines/{phonelineId}/forwardings'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/phonelines/{phonelineId}/forwardings'>>;
  /**
   * List all phone numbers routed to a phone line. `GET /{userId}/phonelines/{phonelineId}/numbers`
   * @example
   * ```ts
   * await phonelines.getNumbers('w0', 'p0');
   * ```
   */
  getNumbers(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/numbers'>>;
  /**
   * List all parallel forwardings of a specific phone line. `GET /{userId}/phonelines/{phonelineId}/parallelforwardings`
   * @example
   * ```ts
   * await phonelines.getParallelForwardings('w0', 'p0');
   * ```
   */
  getParallelForwardings(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/parallelforwardings'>>;
  /**
   * Create a parallel forwarding for an existing phone line. `POST /{userId}/phonelines/{phonelineId}/parallelforwardings`
   * @example
   * ```ts
   * await phonelines.addParallelForwarding('w0', 'p0', { destination: '+4915799912345', alias: "Bjarne Stroustrup's mobile", active: false });
   * ```
   */
  addParallelForwarding(userId: string, phonelineId: string, body: ApiBody<'POST /{userId}/phonelines/{phonelineId}/parallelforwardings'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/phonelines/{phonelineId}/parallelforwardings'>>;
  /**
   * Update an existing parallel forwarding. `PUT /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}`
   * @example
   * ```ts
   * await phonelines.changeParallelForwarding('w0', 'p0', 'pf0', { destination: '+4915799912345', alias: "Bjarne Stroustrup's mobile", active: false });
   * ```
   */
  changeParallelForwarding(userId: string, phonelineId: string, parallelForwardingId: string, body: ApiBody<'PUT /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}'>>;
  /**
   * Delete a parallel forwarding. `DELETE /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}`
   * @example
   * ```ts
   * await phonelines.deleteParallelForwarding('w0', 'p0', 'pf0');
   * ```
   */
  deleteParallelForwarding(userId: string, phonelineId: string, parallelForwardingId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}'>>;
  /**
   * List sipgate.io settings of a specific phone line. `GET /{userId}/phonelines/{phonelineId}/sipgateio`
   * @example
   * ```ts
   * await phonelines.getIoSettings('w0', 'p0');
   * ```
   */
  getIoSettings(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/sipgateio'>>;
  /**
   * Update sipgate.io settings for an existing phone line. `PUT /{userId}/phonelines/{phonelineId}/sipgateio`
   * @example
   * ```ts
   * await phonelines.setIoSettings('w0', 'p0', { incomingActive: true, incomingUrl: 'https://example.com/in', outgoingActive: false, outgoingUrl: '', allowSelfSigned: false, log: false });
   * ```
   */
  setIoSettings(userId: string, phonelineId: string, body: ApiBody<'PUT /{userId}/phonelines/{phonelineId}/sipgateio'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/phonelines/{phonelineId}/sipgateio'>>;
  /**
   * List sipgate.io debug log for a specific phone line. `GET /{userId}/phonelines/{phonelineId}/sipgateio/log`
   * @example
   * ```ts
   * await phonelines.getIoLog('w0', 'p0');
   * ```
   */
  getIoLog(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/sipgateio/log'>>;
  /**
   * List all voicemails of a specific phone line. `GET /{userId}/phonelines/{phonelineId}/voicemails`
   * @example
   * ```ts
   * await phonelines.getVoicemails('w0', 'p0');
   * ```
   */
  getVoicemails(userId: string, phonelineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/voicemails'>>;
  /**
   * Update voicemail settings for a specific phone line. `PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}`
   * @example
   * ```ts
   * await phonelines.changeVoicemail('w0', 'p0', 'v0', { transcription: false, active: false, timeout: 42 });
   * ```
   */
  changeVoicemail(userId: string, phonelineId: string, voicemailId: string, body: ApiBody<'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}'>>;
  /**
   * List all greetings for a specific phone line voicemail. `GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings`
   * @example
   * ```ts
   * await phonelines.getVoicemailGreetings('w0', 'p0', 'v0');
   * ```
   */
  getVoicemailGreetings(userId: string, phonelineId: string, voicemailId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings'>>;
  /**
   * Create a new greeting for a specific phone line voicemail. `POST /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings`
   * @example
   * ```ts
   * await phonelines.addVoicemailGreeting('w0', 'p0', 'v0', { base64Content: 'RG8uIE9yIGRvIG5vdC4gVGhlcmUgaXMgbm8gdHJ5LiAtLVlvZGEK', filename: 'greeting.mp3' });
   * ```
   */
  addVoicemailGreeting(userId: string, phonelineId: string, voicemailId: string, body: ApiBody<'POST /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings'>>;
  /**
   * Update an existing phone line voicemail greeting. `PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}`
   * @example
   * ```ts
   * await phonelines.changeVoicemailGreeting('w0', 'p0', 'v0', 'gr0', { active: false });
   * ```
   */
  changeVoicemailGreeting(userId: string, phonelineId: string, voicemailId: string, greetingId: string, body: ApiBody<'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}'>>;
  /**
   * Delete an existing phone line voicemail greeting. `DELETE /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}`
   * @example
   * ```ts
   * await phonelines.deleteVoicemailGreeting('w0', 'p0', 'v0', 'gr0');
   * ```
   */
  deleteVoicemailGreeting(userId: string, phonelineId: string, voicemailId: string, greetingId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}'>>;
  /**
   * Update an existing phone line voicemail transcription setting. `PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/transcriptions`
   * @example
   * ```ts
   * await phonelines.setVoicemailTranscription('w0', 'p0', 'v0', { active: false });
   * ```
   */
  setVoicemailTranscription(userId: string, phonelineId: string, voicemailId: string, body: ApiBody<'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/transcriptions'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/transcriptions'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const PHONELINES_ROUTES = {
  list: 'GET /{userId}/phonelines',
  create: 'POST /{userId}/phonelines-',
  get: 'GET /{userId}/phonelines/{phonelineId}',
  setAlias: 'PUT /{userId}/phonelines/{phonelineId}',
  delete: 'DELETE /{userId}/phonelines/{phonelineId}',
  getBlockAnonymous: 'GET /{userId}/phonelines/{phonelineId}/blockanonymous',
  setBlockAnonymous: 'PUT /{userId}/phonelines/{phonelineId}/blockanonymous',
  getDevices: 'GET /{userId}/phonelines/{phonelineId}/devices',
  addDevice: 'POST /{userId}/phonelines/{phonelineId}/devices',
  removeDevice: 'DELETE /{userId}/phonelines/{phonelineId}/devices/{deviceId}',
  getForwardings: 'GET /{userId}/phonelines/{phonelineId}/forwardings',
  setForwardings: 'PUT /{userId}/phonelines/{phonelineId}/forwardings',
  getNumbers: 'GET /{userId}/phonelines/{phonelineId}/numbers',
  getParallelForwardings: 'GET /{userId}/phonelines/{phonelineId}/parallelforwardings',
  addParallelForwarding: 'POST /{userId}/phonelines/{phonelineId}/parallelforwardings',
  changeParallelForwarding: 'PUT /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}',
  deleteParallelForwarding: 'DELETE /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}',
  getIoSettings: 'GET /{userId}/phonelines/{phonelineId}/sipgateio',
  setIoSettings: 'PUT /{userId}/phonelines/{phonelineId}/sipgateio',
  getIoLog: 'GET /{userId}/phonelines/{phonelineId}/sipgateio/log',
  getVoicemails: 'GET /{userId}/phonelines/{phonelineId}/voicemails',
  changeVoicemail: 'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}',
  getVoicemailGreetings: 'GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings',
  addVoicemailGreeting: 'POST /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings',
  changeVoicemailGreeting: 'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}',
  deleteVoicemailGreeting: 'DELETE /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}',
  setVoicemailTranscription: 'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/transcriptions',
} as const;
