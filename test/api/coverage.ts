/**
 * Which SDK method answers each operation of sipgate's REST contract. Three sources: the route
 * tables of the modules (every method bound by `bindRoutes`; generated from
 * scripts/routes.table.ts), the established modules' methods that call an operation themselves
 * (listed here by hand, each checked to exist), and the operations deliberately left out of the
 * named modules (still reachable by `client.request`).
 * `coverage.test.ts` checks this against the contract; the README's table is rendered from it
 * (`npx tsx test/api/coverage.ts --write`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNT_ROUTES } from '../../lib/resources/account/routes.generated';
import { ADDRESSES_ROUTES } from '../../lib/resources/addresses/routes.generated';
import { AUTHORIZATION_ROUTES } from '../../lib/resources/authorization/routes.generated';
import { AUTORECORDING_ROUTES } from '../../lib/resources/autorecording/routes.generated';
import { BLACKLIST_ROUTES } from '../../lib/resources/blacklist/routes.generated';
import { CALL_ROUTES } from '../../lib/resources/call/routes.generated';
import { CALL_RESTRICTIONS_ROUTES } from '../../lib/resources/callrestrictions/routes.generated';
import { CONTACTS_ROUTES } from '../../lib/resources/contacts/routes.generated';
import { DEVICES_ROUTES } from '../../lib/resources/devices/routes.generated';
import { FAX_ROUTES } from '../../lib/resources/fax/routes.generated';
import { FAXLINES_ROUTES } from '../../lib/resources/faxlines/routes.generated';
import { GROUPS_ROUTES } from '../../lib/resources/groups/routes.generated';
import { HISTORY_ROUTES } from '../../lib/resources/history/routes.generated';
import { NOTIFICATIONS_ROUTES } from '../../lib/resources/notifications/routes.generated';
import { NUMBERS_ROUTES } from '../../lib/resources/numbers/routes.generated';
import { PHONELINES_ROUTES } from '../../lib/resources/phonelines/routes.generated';
import { PORTINGS_ROUTES } from '../../lib/resources/portings/routes.generated';
import { SETTINGS_ROUTES } from '../../lib/resources/settings/routes.generated';
import { SMS_ROUTES } from '../../lib/resources/sms/routes.generated';
import { USERS_ROUTES } from '../../lib/resources/users/routes.generated';
import { VOICEMAILS_ROUTES } from '../../lib/resources/voicemails/routes.generated';
import { routeEntry } from '../../lib/core/internal/route';

/** Module variable name (as in the README examples) → its factory and route table. */
export const ROUTE_TABLES: Record<string, { factory: string; routes: Readonly<Record<string, string>> }> = {
  account: { factory: 'createAccountModule', routes: ACCOUNT_ROUTES },
  addresses: { factory: 'createAddressesModule', routes: ADDRESSES_ROUTES },
  authorization: { factory: 'createAuthorizationModule', routes: AUTHORIZATION_ROUTES },
  autorecording: { factory: 'createAutorecordingModule', routes: AUTORECORDING_ROUTES },
  blacklist: { factory: 'createBlacklistModule', routes: BLACKLIST_ROUTES },
  call: { factory: 'createCallModule', routes: CALL_ROUTES },
  callRestrictions: { factory: 'createCallRestrictionsModule', routes: CALL_RESTRICTIONS_ROUTES },
  contacts: { factory: 'createContactsModule', routes: CONTACTS_ROUTES },
  devices: { factory: 'createDevicesModule', routes: DEVICES_ROUTES },
  fax: { factory: 'createFaxModule', routes: FAX_ROUTES },
  faxlines: { factory: 'createFaxlinesModule', routes: FAXLINES_ROUTES },
  groups: { factory: 'createGroupsModule', routes: GROUPS_ROUTES },
  history: { factory: 'createHistoryModule', routes: HISTORY_ROUTES },
  notifications: { factory: 'createNotificationsModule', routes: NOTIFICATIONS_ROUTES },
  numbers: { factory: 'createNumbersModule', routes: NUMBERS_ROUTES },
  phonelines: { factory: 'createPhonelinesModule', routes: PHONELINES_ROUTES },
  portings: { factory: 'createPortingsModule', routes: PORTINGS_ROUTES },
  settings: { factory: 'createSettingsModule', routes: SETTINGS_ROUTES },
  sms: { factory: 'createSMSModule', routes: SMS_ROUTES },
  users: { factory: 'createUsersModule', routes: USERS_ROUTES },
  voicemails: { factory: 'createVoicemailsModule', routes: VOICEMAILS_ROUTES },
};

/** Operations the established modules (and the core client) call in their own methods. */
export const ESTABLISHED_METHODS: Record<string, string[]> = {
  'GET /calls': ['rtcm.getEstablishedCalls'],
  'PUT /calls/{callId}/muted': ['rtcm.mute'],
  'PUT /calls/{callId}/recording': ['rtcm.record'],
  'POST /calls/{callId}/announcements': ['rtcm.announce'],
  'POST /calls/{callId}/transfer': ['rtcm.transfer'],
  'DELETE /calls/{callId}': ['rtcm.hangUp'],
  'POST /calls/{callId}/dtmf': ['rtcm.sendDTMF'],
  'PUT /calls/{callId}/hold': ['rtcm.hold'],
  'GET /authorization/userinfo': ['client.getUserInfo', 'client.getAuthenticatedWebuserId'],
  'GET /balance': ['account.getBalance'],
  'GET /history': ['history.fetchAll', 'history.iterate'],
  'PUT /history': ['history.batchUpdateEvents'],
  'DELETE /history': ['history.deleteByListOfIds'],
  'GET /history/export': ['history.exportAsCsvString'],
  'GET /history/{entryId}': ['history.fetchById'],
  'PUT /history/{entryId}': ['history.batchUpdateEvents'],
  'DELETE /history/{entryId}': ['history.deleteById'],
  'GET /numbers': ['numbers.getAllNumbers', 'numbers.iterate'],
  'POST /sessions/calls': ['call.initiate'],
  'POST /sessions/fax': ['fax.send'],
  'POST /sessions/sms': ['sms.send', 'sms.schedule'],
  'GET /settings/sipgateio': ['settings.getWebhookSettings'],
  'PUT /settings/sipgateio': [
    'settings.setIncomingUrl',
    'settings.clearIncomingUrl',
    'settings.setOutgoingUrl',
    'settings.clearOutgoingUrl',
    'settings.setWhitelist',
    'settings.clearWhitelist',
    'settings.disableWhitelist',
    'settings.setLog',
  ],
  'GET /voicemails': ['voicemails.getVoicemails'],
  'GET /{userId}/devices': ['devices.getDevices'],
  'GET /{userId}/sms': ['sms.getSmsExtensions'],
  'GET /{userId}/sms/{smsId}/callerids': ['sms.getCallerIds'],
  'GET /contacts': [
    'contacts.get',
    'contacts.iterate',
    'contacts.paginatedGet',
    'contacts.exportAsCsv',
    'contacts.iterateCsv',
    'contacts.exportAsVCards',
    'contacts.iterateVCards',
    'contacts.exportAsSingleVCard',
    'contacts.exportAsJSON',
  ],
  'POST /contacts': ['contacts.create', 'contacts.importVCardString'],
  'DELETE /contacts': ['contacts.deleteAllPrivate', 'contacts.deleteAllShared'],
  'POST /contacts/import/csv': ['contacts.importFromCsvString'],
  'PUT /contacts/{contactId}': ['contacts.update'],
  'DELETE /contacts/{contactId}': ['contacts.delete'],
};

/** Operations left out of the named modules, each with the reason; `client.request` reaches them. */
export const EXCLUDED: Array<{ pattern: RegExp; reason: string }> = [
  { pattern: /^[A-Z]+ \/app\//, reason: "sipgate's own mobile app (events, links, properties, terms, users)" },
  { pattern: /^[A-Z]+ \/translations\//, reason: "the translations of sipgate's own web app" },
  {
    pattern: /^[A-Z]+ \/passwordreset/,
    reason: 'password reset of sipgate accounts, done on sipgate.com, not by an API client',
  },
];

/** Route → every named method answering it (`module.method`). */
export function namedMethods(): Map<string, string[]> {
  const methods = new Map<string, string[]>();
  const add = (route: string, method: string): void => {
    methods.set(route, [...(methods.get(route) ?? []), method]);
  };
  for (const [module, { routes }] of Object.entries(ROUTE_TABLES)) {
    for (const [method, entry] of Object.entries(routes)) add(routeEntry(entry).route, `${module}.${method}`);
  }
  for (const [route, names] of Object.entries(ESTABLISHED_METHODS)) for (const name of names) add(route, name);
  return methods;
}

const START = '<!-- api-coverage:start (generated from test/api/coverage.ts) -->';
const END = '<!-- api-coverage:end -->';

/** The README's table: every operation the SDK names, then the left-out groups. */
export function renderCoverage(): string {
  const rows = [...namedMethods()]
    .sort(([a], [b]) => a.slice(a.indexOf(' ')).localeCompare(b.slice(b.indexOf(' '))) || a.localeCompare(b))
    .map(([route, names]) => `| \`${route}\` | ${names.map((name) => `\`${name}\``).join(', ')} |`);
  const excluded = EXCLUDED.map(
    ({ pattern, reason }) =>
      `| \`${pattern.source.replace('^[A-Z]+ \\/', '/').replace(/\\\//g, '/')}…\` | left out: ${reason}; \`client.request\` reaches it |`,
  );
  return [START, '| Operation | Method |', '|---|---|', ...rows, ...excluded, END].join('\n');
}

/** The section as it stands in the README, or `undefined` when the markers are missing. */
export function readmeCoverage(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start === -1 || end === -1 ? undefined : readme.slice(start, end + END.length);
}

if (process.argv.includes('--write')) {
  const file = join(__dirname, '..', '..', 'README.md');
  const readme = readFileSync(file, 'utf8');
  const current = readmeCoverage(readme);
  if (current === undefined) throw new Error(`README.md has no ${START} … ${END} markers.`);
  writeFileSync(file, readme.replace(current, renderCoverage()));
}
