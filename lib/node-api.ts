/**
 * Everything the Node entry exports: the browser entry's API plus the Node-only webhook server,
 * Node handler, signing and simulator. A module of its own so that the entry can export it as one
 * object too (its default export) without importing itself.
 */
export * from './browser-api';
export * from './webhook';
export { toNodeReadable } from './resources/downloads/node/to-node-readable';
export type { NodeReadable } from './resources/downloads/node/node-readable';
