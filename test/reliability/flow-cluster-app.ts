/**
 * One instance of the clustered call-flow app (run by flow-cluster.test.ts, two at a time): a
 * three-menu flow on a Redis store, behind the test's round-robin proxy. Prints its port.
 *   REDIS_PORT, PUBLIC_KEY, BASE_URL (the proxy), API_URL (the stub of sipgate's API)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { sipgateIO } from '../../lib';
import { createCallFlow, createRedisCallStore } from '../../lib/webhook';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const MENU = 'https://app.example.com/menu.wav';

const redis = new Redis(Number(env('REDIS_PORT')), '127.0.0.1');
const store = createRedisCallStore(redis, { leaseMs: 1000 });
const client = sipgateIO(
  { tokenId: 'token-CLUSTR', token: 'c1c1c1c1-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
  { baseUrl: env('API_URL'), maxRetries: 0, lock: store.lock },
);

const flow = createCallFlow(
  {
    baseUrl: env('BASE_URL'),
    publicKey: env('PUBLIC_KEY'),
    store,
    client,
    logger: { warn: () => undefined, error: () => undefined },
    onError: (error) => process.stderr.write(`flow error: ${(error as Error).message}\n`),
  },
  async (call) => {
    const first = await call.gather({ play: MENU, maxDigits: 1, timeout: 5000 });
    const second = await call.gather({ play: MENU, maxDigits: 1, timeout: 5000 });
    await call.step('audit', () => client.post(`/audit/${call.id}`, { first, second }));
    const third = await call.gather({ play: MENU, maxDigits: 1, timeout: 5000 });
    await call.dial({ to: `+49157999${first}${second}${third}0` });
    await call.answered;
    await call.record();
    await call.ended;
  },
);

const server = createServer((req, res) => void flow.handler(req, res));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${(server.address() as AddressInfo).port}\n`);
});
