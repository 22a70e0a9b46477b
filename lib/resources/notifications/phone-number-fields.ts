import type { RoutePhoneNumberFields } from '../../core/internal/route-phone-numbers';
import type { NotificationsModule } from './routes.generated';

/**
 * The methods whose requests hold phone numbers, and where: validated and normalised to E.164
 * before sending (see `bindRoutes`). The phone-number test reads these against the contract.
 * @internal
 */
export const NOTIFICATIONS_PHONE_NUMBER_FIELDS = {
  addCallSms: { body: { number: 'number' } },
  addFaxSms: { body: { number: 'number' } },
  addVoicemailSms: { body: { number: 'number' } },
} as const satisfies RoutePhoneNumberFields<keyof NotificationsModule>;
