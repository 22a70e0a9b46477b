import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { USERS_ROUTES, type UsersModule } from './routes.generated';

export type { UsersModule } from './routes.generated';

/**
 * Creates the users module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const users = createUsersModule(client);
 * ```
 */
export function createUsersModule(client: SipgateIOClient): UsersModule {
  return bindRoutes<UsersModule, typeof USERS_ROUTES>(client, USERS_ROUTES);
}
