/**
 * Importing the SDK must not load axios, qs or libphonenumber-js: serverless cold starts pay for
 * every module loaded at import, and many of them only receive webhooks. They load on first use.
 * @opentelemetry/api loads only with the tracing entry, never from the main or webhook entries.
 */
import nock from 'nock';

const mockLoaded: string[] = [];
jest.mock('axios', () => {
  mockLoaded.push('axios');
  return jest.requireActual<object>('axios');
});
jest.mock('qs', () => {
  mockLoaded.push('qs');
  return jest.requireActual<object>('qs');
});
// The optional peer: only the tracing entry (sipgateio-sdk/tracing) may load it.
jest.mock('@opentelemetry/api', () => {
  mockLoaded.push('@opentelemetry/api');
  return jest.requireActual<object>('@opentelemetry/api');
});
// The number plans (libphonenumber-js's metadata; the SDK validates with them itself).
jest.mock('libphonenumber-js/metadata.max.json', () => {
  mockLoaded.push('libphonenumber-js');
  return jest.requireActual<object>('libphonenumber-js/metadata.max.json');
});

beforeEach(() => {
  mockLoaded.length = 0;
  jest.resetModules();
});

it('the webhook path verifies, parses and answers without loading any of them', async () => {
  const webhook = require('../../../lib/webhook') as typeof import('../../../lib/webhook');
  const keys = webhook.generateWebhookTestKeyPair();
  const body = 'event=newCall&callId=1&from=1&to=2&direction=in';
  const handle = webhook.createWebhookFetchHandler({
    serverAddress: 'https://e.com',
    publicKey: keys.publicKey,
    handlers: { onNewCall: () => webhook.WebhookResponse.hangUpCall() },
  });
  const reply = await handle(
    new Request('https://e.com', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Sipgate-Signature': webhook.signWebhookBody(body, keys.privateKey),
      },
      body,
    }),
  );
  expect(reply.status).toBe(200);
  expect(webhook.verifyWebhookSignature(body, webhook.signWebhookBody(body, keys.privateKey), keys.publicKey)).toBe(
    true,
  );
  expect(mockLoaded).toEqual([]);
});

it('the main entry loads axios on the first request (and never qs: the SDK encodes queries itself) and libphonenumber-js on the first validation', async () => {
  const sdk = require('../../../lib') as typeof import('../../../lib');
  const client = sdk.sipgateIO(
    { tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
    { baseUrl: 'https://api.test.invalid/v2' },
  );
  sdk.createSMSModule(client);
  expect(mockLoaded).toEqual([]);

  nock('https://api.test.invalid/v2').get('/history').query(true).reply(200, { items: [] });
  await client.get('/history', { query: { types: ['SMS'] } });
  expect([...mockLoaded].sort()).toEqual(['axios']);

  await sdk.normalisePhoneNumber('+4915799912345', 'to');
  expect([...mockLoaded].sort()).toEqual(['axios', 'libphonenumber-js']);
});

it('only the tracing entry loads @opentelemetry/api, when the app imports it', async () => {
  const sdk = require('../../../lib') as typeof import('../../../lib');
  nock('https://api.test.invalid/v2').get('/balance').reply(200, {});
  await sdk
    .sipgateIO(
      { tokenId: 'token-ABC123', token: '5ec3e700-0a1b-4c2d-9e3f-e1f2a3b4c5d6' },
      { baseUrl: 'https://api.test.invalid/v2' },
    )
    .get('/balance');
  expect(mockLoaded).not.toContain('@opentelemetry/api');
  const tracing = require('../../../lib/tracing') as typeof import('../../../lib/tracing');
  expect(mockLoaded).toContain('@opentelemetry/api');
  nock('https://api.test.invalid/v2').get('/balance').reply(200, {});
  await sdk
    .sipgateIO(
      { tokenId: 'token-ABC123', token: '5ec3e700-0a1b-4c2d-9e3f-e1f2a3b4c5d6' },
      { baseUrl: 'https://api.test.invalid/v2', tracing: tracing.openTelemetry() },
    )
    .get('/balance');
});
