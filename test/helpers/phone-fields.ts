/**
 * Every module's phone-number field declarations, by contract route (the modules declare them by
 * method name next to their route tables), for the tests that check them against the contract.
 */
import { BLACKLIST_PHONE_NUMBER_FIELDS, BLACKLIST_ROUTES } from '../../lib/blacklist';
import { DEVICES_PHONE_NUMBER_FIELDS, DEVICES_ROUTES } from '../../lib/devices/operations';
import { FAXLINES_PHONE_NUMBER_FIELDS, FAXLINES_ROUTES } from '../../lib/faxlines';
import { NOTIFICATIONS_PHONE_NUMBER_FIELDS, NOTIFICATIONS_ROUTES } from '../../lib/notifications';
import { PHONELINES_PHONE_NUMBER_FIELDS, PHONELINES_ROUTES } from '../../lib/phonelines';
import { SMS_PHONE_NUMBER_FIELDS, SMS_ROUTES } from '../../lib/sms/operations';
import { routeEntry } from '../../lib/core/route';
import type { RoutePhoneFields } from '../../lib/core/route-phone-numbers';

const DECLARED: Array<[Readonly<Record<string, string>>, Readonly<Record<string, RoutePhoneFields | undefined>>]> = [
  [BLACKLIST_ROUTES, BLACKLIST_PHONE_NUMBER_FIELDS],
  [DEVICES_ROUTES, DEVICES_PHONE_NUMBER_FIELDS],
  [FAXLINES_ROUTES, FAXLINES_PHONE_NUMBER_FIELDS],
  [NOTIFICATIONS_ROUTES, NOTIFICATIONS_PHONE_NUMBER_FIELDS],
  [PHONELINES_ROUTES, PHONELINES_PHONE_NUMBER_FIELDS],
  [SMS_ROUTES, SMS_PHONE_NUMBER_FIELDS],
];

/** Route (`'PUT /{userId}/phonelines/{phonelineId}/forwardings'`) → its declared phone-number fields. */
export const ROUTE_PHONE_NUMBER_FIELDS: Readonly<Record<string, RoutePhoneFields>> = Object.fromEntries(
  DECLARED.flatMap(([routes, fields]) => Object.entries(fields).map(([method, declared]) => [routeEntry(routes[method]).route, declared as RoutePhoneFields])),
);
