import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { FAXLINES_PHONE_NUMBER_FIELDS } from './phone-number-fields';
import { FAXLINES_ROUTES, type FaxlinesModule } from './routes.generated';

export type { FaxlinesModule } from './routes.generated';

/**
 * Creates the faxlines module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const faxlines = createFaxlinesModule(client);
 * ```
 */
export function createFaxlinesModule(client: SipgateIOClient): FaxlinesModule {
  return bindRoutes<FaxlinesModule, typeof FAXLINES_ROUTES>(client, FAXLINES_ROUTES, FAXLINES_PHONE_NUMBER_FIELDS);
}
