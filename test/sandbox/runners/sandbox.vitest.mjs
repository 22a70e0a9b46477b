// Run by test/sandbox/runners.test.ts with `vitest run --config test/sandbox/runners/vitest.config.mjs`:
// the sandbox under vitest, with the SDK imported from the built package by name, as an app does.
import { createHistoryModule, createSMSModule, sipgateIO } from 'sipgateio-sdk';
import { startSandbox } from 'sipgateio-sdk/sandbox';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';

let sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

it('an SMS sent through the SDK is in sandbox.sms and in the history', async () => {
  const client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url });
  await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'from vitest' });
  expect(sandbox.sms.map((sms) => sms.message)).toEqual(['from vitest']);
  const [entry] = await createHistoryModule(client).fetchAll({});
  expect(entry).toMatchObject({ type: 'SMS', target: '+4915799912345' });
});

it('starts over after reset()', () => {
  expect(sandbox.sms).toEqual([]);
  expect(sandbox.requests).toEqual([]);
});
