import type { RoutePhoneNumberFields } from '../../core/internal/route-phone-numbers';
import type { PhonelinesModule } from './routes.generated';

/**
 * The methods whose requests hold phone numbers, and where: validated and normalised to E.164
 * before sending (see `bindRoutes`). The phone-number test reads these against the contract.
 * @internal
 */
export const PHONELINES_PHONE_NUMBER_FIELDS = {
  // Forwardings may also reach an extension of the account (p1, g0, v0: the contract's own example).
  setForwardings: { body: { 'forwardings[].destination': 'numberOrExtension' } },
  addParallelForwarding: { body: { destination: 'numberOrExtension' } },
  changeParallelForwarding: { body: { destination: 'numberOrExtension' } },
} as const satisfies RoutePhoneNumberFields<keyof PhonelinesModule>;
