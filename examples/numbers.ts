/** Lists the account's phone numbers. Run: npx tsx examples/numbers.ts */
import { createNumbersModule, SipgateIOError } from '../lib';
import { clientFromEnv } from './credentials';

createNumbersModule(clientFromEnv())
  .getAllNumbers()
  .then(({ items }) => items.forEach((n) => console.log(`${n.number} (${n.type}) → ${n.endpointAlias}`)))
  .catch((error: unknown) => {
    console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
    process.exit(1);
  });
