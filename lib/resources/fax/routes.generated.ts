// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The fax module's operations beyond the established library's, typed from the contract. */
export interface FaxOperations {
  /**
   * Resend a fax. `POST /sessions/fax/resend`
   * @example
   * ```ts
   * await fax.resend({ faxId: '100018428', faxlineId: 'f0' });
   * ```
   */
  resend(body: ApiBody<'POST /sessions/fax/resend'>, options?: RequestOptions): Promise<ApiResult<'POST /sessions/fax/resend'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const FAX_ROUTES = {
  resend: 'POST /sessions/fax/resend',
} as const;
