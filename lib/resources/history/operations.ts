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
   * Get a specific call, fax, SMS or voicemail. `PUT /history/{entryId}/note`
   * @example
   * ```ts
   * await history.setNote('123456', { note: 'note' });
   * ```
   */
  setNote(entryId: string, body: ApiBody<'PUT /history/{entryId}/note'>, options?: RequestOptions): Promise<ApiResult<'PUT /history/{entryId}/note'>>;
  /**
   * Mark an specific entry as read or unread. `PUT /history/{entryId}/read`
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
} as const satisfies Record<keyof HistoryOperations, string>;
