/**
 * The IVR of examples/ivr.ts written as a call flow: one async function per call instead of a
 * handler per webhook. 1 → voicemail, 2 → redirect, 3 → hang up, anything else → the menu again.
 *
 * Run it for real (sipgate's key, behind a public URL such as an ngrok tunnel):
 *   PORT=8080 BASE_URL=https://your-tunnel.example npx tsx examples/ivr-flow.ts
 * Or try it locally with no account: npm run demo (examples/demo.ts).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCallFlow } from '../lib';
import { INVALID_ANNOUNCEMENT, MENU_ANNOUNCEMENT } from './ivr';

export interface IvrFlowOptions {
  port: number;
  /** The public URL sipgate (or the simulator) reaches the flow at. Defaults to the local address. */
  baseUrl?: string;
  /** Verify with this key instead of sipgate's (the simulator's test key). */
  publicKey?: string;
  redirectTo?: string;
  log?: (line: string) => void;
}

/** Starts the flow on node:http; resolves to the server and its base URL. */
export async function startIvrFlow(options: IvrFlowOptions): Promise<{ server: Server; baseUrl: string }> {
  const log = options.log ?? (() => undefined);
  const redirectTo = options.redirectTo ?? process.env.IVR_REDIRECT_TO ?? '+4915799912345';
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port, 'localhost', resolve));
  const baseUrl = options.baseUrl ?? `http://localhost:${(server.address() as AddressInfo).port}/`;
  const flow = createCallFlow(
    { baseUrl, ...(options.publicKey ? { publicKey: options.publicKey } : {}) },
    async (call) => {
      // A replay re-runs the function on every webhook: log only what is new.
      const say = (line: string): void => {
        if (!call.isReplaying) log(line);
      };
      say(`[flow] new call from ${call.from}`);
      let announcement = MENU_ANNOUNCEMENT;
      for (;;) {
        const choice = await call.gather({ play: announcement, maxDigits: 1, timeout: 5000 });
        say(`[flow] caller pressed "${choice}"`);
        if (choice === '1') return call.voicemail();
        if (choice === '2') return call.dial({ to: redirectTo });
        if (choice === '3') return call.hangUp();
        announcement = INVALID_ANNOUNCEMENT;
      }
    },
  );
  server.on('request', (req, res) => void flow.handler(req, res));
  return { server, baseUrl };
}

if (require.main === module) {
  void startIvrFlow({ port: Number(process.env.PORT ?? 8080), baseUrl: process.env.BASE_URL, log: console.log }).then(
    ({ baseUrl }) => console.log(`IVR flow listening, base URL ${baseUrl}`),
  );
}
