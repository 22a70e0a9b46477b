/**
 * Every module's phone-number field declarations, by contract route (the modules declare them by
 * method name next to their route tables), for the tests that check them against the contract.
 */
import { BLACKLIST_ROUTES } from '../../lib/resources/blacklist/routes.generated';
import { BLACKLIST_PHONE_NUMBER_FIELDS } from '../../lib/resources/blacklist/phone-number-fields';
import { DEVICES_ROUTES } from '../../lib/resources/devices/routes.generated';
import { DEVICES_PHONE_NUMBER_FIELDS } from '../../lib/resources/devices/phone-number-fields';
import { FAXLINES_ROUTES } from '../../lib/resources/faxlines/routes.generated';
import { FAXLINES_PHONE_NUMBER_FIELDS } from '../../lib/resources/faxlines/phone-number-fields';
import { NOTIFICATIONS_ROUTES } from '../../lib/resources/notifications/routes.generated';
import { NOTIFICATIONS_PHONE_NUMBER_FIELDS } from '../../lib/resources/notifications/phone-number-fields';
import { PHONELINES_ROUTES } from '../../lib/resources/phonelines/routes.generated';
import { PHONELINES_PHONE_NUMBER_FIELDS } from '../../lib/resources/phonelines/phone-number-fields';
import { SMS_ROUTES } from '../../lib/resources/sms/routes.generated';
import { SMS_PHONE_NUMBER_FIELDS } from '../../lib/resources/sms/phone-number-fields';
import { routeEntry } from '../../lib/core/internal/route';
import type { RoutePhoneFields } from '../../lib/core/internal/route-phone-numbers';

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
  DECLARED.flatMap(([routes, fields]) =>
    Object.entries(fields).map(([method, declared]) => [
      routeEntry(routes[method]).route,
      declared as RoutePhoneFields,
    ]),
  ),
);
