/**
 * sipgateio-sdk: the sipgate.io REST API and webhooks, for Node and browsers.
 *
 * The Node entry: everything the browser entry has, plus the Node-only webhook server, Node
 * handler, signing and simulator. Importing it loads no HTTP or phone-number library; they load
 * on first use.
 */
export * from './browser';
export * from './webhook';
export { toNodeReadable } from './resources/downloads/node/to-node-readable';
