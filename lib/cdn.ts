/**
 * The CDN bundle's surface (global `SipgateIO`): the client, every module factory, the OAuth
 * client, and the webhook reply builder (`WebhookResponse`, `RejectReason`,
 * `renderWebhookResponse`), so code written against the npm package's replies also runs from a
 * `<script>` tag (to preview or test them). Receiving webhooks (parsing, verifying, serving)
 * happens on servers, never in a page, so those helpers are left to the npm builds, where they
 * would only add weight to a `<script>` tag.
 */
export * from './rest-api';
export { WebhookResponse } from './webhook/webhook-response';
export { RejectReason, renderWebhookResponse } from './webhook/reply-builders';
