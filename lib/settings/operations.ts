import type { ApiResult } from '../api/types';
import type { RequestOptions, SipgateIOClient } from '../core/client';
import { bindRoutes } from '../core/route';

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

/** Binds the operations to a client (used by `createSettingsModule`). @internal */
export function bindSettingsOperations(client: SipgateIOClient): SettingsOperations {
  return bindRoutes<SettingsOperations>(client, SETTINGS_ROUTES);
}
