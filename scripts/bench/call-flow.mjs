// Call flows against a plain hand-written handler doing the same (#27): signed webhooks of a
// three-menu call (newCall, three dtmf, answer, hangup), each server in its own process, loaded by
// this process with keep-alive connections. For each of the plain handler (a Map keyed by callId),
// the flow with the in-memory store and the flow with the Redis store (a private redis-server on
// loopback) it measures:
//   - saturated: `--connections` (32) connections for `--duration` s: req/s, p50/p99 latency and
//     server CPU per 1,000 requests (user + system time of the server process);
//   - light: 1 and 4 connections for `--light-duration` s: p50/p99 latency, where a request
//     queues behind few others, so p50 is the time one webhook takes rather than the queue's.
// Rounds (`--rounds`, 3) interleave the servers (plain, memory, redis, plain, …) so that a noisy
// neighbour hurts all three alike; figures are medians with min–max, ratios taken within a round.
// Bodies are signed before the clock starts, so the load generator's own signing is not measured.
//   node scripts/bench/call-flow.mjs [--duration 5] [--light-duration 3] [--connections 32]
//     [--rounds 3] [--cpu-prof DIR] [--json]                               (needs npm run build)
// --cpu-prof DIR writes one V8 CPU profile per server process into DIR (open it in Chrome's DevTools).
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const sdk = require(join(root, 'dist/cjs/index.js'));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const profileDir = args.includes('--cpu-prof') ? resolve(args[args.indexOf('--cpu-prof') + 1]) : undefined;

export const KINDS = ['plain', 'memory', 'redis'];
/** Connections of the light phases. */
export const LIGHT_CONNECTIONS = [1, 4];

const SERVER = `
  const sdk = require(${JSON.stringify(join(root, 'dist/cjs/index.js'))});
  const http = require('http');
  const MENU = 'https://app.example.com/menu.wav';
  const kind = process.env.KIND;
  let handler;
  if (kind === 'plain') {
    // What an app writes by hand today: the menu level and digits per callId in a Map.
    const calls = new Map();
    handler = sdk.createWebhookHandler({
      serverAddress: 'http://127.0.0.1/', publicKey: process.env.PUBLIC_KEY, logger: { warn() {} },
      handlers: {
        onNewCall: (e) => { calls.set(e.callId, ''); return sdk.WebhookResponse.gatherDTMF({ announcement: MENU, maxDigits: 1, timeout: 5000 }); },
        onData: (e) => {
          const digits = (calls.get(e.callId) ?? '') + e.dtmf;
          calls.set(e.callId, digits);
          if (digits.length < 3) return sdk.WebhookResponse.gatherDTMF({ announcement: MENU, maxDigits: 1, timeout: 5000 });
          return sdk.WebhookResponse.redirectCall({ numbers: ['+49157999' + digits + '0'] });
        },
        onAnswer: () => undefined,
        onHangUp: (e) => { calls.delete(e.callId); },
      },
    });
  } else {
    let store;
    if (kind === 'redis') {
      const Redis = require(require.resolve('ioredis', { paths: [${JSON.stringify(root)}] }));
      store = sdk.createRedisCallStore(new Redis(Number(process.env.REDIS_PORT), '127.0.0.1'));
    }
    handler = sdk.createCallFlow({ baseUrl: 'http://127.0.0.1/', publicKey: process.env.PUBLIC_KEY, store, logger: { warn() {} } }, async (call) => {
      const first = await call.gather({ play: MENU, maxDigits: 1, timeout: 5000 });
      const second = await call.gather({ play: MENU, maxDigits: 1, timeout: 5000 });
      const third = await call.gather({ play: MENU, maxDigits: 1, timeout: 5000 });
      await call.dial({ to: '+49157999' + first + second + third + '0' });
      await call.ended;
    }).handler;
  }
  const server = http.createServer(handler);
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', (m) => { if (m === 'cpu') process.send({ cpu: process.cpuUsage() }); });
  // Exiting on its own lets --cpu-prof write the profile.
  process.on('disconnect', () => process.exit(0));
`;

function freePort() {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  await new Promise((r) => setTimeout(r, 300));
  return {
    port,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function startServer(serverFile, kind, env, round) {
  const child = fork(serverFile, [], {
    cwd: root,
    env: { ...process.env, ...env, KIND: kind },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: profileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${kind}-${round}.cpuprofile`]
      : [],
  });
  return new Promise((resolveStart) => child.once('message', ({ port }) => resolveStart({ child, port })));
}

function stopServer(child) {
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill(), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.disconnect();
  });
}

const cpuOf = (child) =>
  new Promise((r) => {
    child.once('message', ({ cpu }) => r(cpu.user + cpu.system));
    child.send('cpu');
  });

/** The six signed webhooks of one call, in order, with the paths the flow's replies name. */
function callScript(keys, n) {
  const callId = `B${n}`;
  const common = { callId, from: '4915799912345', to: '4921100000000', direction: 'in' };
  const steps = [
    ['/', { event: 'newCall', ...common, 'user[]': 'Alice' }],
    [`/?call=${callId}&gather=0`, { event: 'dtmf', callId, dtmf: String(n % 10) }],
    [`/?call=${callId}&gather=1`, { event: 'dtmf', callId, dtmf: String((n >> 3) % 10) }],
    [`/?call=${callId}&gather=2`, { event: 'dtmf', callId, dtmf: String((n >> 5) % 10) }],
    [`/?call=${callId}`, { event: 'answer', ...common, answeringNumber: '4915799912345' }],
    [`/?call=${callId}`, { event: 'hangup', ...common, cause: 'normalClearing' }],
  ];
  return steps.map(([path, params]) => {
    const body = new URLSearchParams(params).toString();
    return { path, body, signature: sdk.signWebhookBody(body, keys.privateKey) };
  });
}

function post(agent, port, step) {
  return new Promise((resolvePost, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: step.path,
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Sipgate-Signature': step.signature,
          'Content-Length': Buffer.byteLength(step.body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolvePost(Number(process.hrtime.bigint() - started) / 1e6)
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(step.body);
  });
}

/**
 * `connections` workers, each posting whole calls one webhook after another for `seconds`. Each
 * call ends with its hangup before its callId comes round again (the list is far longer than
 * the number of workers), so a reused callId starts a new call.
 */
async function load(port, scripts, connections, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let next = 0;
  const end = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const script = scripts[next++ % scripts.length];
      for (const step of script) latencies.push(await post(agent, port, step));
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.floor(latencies.length * q)] * 100) / 100;
  return { requests: latencies.length, reqPerSec: Math.round(latencies.length / elapsed), p50: at(0.5), p99: at(0.99) };
}

/** Median with min and max. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x) => Math.round(x * 100) / 100;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) };
}

export async function callFlowBench({
  duration = option('--duration', 5),
  lightDuration = option('--light-duration', 3),
  connections = option('--connections', 32),
  rounds = option('--rounds', 3),
} = {}) {
  const keys = sdk.generateWebhookTestKeyPair(2048);
  // One list of calls per server, each far longer than the number of workers.
  const scripts = Array.from({ length: 3 * 1200 }, (_, n) => callScript(keys, n));
  const callsOf = { plain: scripts.slice(0, 1200), memory: scripts.slice(1200, 2400), redis: scripts.slice(2400) };
  const serverDir = mkdtempSync(join(tmpdir(), 'bench-flow-'));
  const serverFile = join(serverDir, 'server.cjs');
  writeFileSync(serverFile, SERVER);
  const redis = await startRedis();
  const loadAtStart = loadavg()[0];
  const perRound = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      const results = {};
      for (const kind of KINDS) {
        const env = { PUBLIC_KEY: keys.publicKey, REDIS_PORT: String(redis.port) };
        const { child, port } = await startServer(serverFile, kind, env, round);
        await load(port, callsOf[kind], connections, 1); // warm-up
        const before = await cpuOf(child);
        const saturated = await load(port, callsOf[kind], connections, duration);
        const cpuMs = ((await cpuOf(child)) - before) / 1000;
        const light = {};
        for (const c of LIGHT_CONNECTIONS) {
          const { p50, p99 } = await load(port, callsOf[kind], c, lightDuration);
          light[c] = { p50, p99 };
        }
        results[kind] = {
          ...saturated,
          cpuMsPer1000: Math.round((cpuMs / saturated.requests) * 1000 * 10) / 10,
          light,
        };
        await stopServer(child);
      }
      perRound.push(results);
    }
  } finally {
    redis.stop();
    rmSync(serverDir, { recursive: true, force: true });
  }
  const over = (pick) => spread(perRound.map(pick));
  const servers = {};
  for (const kind of KINDS) {
    servers[kind] = {
      reqPerSec: over((r) => r[kind].reqPerSec),
      p50: over((r) => r[kind].p50),
      p99: over((r) => r[kind].p99),
      cpuMsPer1000: over((r) => r[kind].cpuMsPer1000),
      light: Object.fromEntries(
        LIGHT_CONNECTIONS.map((c) => [
          c,
          { p50: over((r) => r[kind].light[c].p50), p99: over((r) => r[kind].light[c].p99) },
        ]),
      ),
    };
  }
  const ratios = {
    memoryReqPerSec: over((r) => r.memory.reqPerSec / r.plain.reqPerSec),
    redisReqPerSec: over((r) => r.redis.reqPerSec / r.plain.reqPerSec),
    memoryCpu: over((r) => r.memory.cpuMsPer1000 / r.plain.cpuMsPer1000),
    redisCpu: over((r) => r.redis.cpuMsPer1000 / r.plain.cpuMsPer1000),
    // What the Redis store adds to the same flow's p50, in ms.
    redisAddsP50: over((r) => r.redis.p50 - r.memory.p50),
    redisAddsP50Light: Object.fromEntries(
      LIGHT_CONNECTIONS.map((c) => [c, over((r) => r.redis.light[c].p50 - r.memory.light[c].p50)]),
    ),
  };
  // The conditions, for the report: on a shared machine the absolute figures depend on them.
  const conditions = {
    node: process.version,
    cpus: cpus().length,
    loadAverage: { start: +loadAtStart.toFixed(1), end: +loadavg()[0].toFixed(1) },
  };
  return {
    connections,
    duration,
    lightDuration,
    lightConnections: LIGHT_CONNECTIONS,
    rounds,
    ...conditions,
    servers,
    ratios,
    perRound,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await callFlowBench();
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else {
    const mmm = (s) => `${s.median} (${s.min}–${s.max})`;
    const { servers, ratios } = results;
    console.log(
      `${results.rounds} rounds; medians (min–max); 1-minute load average ${results.loadAverage.start} at the start, ${results.loadAverage.end} at the end\n\n` +
        `| server | req/s, ${results.connections} conn. | p50 ms | p99 ms | server CPU ms per 1,000 requests | ${LIGHT_CONNECTIONS.map((c) => `p50 ms, ${c} conn.`).join(' | ')} |\n` +
        `| --- | --- | --- | --- | --- | ${LIGHT_CONNECTIONS.map(() => '---').join(' | ')} |`,
    );
    for (const [kind, r] of Object.entries(servers))
      console.log(
        `| ${kind} | ${mmm(r.reqPerSec)} | ${mmm(r.p50)} | ${mmm(r.p99)} | ${mmm(r.cpuMsPer1000)} | ${LIGHT_CONNECTIONS.map((c) => mmm(r.light[c].p50)).join(' | ')} |`,
      );
    console.log(
      `\nflow (memory) / plain req/s: ${mmm(ratios.memoryReqPerSec)}×; CPU ${mmm(ratios.memoryCpu)}×` +
        `\nRedis adds at p50 (redis − memory): ${mmm(ratios.redisAddsP50)} ms at ${results.connections} conn., ` +
        LIGHT_CONNECTIONS.map((c) => `${mmm(ratios.redisAddsP50Light[c])} ms at ${c}`).join(', '),
    );
  }
}
