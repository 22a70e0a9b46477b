import type { ApiBody, ApiQuery, ApiResult } from '../../api/types';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';

/** Call restrictions of users (e.g. no international or premium-rate calls). Create it with `createCallRestrictionsModule(client)`. */
export interface CallRestrictionsModule {
  /**
   * List all restrictions based on the users product. `GET /restrictions`
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
} as const satisfies Record<keyof CallRestrictionsModule, string>;

/**
 * Creates the callRestrictions module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const callRestrictions = createCallRestrictionsModule(client);
 * ```
 */
export function createCallRestrictionsModule(client: SipgateIOClient): CallRestrictionsModule {
  return bindRoutes<CallRestrictionsModule>(client, CALL_RESTRICTIONS_ROUTES);
}
