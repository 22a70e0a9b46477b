/**
 * The browser entry: everything except the Node-only webhook server, Node handler, signing and
 * simulator. Webhook verification uses WebCrypto (`verifyWebhookSignatureAsync`). This is what
 * the `browser` export condition resolves to.
 */
export * from './rest-api';
export * from './webhook/web';
