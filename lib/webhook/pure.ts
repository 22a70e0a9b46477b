/**
 * The webhook pieces that run on any runtime (browsers, edge workers, Node): event parsing,
 * response builders and XML, WebCrypto verification, the Web-standard handler.
 */
export * from './events';
export * from './response';
export { WebhookResponse } from './webhook-response';
export { SIPGATE_WEBHOOK_PUBLIC_KEY, SIPGATE_WEBHOOK_SOURCE_IPS } from './public-key';
export { verifyWebhookSignatureAsync } from './verify-web';
export { createWebhookFetchHandler, type WebhookFetchHandlerOptions } from './fetch-handler';
export type { HandlerCallback, WebhookHandlers, WebhookHandlerOptions, WebhookLogger } from './handler-core';
export { inspectAnnouncement, inspectWav, playAudioAndHangUp, playAudioAndTransfer, type AnnouncementInfo, type PlayThenOptions } from './audio';
export { clientAddress, isPrivateAddress, type TrustProxy } from './source-ip';
