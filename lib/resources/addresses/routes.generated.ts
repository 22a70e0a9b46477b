// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The account's (emergency and billing) addresses and the numbers registered at them. Create it with `createAddressesModule(client)`. */
export interface AddressesModule {
  /**
   * List all addresses. `GET /addresses`
   * @example
   * ```ts
   * await addresses.list();
   * ```
   */
  list(options?: RequestOptions): Promise<ApiResult<'GET /addresses'>>;
  /**
   * Get the number of addresses. `GET /addresses/itemCount`
   * @example
   * ```ts
   * await addresses.count();
   * ```
   */
  count(options?: RequestOptions): Promise<ApiResult<'GET /addresses/itemCount'>>;
  /**
   * Get a specific address. `GET /addresses/{addressId}`
   * @example
   * ```ts
   * await addresses.get('a0');
   * ```
   */
  get(addressId: string | number, options?: RequestOptions): Promise<ApiResult<'GET /addresses/{addressId}'>>;
  /**
   * Update an existing address. `PUT /addresses/{addressId}`
   * @example
   * ```ts
   * await addresses.update('a0', { countrycode: 'DE', postcode: '40219', city: 'Düsseldorf', street: 'Gladbacher Str.', number: '74' });
   * ```
   */
  update(addressId: string | number, body: ApiBody<'PUT /addresses/{addressId}'>, options?: RequestOptions): Promise<ApiResult<'PUT /addresses/{addressId}'>>;
  /**
   * List all phone numbers of a specific address. `GET /addresses/{addressId}/numbers`
   * @example
   * ```ts
   * await addresses.getNumbers('a0');
   * ```
   */
  getNumbers(addressId: string | number, options?: RequestOptions): Promise<ApiResult<'GET /addresses/{addressId}/numbers'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const ADDRESSES_ROUTES = {
  list: 'GET /addresses',
  count: 'GET /addresses/itemCount',
  get: 'GET /addresses/{addressId}',
  update: 'PUT /addresses/{addressId}',
  getNumbers: 'GET /addresses/{addressId}/numbers',
} as const;
