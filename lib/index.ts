/**
 * sipgateio-sdk: the sipgate.io REST API and webhooks, for Node and browsers.
 *
 * Importing this module loads no HTTP or phone-number library; they load on first use.
 */
export * from './core';
