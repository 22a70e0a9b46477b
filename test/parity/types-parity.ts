/**
 * Type-level drop-in, checked by `tsc` (`npm run typecheck` and `types.test.ts`): every factory's
 * result here satisfies the module interface the established `sipgateio` typings declare, so
 * code written against those interfaces compiles unchanged; and values typed with its exported
 * types (options objects included) are accepted by this SDK's functions. Nothing here runs.
 *
 * An assignment `const x: Theirs = ours` checks both directions that matter: every method
 * exists with a compatible result (covariant), and every argument the established typings allow
 * is accepted here (parameters are checked contravariantly under `strictFunctionTypes`).
 */
import type * as E from 'sipgateio';
import type { CallModule } from 'sipgateio/dist/call/call.types';
import type { ContactsModule } from 'sipgateio/dist/contacts/contacts.types';
import type { DevicesModule } from 'sipgateio/dist/devices/devices.types';
import type { FaxModule } from 'sipgateio/dist/fax/fax.types';
import type { HistoryModule } from 'sipgateio/dist/history/history.types';
import type { NumbersModule } from 'sipgateio/dist/numbers/numbers.types';
import type { RTCMModule } from 'sipgateio/dist/rtcm/rtcm.types';
import type { SMSModule } from 'sipgateio/dist/sms/sms.types';
import type { VoicemailsModule } from 'sipgateio/dist/voicemails/voicemails.types';
import type { WebhookModule, WebhookResponseInterface } from 'sipgateio/dist/webhook/webhook.types';
import type { WebhookSettingsModule } from 'sipgateio/dist/webhook-settings/webhookSettings.types';
import * as O from '../../lib';

declare const client: O.SipgateIOClient;

/**
 * The established typings with the two results this SDK types more truthfully: `scheduled` of
 * SMS and fax history entries ('scheduled-date') and `scope` of contacts ('internal-scope').
 * Only results are widened; every argument type stays exactly the established one.
 */
type Truthful<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => Truthful<R>
  : T extends Promise<infer U>
    ? Promise<Truthful<U>>
    : T extends Date
      ? T
      : T extends ReadonlyArray<infer U>
        ? Array<Truthful<U>>
        : T extends object
          ? {
              [K in keyof T]: K extends 'scheduled'
                ? T[K] | Date
                : K extends 'scope'
                  ? T[K] | 'INTERNAL'
                  : Truthful<T[K]>;
            }
          : T;

export const modules: {
  call: CallModule;
  contacts: Truthful<ContactsModule>;
  devices: DevicesModule;
  fax: FaxModule;
  history: Truthful<HistoryModule>;
  numbers: NumbersModule;
  rtcm: RTCMModule;
  sms: SMSModule;
  voicemails: VoicemailsModule;
  settings: WebhookSettingsModule;
  webhook: WebhookModule;
} = {
  call: O.createCallModule(client),
  contacts: O.createContactsModule(client),
  devices: O.createDevicesModule(client),
  fax: O.createFaxModule(client),
  history: O.createHistoryModule(client),
  numbers: O.createNumbersModule(client),
  rtcm: O.createRTCMModule(client),
  sms: O.createSMSModule(client),
  voicemails: O.createVoicemailsModule(client),
  settings: O.createSettingsModule(client),
  webhook: O.createWebhookModule(),
};

// The builders: theirs returned promises for the two that downloaded audio; awaiting a plain value works the same.
export const builders: Pick<
  WebhookResponseInterface,
  'redirectCall' | 'rejectCall' | 'hangUpCall' | 'sendToVoicemail'
> = O.WebhookResponse;

// Credentials and the client, as the established typings describe them.
declare const credentials: E.AuthCredentials;
export const fromCredentials: O.SipgateIOClient = O.sipgateIO(credentials);
declare const pat: E.PersonalAccessTokenCredentials;
declare const oauth: E.OAuthCredentials;
declare const basic: E.BasicAuthCredentials;
export const clients = [O.sipgateIO(pat), O.sipgateIO(oauth), O.sipgateIO(basic)];

// Options objects typed with the established types.
declare const serverOptions: E.ServerOptions;
export const server = O.createWebhookModule().createServer(serverOptions);
declare const callData: E.CallData;
export const call = O.createCallModule(client).initiate(callData);
declare const historyFilter: E.HistoryFilter;
declare const pagination: E.Pagination;
export const history = O.createHistoryModule(client).fetchAll(historyFilter, pagination);
declare const contact: E.ContactImport;
export const created = O.createContactsModule(client).create(contact, 'PRIVATE');
declare const exportFilter: E.ContactsExportFilter;
export const exported = O.createContactsModule(client).paginatedExportAsCsv('ALL', ',', pagination, exportFilter);
declare const shortMessage: E.ShortMessage;
export const sent = O.createSMSModule(client).send(shortMessage);
declare const fax: E.Fax;
export const faxed = O.createFaxModule(client).send(fax);
declare const recordOptions: E.RecordOptions;
declare const transferOptions: E.TransferOptions;
declare const rtcmCall: E.RTCMCall;
export const recorded = O.createRTCMModule(client).record(rtcmCall, recordOptions);
export const transferred = O.createRTCMModule(client).transfer(rtcmCall, transferOptions);
declare const updateOptions: E.HistoryEntryUpdateOptions;
declare const entries: E.HistoryEntry[];
export const updated = O.createHistoryModule(client).batchUpdateEvents(entries, () => updateOptions);

// Results read the way code written for the established library reads them.
export async function reads(): Promise<unknown[]> {
  const [entry] = await O.createHistoryModule(client).fetchAll();
  const faxStatus = entry.type === O.HistoryEntryType.FAX ? entry.faxStatus : undefined;
  const { response, hasMore } = await O.createContactsModule(client).paginatedGet('ALL');
  const error = new O.SipgateIOAuthenticationError('Unauthorized', { status: 401 });
  return [faxStatus, response, hasMore, error.response?.status, error.message === 'Unauthorized'];
}
