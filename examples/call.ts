/** Starts a call: CALL_FROM rings first, then CALL_TO. Run: npx tsx examples/call.ts */
import { createCallModule, SipgateIOError } from '../lib';
import { clientFromEnv, requireEnv } from './credentials';

async function main(): Promise<void> {
  const call = createCallModule(clientFromEnv());
  const { sessionId } = await call.initiate({ from: requireEnv('CALL_FROM'), to: requireEnv('CALL_TO') });
  console.log(`Call session ${sessionId} started.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
  process.exit(1);
});
