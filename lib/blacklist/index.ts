import type { RoutePhoneNumberFields } from '../core/route-phone-numbers';
import type { ApiBody, ApiResult } from '../api/types';
import type { RequestOptions, SipgateIOClient } from '../core/client';
import { bindRoutes } from '../core/route';

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
} as const satisfies Record<keyof BlacklistModule, string>;

/**
 * The methods whose requests hold phone numbers, and where: validated and normalised to E.164
 * before sending (see `bindRoutes`). The phone-number test reads these against the contract.
 * @internal
 */
export const BLACKLIST_PHONE_NUMBER_FIELDS = {
  addIncoming: { body: { phoneNumber: 'blacklistEntry' } },
  removeIncoming: { path: { phoneNumber: 'blacklistEntry' } },
} as const satisfies RoutePhoneNumberFields<keyof BlacklistModule>;

/**
 * Creates the blacklist module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const blacklist = createBlacklistModule(client);
 * ```
 */
export function createBlacklistModule(client: SipgateIOClient): BlacklistModule {
  return bindRoutes<BlacklistModule>(client, BLACKLIST_ROUTES, BLACKLIST_PHONE_NUMBER_FIELDS);
}
