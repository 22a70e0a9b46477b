// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** Number portings into sipgate. Create it with `createPortingsModule(client)`. */
export interface PortingsModule {
  /**
   * List all phone number portings. `GET /portings`
   * @example
   * ```ts
   * await portings.list();
   * ```
   */
  list(options?: RequestOptions): Promise<ApiResult<'GET /portings'>>;
  /**
   * Get an existing porting. `GET /portings/{portingId}`
   * @example
   * ```ts
   * await portings.get(42);
   * ```
   */
  get(portingId: string | number, options?: RequestOptions): Promise<ApiResult<'GET /portings/{portingId}'>>;
  /**
   * Delete/revoke an existing porting. `DELETE /portings/{portingId}`
   * @example
   * ```ts
   * await portings.revoke(42);
   * ```
   */
  revoke(portingId: string | number, options?: RequestOptions): Promise<ApiResult<'DELETE /portings/{portingId}'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const PORTINGS_ROUTES = {
  list: 'GET /portings',
  get: 'GET /portings/{portingId}',
  revoke: 'DELETE /portings/{portingId}',
} as const;
