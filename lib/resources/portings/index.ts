import type { ApiResult } from '../../api/types';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';

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
} as const satisfies Record<keyof PortingsModule, string>;

/**
 * Creates the portings module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const portings = createPortingsModule(client);
 * ```
 */
export function createPortingsModule(client: SipgateIOClient): PortingsModule {
  return bindRoutes<PortingsModule>(client, PORTINGS_ROUTES);
}
