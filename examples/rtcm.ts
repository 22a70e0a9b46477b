/** Lists established calls and puts the first one on hold for five seconds. Run: npx tsx examples/rtcm.ts */
import { createRTCMModule, SipgateIOCallNotFoundError, SipgateIOError } from '../lib';
import { clientFromEnv } from './credentials';

async function main(): Promise<void> {
  const rtcm = createRTCMModule(clientFromEnv());
  const [call] = await rtcm.getEstablishedCalls();
  if (!call) return console.log('No established call right now.');
  await rtcm.hold(call, true);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  await rtcm.hold(call, false);
  console.log(`Held and resumed call ${call.callId}.`);
}

main().catch((error: unknown) => {
  if (error instanceof SipgateIOCallNotFoundError) console.error('The call ended meanwhile.');
  else console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
  process.exit(1);
});
