import type { RoutePhoneNumberFields } from '../../core/internal/route-phone-numbers';
import type { BlacklistModule } from './routes.generated';

/**
 * The methods whose requests hold phone numbers, and where: validated and normalised to E.164
 * before sending (see `bindRoutes`). The phone-number test reads these against the contract.
 * @internal
 */
export const BLACKLIST_PHONE_NUMBER_FIELDS = {
  addIncoming: { body: { phoneNumber: 'blacklistEntry' } },
  removeIncoming: { path: { phoneNumber: 'blacklistEntry' } },
} as const satisfies RoutePhoneNumberFields<keyof BlacklistModule>;
