// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

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
} as const;
