/**
 * The webhook module for Node: everything in `./pure`, plus the KeyObject-based verifier, the
 * `(req, res)` handler, the server, the fluent wrapper, signing and the call simulator.
 * Importing it loads neither axios, qs nor libphonenumber-js.
 */
export * from './pure';
export { verifyWebhookSignature } from './verify';
export { createWebhookHandler, type NodeWebhookHandler } from './node-handler';
export { createWebhookModule, type ServerOptions, type WebhookServer, type WebhookModule } from './server';
export { FluentWebhookServer } from './fluent';
export { generateWebhookTestKeyPair, signWebhookBody, type TestKeyPair } from './sign';
export { simulateCall, type SimulateCallOptions, type SimulatedCall, type SimulatedOutcome, type SimulatedStep } from './simulator';
