// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** Fax lines of a user: alias, caller ID, numbers and tagline. Create it with `createFaxlinesModule(client)`. */
export interface FaxlinesModule {
  /**
   * List all fax lines. `GET /{userId}/faxlines`
   * @example
   * ```ts
   * await faxlines.list('w0');
   * ```
   */
  list(userId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/faxlines'>>;
  /**
   * Create a new fax line. `POST /{userId}/faxlines`
   * @example
   * ```ts
   * await faxlines.create('w0');
   * ```
   */
  create(userId: string, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/faxlines'>>;
  /**
   * Update alias for an existing fax line. `PUT /{userId}/faxlines/{faxlineId}`
   * @example
   * ```ts
   * await faxlines.setAlias('w0', 'f0', { alias: "Theodore Sturgeon's connection" });
   * ```
   */
  setAlias(userId: string, faxlineId: string, body: ApiBody<'PUT /{userId}/faxlines/{faxlineId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/faxlines/{faxlineId}'>>;
  /**
   * Delete an existing fax line. `DELETE /{userId}/faxlines/{faxlineId}`
   * @example
   * ```ts
   * await faxlines.delete('w0', 'f0');
   * ```
   */
  delete(userId: string, faxlineId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /{userId}/faxlines/{faxlineId}'>>;
  /**
   * Get the caller ID of a specific fax line. `GET /{userId}/faxlines/{faxlineId}/callerid`
   * @example
   * ```ts
   * await faxlines.getCallerId('w0', 'f0');
   * ```
   */
  getCallerId(userId: string, faxlineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/faxlines/{faxlineId}/callerid'>>;
  /**
   * Update the caller ID for an existing fax line. `PUT /{userId}/faxlines/{faxlineId}/callerid`
   * @example
   * ```ts
   * await faxlines.setCallerId('w0', 'f0', { value: '+4921112345678' });
   * ```
   */
  setCallerId(userId: string, faxlineId: string, body: ApiBody<'PUT /{userId}/faxlines/{faxlineId}/callerid'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/faxlines/{faxlineId}/callerid'>>;
  /**
   * List all phone numbers routed to a fax line. `GET /{userId}/faxlines/{faxlineId}/numbers`
   * @example
   * ```ts
   * await faxlines.getNumbers('w0', 'f0');
   * ```
   */
  getNumbers(userId: string, faxlineId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/faxlines/{faxlineId}/numbers'>>;
  /**
   * Update tagline of an existing fax line. `PUT /{userId}/faxlines/{faxlineId}/tagline`
   * @example
   * ```ts
   * await faxlines.setTagline('w0', 'f0', { value: 'Example Ltd.' });
   * ```
   */
  setTagline(userId: string, faxlineId: string, body: ApiBody<'PUT /{userId}/faxlines/{faxlineId}/tagline'>, options?: RequestOptions): Promise<ApiResult<'PUT /{userId}/faxlines/{faxlineId}/tagline'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const FAXLINES_ROUTES = {
  list: 'GET /{userId}/faxlines',
  create: 'POST /{userId}/faxlines-',
  setAlias: 'PUT /{userId}/faxlines/{faxlineId}',
  delete: 'DELETE /{userId}/faxlines/{faxlineId}',
  getCallerId: 'GET /{userId}/faxlines/{faxlineId}/callerid',
  setCallerId: 'PUT /{userId}/faxlines/{faxlineId}/callerid',
  getNumbers: 'GET /{userId}/faxlines/{faxlineId}/numbers',
  setTagline: 'PUT /{userId}/faxlines/{faxlineId}/tagline',
} as const;
