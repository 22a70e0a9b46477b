/**
 * sipgateio-sdk: the sipgate.io REST API and webhooks, for Node and browsers.
 *
 * Importing this module loads no HTTP or phone-number library; they load on first use.
 */
export * from './core';
export * from './sms';
export * from './fax';
export * from './call';
export * from './rtcm';
export * from './webhook';
export * from './history';
export * from './contacts';
export * from './numbers';
export * from './devices';
export * from './voicemails';
export * from './account';
export * from './settings';
