/**
 * Every REST domain's module factory with its types: the public exports of `lib/resources`. Each
 * name is listed on purpose: this is the public API, recorded in test/package/sipgateio-sdk.api.md.
 */
export {
  createSMSModule,
  type ShortMessageWithSmsId,
  type ShortMessageWithPhoneNumber,
  type ShortMessage,
  type SmsExtension,
  type SmsCallerId,
  type SMSModule,
} from './sms';
export {
  createFaxModule,
  MAX_FAX_BYTES,
  FaxStatus,
  type FaxContent,
  type Fax,
  type SendFaxSessionResponse,
  type Faxline,
  type WaitForDeliveryOptions,
  type FaxModule,
} from './fax';
export { createCallModule, type CallData, type InitiateNewCallSessionResponse, type CallModule } from './call';
export {
  createRTCMModule,
  type Participant,
  type RTCMCall,
  type CallReference,
  type GenericCall,
  type RecordOptions,
  type TransferOptions,
  type RTCMModule,
} from './rtcm';
export {
  createHistoryModule,
  HistoryEntryType,
  HistoryDirection,
  CallStatusType,
  FaxStatusType,
  Starred,
  type Recording,
  type BaseHistoryFilter,
  type HistoryFilter,
  type Endpoint,
  type RoutedEndpoint,
  type BaseHistoryEntry,
  type CallHistoryEntry,
  type FaxHistoryEntry,
  type SmsHistoryEntry,
  type VoicemailHistoryEntry,
  type HistoryEntry,
  type HistoryEntryUpdateOptions,
  type HistoryIterateOptions,
  type HistoryWatchOptions,
  type HistoryWatcher,
  type HistoryModule,
} from './history';
export {
  createContactsModule,
  type Scope,
  type ExportScope,
  type Address,
  type PhoneNumber,
  type Email,
  type ContactImport,
  type ContactResponse,
  type ContactUpdate,
  type ContactsExportFilter,
  type ContactsStreamOptions,
  type ContactsModule,
  type CsvExportOptions,
  type CsvExtraColumn,
  type CsvImportColumn,
  type CsvImportOptions,
  type CsvImportResult,
  type CsvSkippedRow,
} from './contacts';
export {
  createNumbersModule,
  NumberResponseItemType,
  type NumbersIterateOptions,
  type NumberMnpState,
  type NumberResponseItem,
  type NumberResponse,
  type NumbersModule,
} from './numbers';
export { createDevicesModule, type ActiveRouting, type DeviceType, type Device, type DevicesModule } from './devices';
export { createVoicemailsModule, type Voicemail, type VoicemailsModule } from './voicemails';
export { createAccountModule, type Balance, type AccountModule } from './account';
export { createSettingsModule, type WebhookSettings, type SettingsModule } from './settings';
export { createUsersModule, type UsersModule } from './users';
export { createGroupsModule, type GroupsModule } from './groups';
export { createPhonelinesModule, type PhonelinesModule } from './phonelines';
export { createFaxlinesModule, type FaxlinesModule } from './faxlines';
export { createBlacklistModule, type BlacklistModule } from './blacklist';
export { createAutorecordingModule, type AutorecordingModule } from './autorecording';
export { createCallRestrictionsModule, type CallRestrictionsModule } from './callrestrictions';
export { createAddressesModule, type AddressesModule } from './addresses';
export { createPortingsModule, type PortingsModule } from './portings';
export { createAuthorizationModule, type AuthorizationModule } from './authorization';
export { createNotificationsModule, type NotificationsModule } from './notifications';
export type { AccountOperations } from './account/routes.generated';
export type { ContactsOperations } from './contacts/routes.generated';
export type { DevicesOperations } from './devices/routes.generated';
export type { HistoryOperations } from './history/routes.generated';
export type { SettingsOperations } from './settings/routes.generated';
export type { NumbersOperations } from './numbers/routes.generated';
export type { FaxOperations } from './fax/routes.generated';
export type { CallOperations } from './call/routes.generated';
export type { VoicemailsOperations } from './voicemails/routes.generated';
export type { SMSOperations } from './sms/routes.generated';
