// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiQuery, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** Call restrictions of users (e.g. no international or premium-rate calls). Create it with `createCallRestrictionsModule(client)`. */
export interface CallRestrictionsModule {
  /**
   * List all restrictions based on the user's product. `GET /restrictions`
   * @example
   * ```ts
   * await callRestrictions.getRestrictions({ userId: 'w0' });
   * ```
   */
  getRestrictions(query: ApiQuery<'GET /restrictions'>, options?: RequestOptions): Promise<ApiResult<'GET /restrictions'>>;
  /**
   * Get call restrictions data. `GET /callrestrictions`
   * @example
   * ```ts
   * await callRestrictions.list({ userIds: ['w0'] });
   * ```
   */
  list(query?: ApiQuery<'GET /callrestrictions'>, options?: RequestOptions): Promise<ApiResult<'GET /callrestrictions'>>;
  /**
   * Enable/disable restriction. `POST /{userId}/callrestrictions/{restriction}`
   * @example
   * ```ts
   * await callRestrictions.set('w0', 'CALL_INTERNATIONAL', { enabled: true });
   * ```
   */
  set(userId: string, restriction: string, body: ApiBody<'POST /{userId}/callrestrictions/{restriction}'>, options?: RequestOptions): Promise<ApiResult<'POST /{userId}/callrestrictions/{restriction}'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const CALL_RESTRICTIONS_ROUTES = {
  getRestrictions: 'GET /restrictions?',
  list: 'GET /callrestrictions?',
  set: 'POST /{userId}/callrestrictions/{restriction}',
} as const;
