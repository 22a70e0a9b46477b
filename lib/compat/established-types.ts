/**
 * Type names that the established `sipgateio` package exported from its deep-import paths
 * (`sipgateio/dist/history`, `sipgateio/dist/sms/sms.types`, …) but not from its main entry:
 * request/response shapes and callback aliases. They are served only under those paths
 * (`sipgateio-sdk/dist/<module>`), so code importing them keeps compiling after the switch,
 * without adding them to this package's main API. Types only: nothing here exists at run time.
 */
import type { SipgateIOError } from '../core/errors';
import type { RequestOptions } from '../core/client';
import type { ContactResponse } from '../resources/contacts/contacts.types';
import type { Faxline, FaxStatus } from '../resources/fax/fax.types';
import type {
  HistoryDirection,
  HistoryEntry,
  HistoryEntryType,
  HistoryEntryUpdateOptions,
} from '../resources/history/history.types';
import type { StarredDTO } from './established-values';
import type { RTCMCall } from '../resources/rtcm';
import type { SettingsModule } from '../resources/settings';
import type { SmsCallerId } from '../resources/sms/sms.types';
import type { AnswerEvent, DataEvent, EventType, HangUpEvent, NewCallEvent } from '../webhook/events';
import type { HandlerCallback } from '../webhook/handler-core';
import type { ResponseObject } from '../webhook/reply-builders';
import type { WebhookResponse } from '../webhook/webhook-response';

/** The body of `POST /sessions/calls`. */
export interface CallDTO {
  caller: string;
  callee: string;
  callerId?: string;
  deviceId?: string;
}
/** The body of `POST /contacts`. */
export interface ContactsDTO {
  name: string;
  family: string;
  given: string;
  picture: string | null;
  emails: Array<{ email: string; type: string[] }>;
  numbers: Array<{ number: string; type: string[] }>;
  addresses: ContactResponse['addresses'];
  organization: string[][];
  scope: 'PRIVATE' | 'SHARED';
}
/** A page of `GET /contacts`. */
export interface ContactsListResponse {
  items: ContactResponse[];
  totalCount: number;
}
/** The body of `POST /contacts/import/csv`. */
export interface ImportCSVRequestDTO {
  base64Content: string;
}
/** The body of `POST /sessions/fax`. */
export interface FaxDTO {
  faxlineId: string;
  recipient: string;
  filename?: string;
  base64Content: string;
}
/** The answer of `GET /{userId}/faxlines`. */
export interface FaxlinesResponse {
  items: Faxline[];
}
/** The part of a history entry `getFaxStatus` reads. */
export interface HistoryFaxResponse {
  type: 'FAX';
  faxStatusType: FaxStatus;
}
/** The history filter as query parameters. */
export interface HistoryFilterDTO {
  connectionIds?: string[];
  types?: HistoryEntryType[];
  directions?: HistoryDirection[];
  archived?: boolean;
  starred?: StarredDTO;
  from?: Date;
  to?: Date;
}
/** A history entry as the API lists it. */
export type HistoryResponseItem = HistoryEntry;
/** A page of `GET /history`. */
export interface HistoryResponse {
  items: HistoryResponseItem[];
  totalCount: number;
}
/** One entry of the batch `PUT /history`. */
export interface HistoryEntryUpdateOptionsWithId extends HistoryEntryUpdateOptions {
  id: string;
}
/** The body of `POST /sessions/sms`. */
export interface ShortMessageDTO {
  smsId: string;
  recipient: string;
  message: string;
  sendAt?: number;
}
/** A caller ID of an SMS extension (the established name of `SmsCallerId`). */
export type SmsSenderId = SmsCallerId;
/** The answer of `GET /calls`. */
export interface RTCMCallsResponse {
  data: RTCMCall[];
}
/** The webhook settings module (the established name of `SettingsModule`). */
export type WebhookSettingsModule = SettingsModule;
/** Fields every webhook event has. */
export interface GenericEvent {
  event: EventType;
  callId: string;
  originalCallId: string;
}
/** Any webhook event. */
export type CallEvent = NewCallEvent | AnswerEvent | HangUpEvent | DataEvent;
export type NewCallCallback = HandlerCallback<NewCallEvent, ResponseObject | void>;
export type AnswerCallback = HandlerCallback<AnswerEvent, void>;
export type HangUpCallback = HandlerCallback<HangUpEvent, void>;
export type DataCallback = HandlerCallback<DataEvent, ResponseObject | void>;
/** The response builders' interface. */
export type WebhookResponseInterface = typeof WebhookResponse;
/** Per-request options of the client methods (the established library's axios config). */
export type HttpRequestConfig = RequestOptions;
/** What the established client's raw methods resolved with, before unwrapping `data`. */
export interface HttpResponse<T> {
  data: T;
  status: number;
}
/** What the client methods reject with. */
export type HttpError<T = unknown> = SipgateIOError & {
  readonly response?: { readonly status: number; readonly data: T };
};
