import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { PORTINGS_ROUTES, type PortingsModule } from './routes.generated';

export type { PortingsModule } from './routes.generated';

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
  return bindRoutes<PortingsModule, typeof PORTINGS_ROUTES>(client, PORTINGS_ROUTES);
}
