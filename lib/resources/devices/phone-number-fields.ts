import type { RoutePhoneNumberFields } from '../../core/internal/route-phone-numbers';
import type { DevicesOperations } from './routes.generated';

/**
 * The methods whose requests hold phone numbers, and where: validated and normalised to E.164
 * before sending (see `bindRoutes`). The phone-number test reads these against the contract.
 * @internal
 */
export const DEVICES_PHONE_NUMBER_FIELDS = {
  setCallerId: { body: { value: 'number' } },
  setExternalTargetNumber: { body: { number: 'number' } },
  createExternal: { body: { number: 'number' } },
} as const satisfies RoutePhoneNumberFields<keyof DevicesOperations>;
