/**
 * The README's first steps, with no account and no network: starts the sandbox (a local sipgate,
 * `sipgateio-sdk/sandbox`), sends an SMS through it and reads it back from the history, then
 * starts the IVR example verifying the sandbox's webhook signatures and calls it four times.
 *
 *   npm run demo
 */
import { createHistoryModule, createSettingsModule, createSMSModule, sipgateIO } from '../lib';
import { startSandbox } from '../lib/sandbox';
import { startIvr } from './ivr';
import { startIvrFlow } from './ivr-flow';

async function main(): Promise<void> {
  const sandbox = await startSandbox();
  console.log(`Sandbox (a local sipgate) on ${sandbox.url}; console: ${sandbox.consoleUrl}\n`);
  const client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url });
  const server = await startIvr({
    port: 0,
    publicKey: sandbox.webhookPublicKey,
    log: (line) => console.log(`    ${line}`),
  });
  let failures = 0;
  try {
    console.log('── Sending an SMS');
    await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hello from the sandbox' });
    const [entry] = await createHistoryModule(client).fetchAll({});
    console.log(`  history: ${entry?.type} to ${entry?.target}, "${entry?.note}"\n`);

    const url = `http://localhost:${server.address().port}`;
    await createSettingsModule(client).setIncomingUrl(url);
    console.log(`IVR example listening on ${url} (verifying the sandbox's signatures)\n`);
    const scenarios: Array<[string, string[]]> = [
      ['Caller presses 1 (voicemail)', ['1']],
      ['Caller presses 2 (redirect)', ['2']],
      ['Caller presses 9, then 3 (invalid, then hang up)', ['9', '3']],
      ['Caller presses nothing, then 1', ['', '1']],
    ];
    for (const [title, digits] of scenarios) {
      console.log(`── ${title}`);
      const call = await sandbox.call({ digits });
      for (const line of call.transcript) console.log(`  ${line}`);
      console.log(`  outcome: ${call.outcome}\n`);
      if (call.outcome === 'failed') failures += 1;
    }

    // The same menu written as a call flow: one async function per call, resumed on every webhook.
    const flow = await startIvrFlow({
      port: 0,
      publicKey: sandbox.webhookPublicKey,
      log: (line) => console.log(`    ${line}`),
    });
    try {
      await createSettingsModule(client).setIncomingUrl(flow.baseUrl);
      console.log(`The same menu as a call flow (createCallFlow) on ${flow.baseUrl}\n`);
      for (const [title, digits] of scenarios) {
        console.log(`── ${title} (call flow)`);
        const call = await sandbox.call({ digits });
        for (const line of call.transcript) console.log(`  ${line}`);
        console.log(`  outcome: ${call.outcome}\n`);
        if (call.outcome === 'failed') failures += 1;
      }
    } finally {
      await new Promise((resolve) => flow.server.close(resolve));
    }
  } finally {
    await server.stop();
    await sandbox.close();
  }
  console.log(failures === 0 ? 'SMS sent and all calls completed.' : `${failures} call(s) failed.`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
