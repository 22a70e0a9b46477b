/**
 * Everything the browser entry exports: what every build offers (the REST client and modules,
 * OAuth) and the webhook pieces that run anywhere. A module of its own so that the entry can
 * export it as one object too (its default export) without importing itself.
 */
export * from './rest-api';
export * from './webhook/web';
// Downloads are in every npm build but not in the CDN bundle (lib/cdn.ts): most pages never fetch a recording.
export * from './resources/downloads';
