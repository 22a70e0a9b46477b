// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The history module's operations beyond the established library's, typed from the contract. */
export interface HistoryOperations {
  /**
   * Archive a specific entry. `PUT /history/{entryId}/archive`
   * @example
   * ```ts
   * await history.setArchived('123456', { value: true });
   * ```
   */
  setArchived(entryId: string, body: ApiBody<'PUT /history/{entryId}/archive'>, options?: RequestOptions): Promise<ApiResult<'PUT /history/{entryId}/archive'>>;
  /**
   * Set the note of a specific entry. `PUT /history/{entryId}/note`
   * @example
   * ```ts
   * await history.setNote('123456', { note: 'note' });
   * ```
   */
  setNote(entryId: string, body: ApiBody<'PUT /history/{entryId}/note'>, options?: RequestOptions): Promise<ApiResult<'PUT /history/{entryId}/note'>>;
  /**
   * Mark a specific entry as read or unread. `PUT /history/{entryId}/read`
   * @example
   * ```ts
   * await history.setRead('123456', { value: true });
   * ```
   */
  setRead(entryId: string, body: ApiBody<'PUT /history/{entryId}/read'>, options?: RequestOptions): Promise<ApiResult<'PUT /history/{entryId}/read'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const HISTORY_ROUTES = {
  setArchived: 'PUT /history/{entryId}/archive',
  setNote: 'PUT /history/{entryId}/note',
  setRead: 'PUT /history/{entryId}/read',
} as const;
