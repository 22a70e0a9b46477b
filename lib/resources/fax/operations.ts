import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The fax module's operations beyond the established library's, typed from the contract. */
export interface FaxOperations {
  /**
   * Resend a faX. `POST /sessions/fax/resend`
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
} as const satisfies Record<keyof FaxOperations, string>;
