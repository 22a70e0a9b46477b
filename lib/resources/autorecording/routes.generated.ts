// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** Automatic call recording: its greeting and per-extension settings. Create it with `createAutorecordingModule(client)`. */
export interface AutorecordingModule {
  /**
   * Fetch the current automated call recording greeting. `GET /autorecordings/greetings`
   * @example
   * ```ts
   * await autorecording.getGreeting();
   * ```
   */
  getGreeting(options?: RequestOptions): Promise<ApiResult<'GET /autorecordings/greetings'>>;
  /**
   * Save a greeting to be used for automated call recordings. `POST /autorecordings/greetings`
   * @example
   * ```ts
   * await autorecording.addGreeting({ base64Content: 'RG8uIE9yIGRvIG5vdC4gVGhlcmUgaXMgbm8gdHJ5LiAtLVlvZGEK', filename: 'greeting.mp3' });
   * ```
   */
  addGreeting(body: ApiBody<'POST /autorecordings/greetings'>, options?: RequestOptions): Promise<ApiResult<'POST /autorecordings/greetings'>>;
  /**
   * Delete the greeting used for automated call recordings. `DELETE /autorecordings/greetings/{greetingId}`
   * @example
   * ```ts
   * await autorecording.deleteGreeting('gr0');
   * ```
   */
  deleteGreeting(greetingId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /autorecordings/greetings/{greetingId}'>>;
  /**
   * Get the recording setting of a device. `GET /autorecordings/{extension}/settings`
   * @example
   * ```ts
   * await autorecording.getSettings('p0');
   * ```
   */
  getSettings(extension: string, options?: RequestOptions): Promise<ApiResult<'GET /autorecordings/{extension}/settings'>>;
  /**
   * Set the recording setting of a device. `PUT /autorecordings/{extension}/settings`
   * @example
   * ```ts
   * await autorecording.updateSettings('p0', { active: false });
   * ```
   */
  updateSettings(extension: string, body: ApiBody<'PUT /autorecordings/{extension}/settings'>, options?: RequestOptions): Promise<ApiResult<'PUT /autorecordings/{extension}/settings'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const AUTORECORDING_ROUTES = {
  getGreeting: 'GET /autorecordings/greetings',
  addGreeting: 'POST /autorecordings/greetings',
  deleteGreeting: 'DELETE /autorecordings/greetings/{greetingId}',
  getSettings: 'GET /autorecordings/{extension}/settings',
  updateSettings: 'PUT /autorecordings/{extension}/settings',
} as const;
