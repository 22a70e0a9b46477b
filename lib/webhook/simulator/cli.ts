#!/usr/bin/env node
/**
 * Command line for the call simulator:
 *   sipgateio-simulate --url http://localhost:8080 --private-key test-key.pem --digits 1,2 [--from 4915…] [--to 4921…]
 * Prints the transcript; exits 1 when the app answered with an error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { simulateCall } from './simulate-call';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      'private-key': { type: 'string' },
      digits: { type: 'string', default: '' },
      from: { type: 'string' },
      to: { type: 'string' },
      'no-answer': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.url || !values['private-key']) {
    console.log(
      'Usage: sipgateio-simulate --url URL --private-key KEY.pem [--digits 1,2] [--from NUMBER] [--to NUMBER] [--no-answer]',
    );
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const call = await simulateCall({
    url: values.url,
    privateKey: readFileSync(values['private-key'], 'utf8'),
    digits: values.digits === '' ? [] : values.digits.split(','),
    from: values.from,
    to: values.to,
    answer: !values['no-answer'],
    log: (line) => console.log(line),
  });
  process.exitCode = call.outcome === 'failed' ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
