// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The incoming-call blacklist. Create it with `createBlacklistModule(client)`. */
export interface BlacklistModule {
  /**
   * Get your incoming blacklist entries. `GET /blacklist/incoming`
   * @example
   * ```ts
   * await blacklist.listIncoming();
   * ```
   */
  listIncoming(options?: RequestOptions): Promise<ApiResult<'GET /blacklist/incoming'>>;
  /**
   * Create a new incoming blacklist entry. `POST /blacklist/incoming`
   * @example
   * ```ts
   * await blacklist.addIncoming({ phoneNumber: '+4902117654321', isBlock: true });
   * ```
   */
  addIncoming(body: ApiBody<'POST /blacklist/incoming'>, options?: RequestOptions): Promise<ApiResult<'POST /blacklist/incoming'>>;
  /**
   * Delete an incoming blacklist entry. `DELETE /blacklist/incoming/{phoneNumber}`
   * @example
   * ```ts
   * await blacklist.removeIncoming('+4921165432');
   * ```
   */
  removeIncoming(phoneNumber: string, options?: RequestOptions): Promise<ApiResult<'DELETE /blacklist/incoming/{phoneNumber}'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const BLACKLIST_ROUTES = {
  listIncoming: 'GET /blacklist/incoming',
  addIncoming: 'POST /blacklist/incoming',
  removeIncoming: 'DELETE /blacklist/incoming/{phoneNumber}',
} as const;
