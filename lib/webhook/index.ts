/**
 * The webhook module for Node: everything in `./web` (the web-standard part), plus the KeyObject-based verifier, the
 * `(req, res)` handler, the server, the fluent wrapper, signing and the call simulator.
 * Importing it loads neither axios, qs nor libphonenumber-js.
 */
export * from './web';
export { verifyWebhookSignature } from './node/verify';
export { createWebhookHandler, type NodeWebhookHandler } from './node/handler';
export type { NodeHttpRequest, NodeHttpResponse, NodeHttpServer } from './node/http-types';
export { createWebhookModule, type ServerOptions, type WebhookServer, type WebhookModule } from './node/server';
export { FluentWebhookServer } from './node/fluent';
export { generateWebhookTestKeyPair, signWebhookBody, type TestKeyPair } from './node/sign';
export {
  simulateCall,
  type SimulateCallOptions,
  type SimulatedCall,
  type SimulatedOutcome,
  type SimulatedStep,
} from './simulator/simulate-call';
export { createCallFlow } from './node/call-flow';
export { createRedisCallStore } from './flow/redis-store';
export {
  SipgateIOCallFlowError,
  SipgateIOCallFlowNondeterminismError,
  SipgateIOCallFlowStepError,
  type CallFlowProblem,
} from './flow/errors';
export type {
  Call,
  CallFlow,
  CallFlowFunction,
  CallFlowOptions,
  CallGatherOptions,
  CallDialOptions,
  CallRejectOptions,
  CallStore,
  CallJournalEntry,
  StoredCallJournal,
  RedisClientLike,
  RedisCallStoreOptions,
} from './flow/types';
