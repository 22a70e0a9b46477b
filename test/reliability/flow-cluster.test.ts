/**
 * Call flows on two instances sharing a real Redis (#27): two app processes behind a round-robin
 * proxy written here, 200 concurrent simulated calls through three menus, each call's events
 * alternating between the instances. Then the same with one instance SIGKILLed mid-run: the proxy
 * re-sends the event in flight at the kill once (as a load balancer's retry would) and sends the
 * rest to the survivor. Every call must take the path its digits say; no action on a live call
 * and no step may be sent twice (counted at a stub of sipgate's API); no key may be left without a TTL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Redis from 'ioredis';
import { generateWebhookTestKeyPair, simulateCall, type SimulatedCall } from '../../lib/webhook';
import { startRedis, type TestRedis } from '../helpers/redis-server';

const ROOT = join(__dirname, '..', '..');
const CALLS = Number(process.env.FLOW_CLUSTER_CALLS ?? 200);
// 1024 bits: 2,400 signatures are made in this process, and a smaller key signs four times faster.
const keys = generateWebhookTestKeyPair(1024);

interface Instance {
  child: ChildProcess;
  port: number;
  alive: boolean;
  stderr: string[];
}

let redis: TestRedis;
let redisClient: Redis;
let stub: Server;
let apiUrl: string;
const sent = new Map<string, number>();

function startInstance(baseUrl: string): Promise<Instance> {
  // tsx as a loader, not its CLI: the CLI runs the app in a child process, which a SIGKILL to the CLI would not reach.
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'flow-cluster-app.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      REDIS_PORT: String(redis.port),
      PUBLIC_KEY: keys.publicKey,
      BASE_URL: baseUrl,
      API_URL: apiUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /PORT (\d+)/.exec(out)?.[1];
      if (port) resolve({ child, port: Number(port), alive: true, stderr });
    });
    child.once('exit', (code) => reject(new Error(`instance exited (${code}): ${stderr.join('')}`)));
  });
}

/** A round-robin proxy that alternates each call's events between the live instances. */
function startProxy(instances: Instance[], onForward: (count: number, target: Instance) => void) {
  const turns = new Map<string, number>();
  const stats = { forwarded: 0, resent: 0, backends: new Map<string, number[]>() };
  const forward = (
    target: Instance,
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> =>
    new Promise((resolve, reject) => {
      // A connection per request (agent: false): a reused keep-alive socket closing under a request would look like a crash.
      const out = request(
        {
          host: '127.0.0.1',
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, connection: 'close' },
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: { 'content-type': String(res.headers['content-type'] ?? '') },
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on(
      'end',
      () =>
        void (async () => {
          const body = Buffer.concat(chunks);
          const callId = new URLSearchParams(body.toString()).get('callId') ?? '';
          const turn = turns.get(callId) ?? 0;
          turns.set(callId, turn + 1);
          const live = instances.filter((instance) => instance.alive);
          let target = live[turn % live.length];
          if (!target) {
            res.writeHead(502).end();
            return;
          }
          stats.forwarded += 1;
          const seen = stats.backends.get(callId) ?? [];
          seen.push(instances.indexOf(target));
          stats.backends.set(callId, seen);
          let reply;
          let resent = false;
          for (;;) {
            try {
              const pending = forward(target, req, body);
              onForward(stats.forwarded, target);
              reply = await pending;
              break;
            } catch (error) {
              const code = (error as { code?: string }).code;
              if (process.env.DEBUG_PROXY) process.stderr.write(`proxy: ${code} ${(error as Error).message}\n`);
              // Refused or reset while connecting: the request never reached the instance, so it is
              // simply sent again; the instance counts as gone once its process has exited (a health check).
              if (code === 'ECONNREFUSED' || (error as Error).message.startsWith('connect ')) {
                if (target.child.exitCode !== null || target.child.signalCode !== null) target.alive = false;
                await new Promise((resolve) => setTimeout(resolve, 20));
              } else if (resent) {
                res.writeHead(502).end();
                return;
              } else {
                // Cut off in flight (the instance died under it): re-sent once, as a load balancer's retry would.
                resent = true;
                stats.resent += 1;
              }
              const others = instances.filter((instance) => instance.alive && instance !== target);
              const next = others[0] ?? (target.alive ? target : undefined);
              if (!next) {
                res.writeHead(502).end();
                return;
              }
              target = next;
            }
          }
          res.writeHead(reply.status, reply.headers).end(reply.body);
        })(),
    );
  });
  // Longer than any pause of this busy test: the simulator's pooled connections must not race an idle close.
  server.keepAliveTimeout = 60_000;
  return new Promise<{ server: Server; url: string; stats: typeof stats }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sipgate`, stats }),
    ),
  );
}

function digitsOf(i: number): string[] {
  return [String(i % 10), String(Math.floor(i / 10) % 10), String((i * 7) % 10)];
}

beforeAll(async () => {
  redis = await startRedis();
  redisClient = new Redis(redis.port, '127.0.0.1');
  stub = createServer((req, res) => {
    const key = `${req.method} ${(req.url ?? '').replace(/\?.*$/, '')}`;
    sent.set(key, (sent.get(key) ?? 0) + 1);
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v2`;
});

afterAll(async () => {
  await redisClient?.quit();
  await new Promise((resolve) => stub?.close(resolve));
  await redis?.stop();
});

async function run(kill: boolean): Promise<void> {
  sent.clear();
  await redisClient.flushall();
  const instances: Instance[] = [];
  let killed = false;
  const proxy = await startProxy(instances, (count, target) => {
    // Mid-run, kill an instance just after a request was sent to it: that event is in flight at the kill.
    if (kill && !killed && count >= 500 && target === instances[1]) {
      killed = true;
      setTimeout(() => target.child.kill('SIGKILL'), 1);
    }
  });
  instances.push(...(await Promise.all([startInstance(proxy.url), startInstance(proxy.url)])));
  try {
    const calls: SimulatedCall[] = await Promise.all(
      Array.from({ length: CALLS }, (_, i) =>
        simulateCall({
          url: proxy.url,
          privateKey: keys.privateKey,
          digits: digitsOf(i),
          timeout: 20_000,
          from: `49157${String(100000 + i)}`,
        }),
      ),
    );
    calls.forEach((call, i) => {
      const [first, second, third] = digitsOf(i);
      const failure =
        call.outcome === 'redirected'
          ? undefined
          : `${call.transcript.at(-2)} ${instances
              .map((instance) => instance.stderr.join(''))
              .join(' | ')
              .slice(0, 600)}`;
      expect({ i, outcome: call.outcome, to: call.redirectedTo, failure }).toEqual({
        i,
        outcome: 'redirected',
        to: [`+49157999${first}${second}${third}0`],
        failure: undefined,
      });
    });
    const ids = calls.map((call) => call.callId);
    // Each call's six events went to both instances (alternating while both were up).
    if (!kill) for (const id of ids) expect(new Set(proxy.stats.backends.get(id))).toEqual(new Set([0, 1]));
    if (kill) {
      expect(instances[1].child.signalCode).toBe('SIGKILL');
      expect(proxy.stats.resent).toBeGreaterThanOrEqual(1);
    }
    // Nothing sent twice: the step and the recording, per call.
    for (const id of ids) {
      const audits = sent.get(`POST /v2/audit/${id}`) ?? 0;
      const recordings = sent.get(`PUT /v2/calls/${id}/recording`) ?? 0;
      expect({ id, audits: audits <= 1, recordings: recordings <= 1 }).toEqual({ id, audits: true, recordings: true });
      // Without a kill, every one was sent; with one, only the one cut off by the kill may be missing.
      if (!kill) expect({ id, audits, recordings }).toEqual({ id, audits: 1, recordings: 1 });
    }
    if (kill) expect([...sent.values()].reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(2 * CALLS - 2);
    // Journals are removed at hangup; whatever is left (a killed holder's lock) expires by itself.
    const left = await redisClient.keys('*');
    const withoutTtl = [];
    for (const key of left) if ((await redisClient.pttl(key)) < 0) withoutTtl.push(key);
    expect(withoutTtl).toEqual([]);
    expect(left.filter((key) => key.includes(':journal:'))).toEqual([]);
    const survivorErrors = instances.filter((instance) => instance.alive).flatMap((instance) => instance.stderr);
    expect(survivorErrors).toEqual([]);
  } finally {
    if (process.env.DEBUG_PROXY)
      for (const instance of instances)
        process.stderr.write(
          `instance ${instances.indexOf(instance)} exit=${instance.child.exitCode} signal=${instance.child.signalCode} stderr=${instance.stderr.join('').slice(0, 2000)}\n`,
        );
    for (const instance of instances)
      if (instance.child.exitCode === null && !instance.child.killed) instance.child.kill('SIGTERM');
    await Promise.all(
      instances.map((instance) =>
        instance.child.exitCode === null && instance.child.signalCode === null
          ? new Promise((resolve) => instance.child.once('exit', resolve))
          : Promise.resolve(),
      ),
    );
    await new Promise((resolve) => proxy.server.close(resolve));
  }
}

it(
  `${CALLS} concurrent calls through three menus on two instances: every call on the path its digits say, nothing sent twice`,
  () => run(false),
  120_000,
);

it(
  'the same with one instance SIGKILLed mid-run: the survivor completes every call, nothing is sent twice, no key without TTL',
  () => run(true),
  120_000,
);
