import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The call module's operations beyond the established library's, typed from the contract. */
export interface CallOperations {
  /**
   * Initiate a new call to record an ivr message. `POST /sessions/ivr/recording`
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
} as const satisfies Record<keyof CallOperations, string>;
