import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { BLACKLIST_PHONE_NUMBER_FIELDS } from './phone-number-fields';
import { BLACKLIST_ROUTES, type BlacklistModule } from './routes.generated';

export type { BlacklistModule } from './routes.generated';

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
  return bindRoutes<BlacklistModule, typeof BLACKLIST_ROUTES>(client, BLACKLIST_ROUTES, BLACKLIST_PHONE_NUMBER_FIELDS);
}
