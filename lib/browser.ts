/**
 * The browser entry: everything except the Node-only webhook server, Node handler, signing and
 * simulator. Webhook verification uses WebCrypto (`verifyWebhookSignatureAsync`). This is what
 * the `browser` export condition resolves to.
 */
import * as sipgate from './browser-api';

export * from './browser-api';

/**
 * The whole browser API as one object, for `import sipgate from 'sipgateio-sdk'` in a bundle: the
 * Node entry's default without the Node-only parts. It is the module namespace (nothing is
 * copied); bundlers drop it when only named imports are used.
 *
 * @example
 * ```ts
 * import sipgate from 'sipgateio-sdk';
 * const sms = sipgate.createSMSModule(sipgate.sipgateIO({ token: accessToken }));
 * ```
 */
export default sipgate;
