// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiQuery, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The account module's operations beyond the established library's, typed from the contract. */
export interface AccountOperations {
  /**
   * Get all top level API URLs. `GET /`
   * @example
   * ```ts
   * await account.getUrls();
   * ```
   */
  getUrls(options?: RequestOptions): Promise<ApiResult<'GET /'>>;
  /**
   * Get account data. `GET /account`
   * @example
   * ```ts
   * await account.getAccount();
   * ```
   */
  getAccount(options?: RequestOptions): Promise<ApiResult<'GET /account'>>;
  /**
   * Verify your account. `PUT /account/verified`
   * @example
   * ```ts
   * await account.verify({ verificationCode: 'ABC123' });
   * ```
   */
  verify(body: ApiBody<'PUT /account/verified'>, options?: RequestOptions): Promise<ApiResult<'PUT /account/verified'>>;
  /**
   * Get the state of the account's identity verification. `GET /identityVerification`
   * @example
   * ```ts
   * await account.getIdentityVerification({ allowStart: false });
   * ```
   */
  getIdentityVerification(query?: ApiQuery<'GET /identityVerification'>, options?: RequestOptions): Promise<ApiResult<'GET /identityVerification'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const ACCOUNT_ROUTES = {
  getUrls: 'GET /',
  getAccount: 'GET /account',
  verify: 'PUT /account/verified',
  getIdentityVerification: 'GET /identityVerification?',
} as const;
