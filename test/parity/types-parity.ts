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

/**
 * Object literals: `f({ key: … })` compiles only when the parameter type declares `key` (the
 * excess-property check), which the assignments above do not test. Every key the established
 * parameter types declare, through unions, arrays and nested objects, is declared here too; a
 * gap shows as a string `method(argument).path.to.key` where `never` is required.
 */
type Depth = [never, 0, 1, 2, 3];
type IsAny<T> = 0 extends 1 & T ? true : false;
// Bytes and dates are leaves; their members are not keys a literal spells out.
type ObjectPart<T> = T extends readonly (infer E)[]
  ? ObjectPart<E>
  : T extends (...args: never[]) => unknown
    ? never
    : T extends Date | Promise<unknown> | ArrayBufferView | ArrayBuffer
      ? never
      : T extends object
        ? T
        : never;
type KeysOfAny<U> = U extends unknown ? keyof U : never;
type PropertyOfAny<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/** Keys of T (through unions, arrays and nested objects) that U lacks; `any` (anything goes) and keys typed `undefined` (declared only to forbid them) aside. */
type MissingKeys<T, U, Path extends string, D extends number = 4> = [D] extends [never]
  ? never
  : IsAny<T> extends true
    ? never
    : ObjectPart<T> extends infer Theirs
      ? Theirs extends object
        ? {
            [K in keyof Theirs & string]-?: [Exclude<Theirs[K], undefined>] extends [never]
              ? never
              : K extends KeysOfAny<ObjectPart<U>>
                ? MissingKeys<Theirs[K], PropertyOfAny<ObjectPart<U>, K>, `${Path}.${K}`, Depth[D]>
                : `${Path}.${K}`;
          }[keyof Theirs & string]
        : never
      : never;
type ParameterGaps<Theirs, Ours> = {
  [M in keyof Theirs & keyof Ours & string]-?: NonNullable<Theirs[M]> extends (...args: infer A) => unknown
    ? NonNullable<Ours[M]> extends (...args: infer B) => unknown
      ? { [I in keyof A & `${number}`]-?: MissingKeys<A[I], I extends keyof B ? B[I] : never, `${M}(${I})`> }[keyof A &
          `${number}`]
      : never
    : never;
}[keyof Theirs & keyof Ours & string];
/** The same for what methods resolve with: code reading an optional key the established typings declared compiles only when it is declared here. */
type ResultGaps<Theirs, Ours> = {
  [M in keyof Theirs & keyof Ours & string]-?: NonNullable<Theirs[M]> extends (...args: never[]) => infer A
    ? NonNullable<Ours[M]> extends (...args: never[]) => infer B
      ? MissingKeys<Awaited<A>, Awaited<B>, `${M}()`>
      : never
    : never;
}[keyof Theirs & keyof Ours & string];
type NoGaps<T extends never> = T;
type Server = Awaited<ReturnType<ReturnType<typeof O.createWebhookModule>['createServer']>>;
export type LiteralGaps = [
  NoGaps<ParameterGaps<CallModule, ReturnType<typeof O.createCallModule>>>,
  NoGaps<ParameterGaps<ContactsModule, ReturnType<typeof O.createContactsModule>>>,
  NoGaps<ParameterGaps<DevicesModule, ReturnType<typeof O.createDevicesModule>>>,
  NoGaps<ParameterGaps<FaxModule, ReturnType<typeof O.createFaxModule>>>,
  // batchUpdateEvents infers its entries' type from the argument, so any key of an entry compiles.
  NoGaps<
    Exclude<ParameterGaps<HistoryModule, ReturnType<typeof O.createHistoryModule>>, `batchUpdateEvents(0).${string}`>
  >,
  NoGaps<ParameterGaps<NumbersModule, ReturnType<typeof O.createNumbersModule>>>,
  NoGaps<ParameterGaps<RTCMModule, ReturnType<typeof O.createRTCMModule>>>,
  NoGaps<ParameterGaps<SMSModule, ReturnType<typeof O.createSMSModule>>>,
  NoGaps<ParameterGaps<VoicemailsModule, ReturnType<typeof O.createVoicemailsModule>>>,
  NoGaps<ParameterGaps<WebhookSettingsModule, ReturnType<typeof O.createSettingsModule>>>,
  NoGaps<ParameterGaps<WebhookModule, ReturnType<typeof O.createWebhookModule>>>,
  NoGaps<ParameterGaps<E.WebhookServer, Server>>,
  NoGaps<ParameterGaps<WebhookResponseInterface, typeof O.WebhookResponse>>,
  NoGaps<ParameterGaps<{ sipgateIO: typeof E.sipgateIO }, { sipgateIO: typeof O.sipgateIO }>>,
  // 'client-options': the plain client methods take this SDK's request options, not axios's config.
  NoGaps<
    Exclude<
      ParameterGaps<E.SipgateIOClient, O.SipgateIOClient>,
      `${'get' | 'delete'}(1).${string}` | `${'post' | 'put' | 'patch'}(2).${string}`
    >
  >,
];
export type ResultKeyGaps = [
  NoGaps<ResultGaps<CallModule, ReturnType<typeof O.createCallModule>>>,
  NoGaps<ResultGaps<ContactsModule, ReturnType<typeof O.createContactsModule>>>,
  NoGaps<ResultGaps<DevicesModule, ReturnType<typeof O.createDevicesModule>>>,
  NoGaps<ResultGaps<FaxModule, ReturnType<typeof O.createFaxModule>>>,
  NoGaps<ResultGaps<HistoryModule, ReturnType<typeof O.createHistoryModule>>>,
  NoGaps<ResultGaps<NumbersModule, ReturnType<typeof O.createNumbersModule>>>,
  NoGaps<ResultGaps<RTCMModule, ReturnType<typeof O.createRTCMModule>>>,
  NoGaps<ResultGaps<SMSModule, ReturnType<typeof O.createSMSModule>>>,
  NoGaps<ResultGaps<VoicemailsModule, ReturnType<typeof O.createVoicemailsModule>>>,
  NoGaps<ResultGaps<WebhookSettingsModule, ReturnType<typeof O.createSettingsModule>>>,
  NoGaps<ResultGaps<WebhookModule, ReturnType<typeof O.createWebhookModule>>>,
  NoGaps<ResultGaps<E.WebhookServer, Server>>,
  NoGaps<ResultGaps<WebhookResponseInterface, typeof O.WebhookResponse>>,
  NoGaps<ResultGaps<E.SipgateIOClient, O.SipgateIOClient>>,
];
