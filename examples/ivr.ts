/**
 * An IVR webhook app: greets the caller with a menu (Gather) and acts on the digit pressed:
 *   1 → voicemail, 2 → redirect to IVR_REDIRECT_TO, 3 → hang up, anything else → the menu again.
 *
 * Run it for real (sipgate's key, behind a public URL such as an ngrok tunnel):
 *   PORT=8080 SERVER_ADDRESS=https://your-tunnel.example npx tsx examples/ivr.ts
 * Or try it locally with no account: npm run demo (examples/demo.ts).
 */
import { createWebhookModule, WebhookResponse, type WebhookServer } from '../lib';

const AUDIO = 'https://static.sipgate.com/examples/wav';
export const MENU_ANNOUNCEMENT = `${AUDIO}/menu.wav`;
export const INVALID_ANNOUNCEMENT = `${AUDIO}/invalid-option.wav`;

export interface IvrOptions {
  port: number;
  /** The public URL sipgate (or the simulator) reaches the app at. Defaults to the local address. */
  serverAddress?: string;
  /** Verify with this key instead of sipgate's (the simulator's test key). */
  publicKey?: string;
  hostname?: string;
  redirectTo?: string;
  log?: (line: string) => void;
}

const menu = (announcement: string) => WebhookResponse.gatherDTMF({ announcement, maxDigits: 1, timeout: 5000 });

/** Starts the IVR; resolves to the running server. */
export async function startIvr(options: IvrOptions): Promise<WebhookServer> {
  const log = options.log ?? (() => undefined);
  const server = await createWebhookModule().createServer({
    port: options.port,
    hostname: options.hostname ?? 'localhost',
    // Without one, the server uses its own local address: fine for the simulator, not for sipgate.
    serverAddress: options.serverAddress,
    publicKey: options.publicKey,
  });
  const redirectTo = options.redirectTo ?? process.env.IVR_REDIRECT_TO ?? '+4915799912345';
  server.onNewCall((call) => {
    log(`[ivr] new call from ${call.from} for ${call.users.join(', ') || 'nobody'}`);
    return menu(MENU_ANNOUNCEMENT);
  });
  server.onData((data) => {
    log(`[ivr] caller pressed "${data.dtmf}"`);
    switch (data.dtmf) {
      case '1':
        return WebhookResponse.sendToVoicemail();
      case '2':
        return WebhookResponse.redirectCall({ numbers: [redirectTo] });
      case '3':
        return WebhookResponse.hangUpCall();
      default:
        return menu(INVALID_ANNOUNCEMENT);
    }
  });
  server.onAnswer((answer) => log(`[ivr] answered by ${answer.answeringNumber}`));
  server.onHangUp((hangUp) => log(`[ivr] call ended: ${hangUp.cause}`));
  return server;
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8080);
  startIvr({ port, hostname: '0.0.0.0', serverAddress: process.env.SERVER_ADDRESS, log: console.log })
    .then((server) => console.log(`IVR listening on port ${server.address().port}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
