// Run by test/sandbox/runners.test.ts with `node --test`: the sandbox under Node's own test
// runner (no jest or vitest in the process), with the SDK imported from the built package by
// name, as an app does. The process must end by itself once close() has run.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { createHistoryModule, createSMSModule, sipgateIO } from 'sipgateio-sdk';
import { startSandbox } from 'sipgateio-sdk/sandbox';

let sandbox;
before(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
after(() => sandbox.close());

test('an SMS sent through the SDK is in sandbox.sms and in the history', async () => {
  const client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url });
  await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'from node:test' });
  assert.deepEqual(
    sandbox.sms.map((sms) => sms.message),
    ['from node:test'],
  );
  const [entry] = await createHistoryModule(client).fetchAll({});
  assert.equal(entry?.type, 'SMS');
});

test('starts over after reset()', () => {
  assert.deepEqual(sandbox.sms, []);
  assert.deepEqual(sandbox.requests, []);
});
