/**
 * `sms.send({ from })` switches the account's default sender, sends and switches back. Two
 * processes doing it at once need a lock they share (#27): with the default in-process lock
 * they send with each other's sender; with the Redis store's lock (`sipgateIO({ lock })`) each
 * sends with its own. Two real processes against a stub of the API that takes its time.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startRedis, type TestRedis } from '../helpers/redis-server';

let redis: TestRedis;
let stub: Server;
let apiUrl: string;
let callerIds: Array<{ id: number; phonenumber: string; verified: boolean; defaultNumber: boolean }>;
let sent: Array<{ message: string; sender: string }>;
let waiting: Array<() => void>;
/** Sender switches held back until the other process's arrives (the first test); else answered after 150 ms. */
let pairSwitches: boolean;
let heldSwitches: Array<() => void>;

beforeAll(async () => {
  redis = await startRedis();
  stub = createServer((req, res) => {
    const path = (req.url ?? '').replace(/\?.*$/, '').replace(/^\/v2/, '');
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const json = (body: unknown): void =>
        void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      if (path === '/go') {
        waiting.push(() => res.writeHead(204).end());
        if (waiting.length === 2) for (const go of waiting.splice(0)) go();
        return;
      }
      if (path === '/authorization/userinfo') return json({ sub: 'w0' });
      if (path === '/w0/sms') return json({ items: [{ id: 's0', alias: 'SMS', callerId: '+4915711111111' }] });
      if (path === '/w0/sms/s0/callerids') return json({ items: callerIds.map((c) => ({ ...c })) });
      const put = /^\/w0\/sms\/s0\/callerids\/(\d+)$/.exec(path);
      if (put && req.method === 'PUT') {
        // Applied at once, answered slowly: the window in which another sender switch can slip in.
        for (const c of callerIds) c.defaultNumber = c.id === Number(put[1]);
        if (!pairSwitches) return void setTimeout(() => res.writeHead(204).end(), 150);
        // Without a shared lock both processes switch before either sends, however busy the
        // machine: each switch is answered once the other has arrived, not after a fixed time.
        heldSwitches.push(() => res.writeHead(204).end());
        if (heldSwitches.length === 2) for (const answer of heldSwitches.splice(0)) answer();
        return;
      }
      if (path === '/sessions/sms' && req.method === 'POST') {
        const { message } = JSON.parse(Buffer.concat(chunks).toString()) as { message: string };
        sent.push({ message, sender: callerIds.find((c) => c.defaultNumber)?.phonenumber ?? '' });
        return void res.writeHead(204).end();
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v2`;
});

beforeEach(() => {
  callerIds = [
    { id: 1, phonenumber: '+4915711111111', verified: true, defaultNumber: true },
    { id: 2, phonenumber: '+4915722222222', verified: true, defaultNumber: false },
    { id: 3, phonenumber: '+4915733333333', verified: true, defaultNumber: false },
  ];
  sent = [];
  waiting = [];
  pairSwitches = false;
  heldSwitches = [];
});

afterAll(async () => {
  await new Promise((resolve) => stub?.close(resolve));
  await redis?.stop();
});

function sender(from: string, message: string, shareLock: boolean): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'sms-lock-app.ts')], {
    env: {
      ...process.env,
      API_URL: apiUrl,
      FROM: from,
      MESSAGE: message,
      ...(shareLock ? { REDIS_PORT: String(redis.port) } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', () => resolve(stderr)));
}

it("with the default in-process lock, two processes send with each other's sender (the problem)", async () => {
  pairSwitches = true;
  const errors = await Promise.all([
    sender('+4915722222222', 'from two', false),
    sender('+4915733333333', 'from three', false),
  ]);
  expect(errors).toEqual(['', '']);
  expect(sent).toHaveLength(2);
  expect(sent.some(({ message, sender: used }) => (message === 'from two') !== (used === '+4915722222222'))).toBe(true);
}, 60_000);

it("with the Redis store's lock shared through sipgateIO({ lock }), each sends with its own sender and the default is restored", async () => {
  const errors = await Promise.all([
    sender('+4915722222222', 'from two', true),
    sender('+4915733333333', 'from three', true),
  ]);
  expect(errors).toEqual(['', '']);
  expect(sent.sort((a, b) => a.message.localeCompare(b.message))).toEqual([
    { message: 'from three', sender: '+4915733333333' },
    { message: 'from two', sender: '+4915722222222' },
  ]);
  expect(callerIds.find((c) => c.defaultNumber)?.id).toBe(1);
}, 60_000);
