// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The call module's operations beyond the established library's, typed from the contract. */
export interface CallOperations {
  /**
   * Initiate a new call to record an IVR message. `POST /sessions/ivr/recording`
   * @example
   * ```ts
   * await call.recordIvrGreeting({ endpoint: 'MAIN, a0,a1,a2', targetId: 'v0', deviceId: 'e0' });
   * ```
   */
  recordIvrGreeting(body: ApiBody<'POST /sessions/ivr/recording'>, options?: RequestOptions): Promise<ApiResult<'POST /sessions/ivr/recording'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const CALL_ROUTES = {
  recordIvrGreeting: 'POST /sessions/ivr/recording',
} as const;
