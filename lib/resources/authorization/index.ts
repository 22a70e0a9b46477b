import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { AUTHORIZATION_ROUTES, type AuthorizationModule } from './routes.generated';

export type { AuthorizationModule } from './routes.generated';

/**
 * Creates the authorization module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const authorization = createAuthorizationModule(client);
 * ```
 */
export function createAuthorizationModule(client: SipgateIOClient): AuthorizationModule {
  return bindRoutes<AuthorizationModule, typeof AUTHORIZATION_ROUTES>(client, AUTHORIZATION_ROUTES);
}
