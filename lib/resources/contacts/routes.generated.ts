// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The contacts module's operations beyond the established library's, typed from the contract. */
export interface ContactsOperations {
  /**
   * List all account contacts. `GET /contacts/internal`
   * @example
   * ```ts
   * await contacts.getInternal();
   * ```
   */
  getInternal(options?: RequestOptions): Promise<ApiResult<'GET /contacts/internal'>>;
  /**
   * Import contacts from Google. `POST /contacts/import/google`
   * @example
   * ```ts
   * await contacts.importFromGoogle({ token: 'token' });
   * ```
   */
  importFromGoogle(body: ApiBody<'POST /contacts/import/google'>, options?: RequestOptions): Promise<ApiResult<'POST /contacts/import/google'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const CONTACTS_ROUTES = {
  getInternal: 'GET /contacts/internal',
  importFromGoogle: 'POST /contacts/import/google',
} as const;
