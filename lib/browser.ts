/**
 * The browser entry: everything except the Node-only webhook server, Node handler, signing and
 * simulator. Webhook verification uses WebCrypto (`verifyWebhookSignatureAsync`). This is what
 * the `browser` export condition resolves to.
 */
export * from './rest-api';
export * from './webhook/web';
// Downloads are in every npm build but not in the CDN bundle (lib/cdn.ts): most pages never fetch a recording.
export * from './resources/downloads';
