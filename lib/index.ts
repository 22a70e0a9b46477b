/**
 * sipgateio-sdk: the sipgate.io REST API and webhooks, for Node and browsers.
 *
 * The Node entry: everything the browser entry has, plus the Node-only webhook server, Node
 * handler, signing and simulator. Importing it loads no HTTP or phone-number library; they load
 * on first use.
 */
import * as sipgate from './node-api';

export * from './node-api';

/**
 * The whole API as one object, for `import sipgate from 'sipgateio-sdk'` (what ES modules got as
 * the default of the CommonJS `sipgateio`). It is the module namespace (nothing is copied);
 * bundlers drop it when only named imports are used, which stay the way to import.
 *
 * @example
 * ```ts
 * import sipgate from 'sipgateio-sdk';
 * const client = sipgate.sipgateIO({ tokenId: 'token-A1', token: process.env.SIPGATE_TOKEN! });
 * ```
 */
export default sipgate;
