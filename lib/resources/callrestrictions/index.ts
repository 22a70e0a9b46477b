import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { CALL_RESTRICTIONS_ROUTES, type CallRestrictionsModule } from './routes.generated';

export type { CallRestrictionsModule } from './routes.generated';

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
  return bindRoutes<CallRestrictionsModule, typeof CALL_RESTRICTIONS_ROUTES>(client, CALL_RESTRICTIONS_ROUTES);
}
