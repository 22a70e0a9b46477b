import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { ADDRESSES_ROUTES, type AddressesModule } from './routes.generated';

export type { AddressesModule } from './routes.generated';

/**
 * Creates the addresses module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const addresses = createAddressesModule(client);
 * ```
 */
export function createAddressesModule(client: SipgateIOClient): AddressesModule {
  return bindRoutes<AddressesModule, typeof ADDRESSES_ROUTES>(client, ADDRESSES_ROUTES);
}
