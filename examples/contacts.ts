/** Imports contacts from a CSV file and exports all as one vCard file. Run: npx tsx examples/contacts.ts contacts.csv */
import { readFileSync, writeFileSync } from 'node:fs';
import { createContactsModule, SipgateIOError } from '../lib';
import { clientFromEnv, outputPath } from './credentials';

async function main(): Promise<void> {
  const contacts = createContactsModule(clientFromEnv());
  const file = process.argv[2];
  if (file) await contacts.importFromCsvString(readFileSync(file, 'utf8'));
  const target = outputPath('contacts.vcf');
  writeFileSync(target, await contacts.exportAsSingleVCard('ALL'));
  console.log(`Wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
  process.exit(1);
});
