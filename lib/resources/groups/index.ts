import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { GROUPS_ROUTES, type GroupsModule } from './routes.generated';

export type { GroupsModule } from './routes.generated';

/**
 * Creates the groups module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const groups = createGroupsModule(client);
 * ```
 */
export function createGroupsModule(client: SipgateIOClient): GroupsModule {
  return bindRoutes<GroupsModule, typeof GROUPS_ROUTES>(client, GROUPS_ROUTES);
}
