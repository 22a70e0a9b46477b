/** Lists the authenticated user's devices and voicemail boxes. Run: npx tsx examples/devices.ts */
import { createDevicesModule, createVoicemailsModule, SipgateIOError } from '../lib';
import { clientFromEnv } from './credentials';

async function main(): Promise<void> {
  const client = clientFromEnv();
  for (const device of await createDevicesModule(client).getDevices(await client.getAuthenticatedWebuserId())) {
    console.log(`${device.id} ${device.alias} ${device.online ? 'online' : 'offline'}`);
  }
  for (const box of await createVoicemailsModule(client).getVoicemails())
    console.log(`voicemail ${box.id} ${box.alias}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
  process.exit(1);
});
