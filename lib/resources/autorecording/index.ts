import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { AUTORECORDING_ROUTES, type AutorecordingModule } from './routes.generated';

export type { AutorecordingModule } from './routes.generated';

/**
 * Creates the autorecording module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const autorecording = createAutorecordingModule(client);
 * ```
 */
export function createAutorecordingModule(client: SipgateIOClient): AutorecordingModule {
  return bindRoutes<AutorecordingModule, typeof AUTORECORDING_ROUTES>(client, AUTORECORDING_ROUTES);
}
