// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The numbers module's operations beyond the established library's, typed from the contract. */
export interface NumbersOperations {
  /**
   * Add a new quick dial number. `POST /numbers/quickdial`
   * @example
   * ```ts
   * await numbers.addQuickDial({ number: '10', userId: 'w0' });
   * ```
   */
  addQuickDial(body: ApiBody<'POST /numbers/quickdial'>, options?: RequestOptions): Promise<ApiResult<'POST /numbers/quickdial'>>;
  /**
   * Check whether a quick dial number is already taken. `GET /numbers/quickdial/validation/{quickDialNumber}`
   * @example
   * ```ts
   * await numbers.validateQuickDial('1234');
   * ```
   */
  validateQuickDial(quickDialNumber: string, options?: RequestOptions): Promise<ApiResult<'GET /numbers/quickdial/validation/{quickDialNumber}'>>;
  /**
   * Update an existing quick dial number. `PUT /numbers/quickdial/{numberId}`
   * @example
   * ```ts
   * await numbers.changeQuickDial('n0', { number: '10', userId: 'w0' });
   * ```
   */
  changeQuickDial(numberId: string, body: ApiBody<'PUT /numbers/quickdial/{numberId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /numbers/quickdial/{numberId}'>>;
  /**
   * Delete an existing quick dial number. `DELETE /numbers/quickdial/{numberId}`
   * @example
   * ```ts
   * await numbers.deleteQuickDial('n0');
   * ```
   */
  deleteQuickDial(numberId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /numbers/quickdial/{numberId}'>>;
  /**
   * Change phone number settings, e.g. route to endpoint. `PUT /numbers/{numberId}`
   * @example
   * ```ts
   * await numbers.changeSettings('n0', { endpointId: 'p0', quickDial: false, releaseForMnp: false });
   * ```
   */
  changeSettings(numberId: string, body: ApiBody<'PUT /numbers/{numberId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /numbers/{numberId}'>>;
  /**
   * List all user phone numbers of a specific user. `GET /{userId}/numbers`
   * @example
   * ```ts
   * await numbers.getUserNumbers('w0');
   * ```
   */
  getUserNumbers(userId: string, options?: RequestOptions): Promise<ApiResult<'GET /{userId}/numbers'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const NUMBERS_ROUTES = {
  addQuickDial: 'POST /numbers/quickdial',
  validateQuickDial: 'GET /numbers/quickdial/validation/{quickDialNumber}',
  changeQuickDial: 'PUT /numbers/quickdial/{numberId}',
  deleteQuickDial: 'DELETE /numbers/quickdial/{numberId}',
  changeSettings: 'PUT /numbers/{numberId}',
  getUserNumbers: 'GET /{userId}/numbers',
} as const;
