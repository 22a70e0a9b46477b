/**
 * The browser entry: everything except the Node-only webhook server, Node handler, signing and
 * simulator. Webhook verification uses WebCrypto (`verifyWebhookSignatureAsync`). This is what
 * the `browser` export condition and the CDN bundle (`SipgateIO` global) expose.
 */
export * from './core';
export * from './sms';
export * from './fax';
export * from './call';
export * from './rtcm';
export * from './history';
export * from './contacts';
export * from './numbers';
export * from './devices';
export * from './voicemails';
export * from './account';
export * from './settings';
export * from './webhook/pure';
