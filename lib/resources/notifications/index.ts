import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { NOTIFICATIONS_PHONE_NUMBER_FIELDS } from './phone-number-fields';
import { NOTIFICATIONS_ROUTES, type NotificationsModule } from './routes.generated';

export type { NotificationsModule } from './routes.generated';

/**
 * Creates the notifications module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const notifications = createNotificationsModule(client);
 * ```
 */
export function createNotificationsModule(client: SipgateIOClient): NotificationsModule {
  return bindRoutes<NotificationsModule, typeof NOTIFICATIONS_ROUTES>(
    client,
    NOTIFICATIONS_ROUTES,
    NOTIFICATIONS_PHONE_NUMBER_FIELDS,
  );
}
