// Runs the scenario on Node, Deno or Bun with the SDK's ES module build (dist/esm/index.js: what
// `import 'sipgateio-sdk'` resolves to on all three) and prints the results as one JSON line.
//   <runtime> scripts/runtimes/entry.mjs <stub URL> <runtime name>
import { readFile } from 'node:fs/promises';
import { runScenario } from './scenario.mjs';

const [stubUrl, runtime] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const sdk = await import('../../dist/esm/index.js');
const fixture = JSON.parse(
  await readFile(new URL('../../test/fixtures/webhook-samples/newcall-real-signed.json', import.meta.url), 'utf8'),
);
console.log(JSON.stringify(await runScenario({ sdk, fixture, stubUrl, runtime })));
