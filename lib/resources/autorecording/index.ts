import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';

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
} as const satisfies Record<keyof AutorecordingModule, string>;

/**
 * Creates the autorecording module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const autorecording = createAutorecordingModule(client);
 * ```
 */
export function createAutorecordingModule(client: SipgateIOClient): AutorecordingModule {
  return bindRoutes<AutorecordingModule>(client, AUTORECORDING_ROUTES);
}
