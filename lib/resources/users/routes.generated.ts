// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The account's users (web users): details, role, location, default device, busy-on-busy. Create it with `createUsersModule(client)`. */
export interface UsersModule {
  /**
   * List all users. `GET /users`
   * @example
   * ```ts
   * await users.list();
   * ```
   */
  list(options?: RequestOptions): Promise<ApiResult<'GET /users'>>;
  /**
   * Get a specific user. `GET /users/{userId}`
   * @example
   * ```ts
   * await users.get('w0');
   * ```
   */
  get(userId: string, options?: RequestOptions): Promise<ApiResult<'GET /users/{userId}'>>;
  /**
   * Delete a specific user. `DELETE /users/{userId}`
   * @example
   * ```ts
   * await users.delete('w0');
   * ```
   */
  delete(userId: string, options?: RequestOptions): Promise<ApiResult<'DELETE /users/{userId}'>>;
  /**
   * Update the busy on busy setting for a user. `PUT /users/{userId}/busyonbusy`
   * @example
   * ```ts
   * await users.setBusyOnBusy('w0', { enabled: false });
   * ```
   */
  setBusyOnBusy(userId: string, body: ApiBody<'PUT /users/{userId}/busyonbusy'>, options?: RequestOptions): Promise<ApiResult<'PUT /users/{userId}/busyonbusy'>>;
  /**
   * Update the default device of an existing user. `PUT /users/{userId}/defaultdevice`
   * @example
   * ```ts
   * await users.setDefaultDevice('w0', { deviceId: 'e0' });
   * ```
   */
  setDefaultDevice(userId: string, body: ApiBody<'PUT /users/{userId}/defaultdevice'>, options?: RequestOptions): Promise<ApiResult<'PUT /users/{userId}/defaultdevice'>>;
  /**
   * Set the location of a user. `PUT /users/{userId}/location`
   * @example
   * ```ts
   * await users.setLocation('w0', { addressId: 0 });
   * ```
   */
  setLocation(userId: string, body: ApiBody<'PUT /users/{userId}/location'>, options?: RequestOptions): Promise<ApiResult<'PUT /users/{userId}/location'>>;
  /**
   * Update the user role. `PUT /users/{userId}/role`
   * @example
   * ```ts
   * await users.setRole('w0', { admin: false });
   * ```
   */
  setRole(userId: string, body: ApiBody<'PUT /users/{userId}/role'>, options?: RequestOptions): Promise<ApiResult<'PUT /users/{userId}/role'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const USERS_ROUTES = {
  list: 'GET /users',
  get: 'GET /users/{userId}',
  delete: 'DELETE /users/{userId}',
  setBusyOnBusy: 'PUT /users/{userId}/busyonbusy',
  setDefaultDevice: 'PUT /users/{userId}/defaultdevice',
  setLocation: 'PUT /users/{userId}/location',
  setRole: 'PUT /users/{userId}/role',
} as const;
