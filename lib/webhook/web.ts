/**
 * The webhook pieces that run on any runtime (browsers, edge workers, Node): event parsing,
 * response builders and XML, WebCrypto verification, the Web-standard handler.
 */
export {
  parseWebhookEvent,
  EventType,
  WebhookDirection,
  Direction,
  HangUpCause,
  SipgateIOWebhookParseError,
  type NewCallEvent,
  type AnswerEvent,
  type HangUpEvent,
  type DataEvent,
  type WebhookEvent,
  type CallEventBase,
  type CallPartiesBase,
} from './events';
export {
  renderWebhookResponse,
  RejectReason,
  type RedirectOptions,
  type RejectOptions,
  type PlayOptions,
  type GatherOptions,
  type RedirectObject,
  type VoicemailObject,
  type RejectObject,
  type PlayObject,
  type GatherObject,
  type HangUpObject,
  type ResponseObject,
  type ResponseContext,
  type CompactElement,
  type CompactNode,
} from './reply-builders';
export { WebhookResponse } from './webhook-response';
export { SIPGATE_WEBHOOK_PUBLIC_KEY, SIPGATE_WEBHOOK_SOURCE_IPS } from './public-key';
export { verifyWebhookSignatureAsync } from './verify-web';
export { createWebhookFetchHandler, type WebhookFetchHandlerOptions } from './fetch-handler';
export type {
  HandlerCallback,
  WebhookDeduplicationOptions,
  WebhookHandlers,
  WebhookHandlerOptions,
  WebhookLogger,
} from './handler-core';
export {
  inspectAnnouncement,
  playAudioAndHangUp,
  playAudioAndTransfer,
  type AnnouncementInfo,
  type PlayThenOptions,
} from './audio';
export type { TrustProxy } from './source-ip';
