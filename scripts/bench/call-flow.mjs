// Call flows against a plain hand-written handler doing the same (#27): signed webhooks of a
// three-menu call (newCall, three dtmf, answer, hangup), each server in its own process, loaded by
// this process with keep-alive connections. Reports req/s, p50/p99 latency and server CPU per
// 1,000 requests for: the plain handler (a Map keyed by callId), the flow with the in-memory
// store, and the flow with the Redis store (a private redis-server on loopback).
// Bodies are signed before the clock starts, so the load generator's own signing is not measured.
//   node scripts/bench/call-flow.mjs [--duration 5] [--connections 32] [--json]   (needs npm run build)
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const sdk = require(join(root, 'dist/cjs/index.js'));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const duration = option('--duration', 5);
const connections = option('--connections', 32);

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

const serverDir = mkdtempSync(join(tmpdir(), 'bench-flow-'));
const serverFile = join(serverDir, 'server.cjs');
writeFileSync(serverFile, SERVER);

function startServer(kind, env) {
  const child = fork(serverFile, [], {
    cwd: root,
    env: { ...process.env, ...env, KIND: kind },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolveStart) => child.once('message', ({ port }) => resolveStart({ child, port })));
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

async function load(port, scripts) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let next = 0;
  const end = Date.now() + duration * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const script = scripts[next++ % scripts.length];
      for (const step of script) latencies.push(await post(agent, port, step));
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.floor(latencies.length * q)] * 100) / 100;
  return { requests: latencies.length, reqPerSec: Math.round(latencies.length / seconds), p50: at(0.5), p99: at(0.99) };
}

export async function callFlowBench() {
  const keys = sdk.generateWebhookTestKeyPair(2048);
  // Enough distinct calls that none is reused within a run (each call is a new callId).
  const scripts = Array.from({ length: 4000 }, (_, n) => callScript(keys, n));
  const redis = await startRedis();
  const results = {};
  try {
    for (const kind of ['plain', 'memory', 'redis']) {
      const { child, port } = await startServer(kind, { PUBLIC_KEY: keys.publicKey, REDIS_PORT: String(redis.port) });
      await load(port, scripts.slice(0, 50)); // warm-up
      const before = await cpuOf(child);
      const offset = kind === 'plain' ? 100 : kind === 'memory' ? 1400 : 2700;
      const measured = await load(port, scripts.slice(offset, offset + 1300));
      const cpuMs = ((await cpuOf(child)) - before) / 1000;
      results[kind] = { ...measured, cpuMsPer1000: Math.round((cpuMs / measured.requests) * 1000 * 10) / 10 };
      child.kill();
    }
  } finally {
    redis.stop();
    rmSync(serverDir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await callFlowBench();
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else {
    console.log(
      '| server | req/s | p50 ms | p99 ms | server CPU ms per 1,000 requests |\n| --- | --- | --- | --- | --- |',
    );
    for (const [kind, r] of Object.entries(results))
      console.log(`| ${kind} | ${r.reqPerSec} | ${r.p50} | ${r.p99} | ${r.cpuMsPer1000} |`);
    console.log(
      `\nflow (memory) / plain req/s: ${(results.memory.reqPerSec / results.plain.reqPerSec).toFixed(2)}×; Redis adds ${(results.redis.p50 - results.memory.p50).toFixed(2)} ms at p50`,
    );
  }
}
