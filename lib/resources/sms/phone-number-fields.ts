import type { RoutePhoneNumberFields } from '../../core/internal/route-phone-numbers';
import type { SMSOperations } from './routes.generated';

/**
 * The methods whose requests hold phone numbers, and where: validated and normalised to E.164
 * before sending (see `bindRoutes`). The phone-number test reads these against the contract.
 * @internal
 */
export const SMS_PHONE_NUMBER_FIELDS = {
  addCallerId: { body: { phonenumber: 'number' } },
} as const satisfies RoutePhoneNumberFields<keyof SMSOperations>;
