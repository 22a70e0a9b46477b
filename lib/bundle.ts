/**
 * The CDN bundle's surface (global `SipgateIO`): the client, every browser-capable module
 * factory, the webhook response builder, and the pure verification and parsing helpers. The
 * edge-runtime request handler and the announcement helpers (including `WebhookResponse`'s
 * `playAudioAndHangUp`/`playAudioAndTransfer`) are left to the npm builds, which bundlers
 * tree-shake; in a `<script>` tag they would only add weight.
 */
export * from './rest';
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
} from './webhook/events';
export { renderWebhookResponse, RejectReason, type ResponseObject } from './webhook/response';
// The builders alone: the announcement helpers act through RTCM and are left to the npm builds.
export { WebhookResponseBuilders as WebhookResponse } from './webhook/response';
export { SIPGATE_WEBHOOK_PUBLIC_KEY, SIPGATE_WEBHOOK_SOURCE_IPS } from './webhook/public-key';
export { verifyWebhookSignatureAsync } from './webhook/verify-web';
