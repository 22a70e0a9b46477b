import type { ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The settings module's operations beyond the established library's, typed from the contract. */
export interface SettingsOperations {
  /**
   * Get your webhooks log. `GET /log/webhooks`
   * @example
   * ```ts
   * await settings.getWebhookLog();
   * ```
   */
  getWebhookLog(options?: RequestOptions): Promise<ApiResult<'GET /log/webhooks'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const SETTINGS_ROUTES = {
  getWebhookLog: 'GET /log/webhooks',
} as const satisfies Record<keyof SettingsOperations, string>;
