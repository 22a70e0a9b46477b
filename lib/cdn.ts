/**
 * The CDN bundle's surface (global `SipgateIO`): the client, every module factory and the OAuth
 * client — what a page in a browser can use. Webhooks are received by servers, never by a page,
 * so the webhook helpers (response builder, signature verification, event parsing) are left to
 * the npm builds, as the established library's browser bundle left them out too: in a
 * `<script>` tag they would only add weight (3.8 KB gzip of a 70 KB budget).
 */
export * from './rest-api';
