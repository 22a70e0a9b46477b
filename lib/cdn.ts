/**
 * The CDN bundle's surface (global `SipgateIO`): the client, every module factory, the OAuth
 * client, and the webhook reply builder (`WebhookResponse`, `RejectReason`,
 * `renderWebhookResponse`), which the established library's browser build exposed too. Receiving
 * webhooks (parsing, verifying, serving) happens on servers, never in a page, so those helpers are
 * left to the npm builds, where they would only add weight to a `<script>` tag.
 */
export * from './rest-api';
export { WebhookResponse } from './webhook/webhook-response';
export { RejectReason, renderWebhookResponse } from './webhook/reply-builders';
