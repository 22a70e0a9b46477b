/**
 * The REST side of the SDK: the core client and every module factory. Shared by the browser
 * entry, the CDN bundle and (through the browser entry) the Node entry.
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
