/**
 * `createCallFlow` for Node: the flow's route behind both adapters, the `(req, res)` handler
 * (KeyObject verification) and the Web-standard `fetch` handler (WebCrypto).
 */
import { randomUUID } from 'node:crypto';
import { createWebhookCore } from '../handler-core';
import { fetchHandlerFor } from '../fetch-handler';
import { verifyWebhookSignatureAsync } from '../verify-web';
import { prepareCallFlow } from '../flow/create-call-flow';
import type { CallFlow, CallFlowFunction, CallFlowOptions } from '../flow/types';
import { nodeHandlerFor } from './handler';
import { verifyWebhookSignature } from './verify';

/**
 * Creates a call flow: `flow` runs once per call, from `newCall` to `hangup`, as one async
 * function across all of the call's webhooks. Each webhook appends to the call's journal in the
 * store; an instance that did not take the call's previous webhook (or restarted since) replays
 * the journal and goes on from there, so the flow survives restarts and runs on any instance that
 * shares the store. The instance that did resumes the function it kept in memory (`maxCachedCalls`). Signatures are verified with sipgate's key (or `publicKey`), as by
 * `createWebhookHandler`; the flow's code loads on the first call of this function.
 *
 * @throws {SipgateIOValidationError} for a malformed option.
 * @example
 * ```ts
 * const flow = createCallFlow({ baseUrl: 'https://app.example.com/sipgate', client }, async (call) => {
 *   const choice = await call.gather({ play: 'https://app.example.com/menu.wav', maxDigits: 1, timeout: 5000 });
 *   if (choice === '1') return call.dial({ to: '+4915799912345' });
 *   await call.voicemail();
 * });
 * http.createServer(flow.handler).listen(8080);
 * ```
 */
export function createCallFlow(options: CallFlowOptions, flow: CallFlowFunction): CallFlow {
  const { coreOptions, route } = prepareCallFlow(options, flow, randomUUID);
  const nodeCore = createWebhookCore(
    coreOptions,
    (body, signature, publicKey) => verifyWebhookSignature(body, signature, publicKey),
    route,
  );
  const fetchCore = createWebhookCore(
    coreOptions,
    (body, signature, publicKey) => verifyWebhookSignatureAsync(body, signature, publicKey),
    route,
  );
  const handler = nodeHandlerFor(nodeCore);
  return { handler, fetch: fetchHandlerFor(fetchCore, options.getClientAddress) };
}
