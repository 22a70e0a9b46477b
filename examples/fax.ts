/** Sends a PDF as a fax and waits for delivery. Run: npx tsx examples/fax.ts letter.pdf */
import { readFileSync } from 'node:fs';
import { createFaxModule, SipgateIOError } from '../lib';
import { clientFromEnv, requireEnv } from './credentials';

async function main(): Promise<void> {
  const fax = createFaxModule(clientFromEnv());
  const file = process.argv[2] ?? 'letter.pdf';
  const { sessionId } = await fax.send({
    to: requireEnv('FAX_RECIPIENT'),
    fileContent: readFileSync(file),
    filename: file,
  });
  console.log(`Fax ${sessionId} queued; waiting for delivery…`);
  await fax.waitForDelivery(sessionId, { interval: 10_000, timeout: 15 * 60_000 });
  console.log('Delivered.');
}

main().catch((error: unknown) => {
  console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
  process.exit(1);
});
