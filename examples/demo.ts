/**
 * The README's main job, with no account and no network: starts the IVR example on localhost
 * with a fresh test key pair (so signature verification stays on) and simulates four calls
 * through it with sipgate's side played by the SDK's call simulator.
 *
 *   npm run demo
 */
import { generateWebhookTestKeyPair, simulateCall } from '../lib';
import { startIvr } from './ivr';
import { startIvrFlow } from './ivr-flow';

async function main(): Promise<void> {
  const keys = generateWebhookTestKeyPair();
  const server = await startIvr({ port: 0, publicKey: keys.publicKey, log: (line) => console.log(`    ${line}`) });
  const url = `http://localhost:${server.address().port}`;
  console.log(`IVR example listening on ${url} (verifying signatures with a test key)\n`);
  const scenarios: Array<[string, string[]]> = [
    ['Caller presses 1 (voicemail)', ['1']],
    ['Caller presses 2 (redirect)', ['2']],
    ['Caller presses 9, then 3 (invalid, then hang up)', ['9', '3']],
    ['Caller presses nothing, then 1', ['', '1']],
  ];
  let failures = 0;
  try {
    for (const [title, digits] of scenarios) {
      console.log(`── ${title}`);
      const call = await simulateCall({ url, privateKey: keys.privateKey, digits, log: (line) => console.log(`  ${line}`) });
      console.log(`  outcome: ${call.outcome}\n`);
      if (call.outcome === 'failed') failures += 1;
    }
  } finally {
    await server.stop();
  }
  // The same menu written as a call flow: one async function per call, resumed on every webhook.
  const flow = await startIvrFlow({ port: 0, publicKey: keys.publicKey, log: (line) => console.log(`    ${line}`) });
  console.log(`The same menu as a call flow (createCallFlow) on ${flow.baseUrl}\n`);
  try {
    for (const [title, digits] of scenarios) {
      console.log(`── ${title} (call flow)`);
      const call = await simulateCall({ url: flow.baseUrl, privateKey: keys.privateKey, digits, log: (line) => console.log(`  ${line}`) });
      console.log(`  outcome: ${call.outcome}\n`);
      if (call.outcome === 'failed') failures += 1;
    }
  } finally {
    await new Promise((resolve) => flow.server.close(resolve));
  }
  console.log(failures === 0 ? 'All simulated calls completed.' : `${failures} simulated call(s) failed.`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
