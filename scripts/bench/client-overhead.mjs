// Client overhead: N sequential and N concurrent GETs against a local HTTP server (in a worker
// thread, so it does not share the event loop) through the SDK versus plain axios. Interleaved
// rounds, medians. Target: within 10 % of plain axios.
//   node scripts/bench/client-overhead.mjs [--requests 2000] [--json]
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--requests') + 1]) || 2000;
const CONCURRENCY = 50;
const ROUNDS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function clientOverhead() {
  const sdk = require(join(root, 'dist/cjs/index.js'));
  const axios = require('axios');
  const worker = new Worker(
    `const { createServer } = require('node:http'); const { parentPort } = require('node:worker_threads');
     const body = JSON.stringify({ items: [{ id: '1', type: 'CALL' }], totalCount: 1 });
     const server = createServer((req, res) => { req.resume(); res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }).end(body); });
     server.keepAliveTimeout = 60000;
     server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
     parentPort.on('message', () => server.close(() => process.exit(0)));`,
    { eval: true },
  );
  const port = await new Promise((done) => worker.once('message', done));
  const baseUrl = `http://127.0.0.1:${port}/v2`;
  const client = sdk.sipgateIO({ tokenId: 'token-BENCH1', token: '5c2f0e9a-7d4b-4e1a-9f3c-0b8d6a2e1f47' }, { baseUrl });
  const plain = axios.create({
    baseURL: baseUrl,
    auth: { username: 'token-BENCH1', password: '5c2f0e9a-7d4b-4e1a-9f3c-0b8d6a2e1f47' },
    headers: { Accept: 'application/json' },
  });
  const contenders = {
    'sipgateio-sdk': () => client.get('/history', { query: { limit: 10 } }),
    'plain axios': () => plain.get('/history', { params: { limit: 10 } }).then((r) => r.data),
  };
  const sequential = async (call) => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < N; i += 1) await call();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const concurrent = async (call) => {
    const started = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < N) await call();
      }),
    );
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (const call of Object.values(contenders)) await sequential(call); // warm-up
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, { sequential: [], concurrent: [] }]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, call] of Object.entries(contenders)) {
      samples[name].sequential.push(await sequential(call));
      samples[name].concurrent.push(await concurrent(call));
    }
  }
  worker.postMessage('stop');
  const summary = (values) => ({
    medianMs: +median(values).toFixed(1),
    minMs: +Math.min(...values).toFixed(1),
    maxMs: +Math.max(...values).toFixed(1),
    perRequestUs: +((median(values) / N) * 1000).toFixed(1),
  });
  const results = Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      { sequential: summary(s.sequential), concurrent: summary(s.concurrent) },
    ]),
  );
  return {
    requests: N,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    results,
    ratios: {
      sequential: +(results['sipgateio-sdk'].sequential.medianMs / results['plain axios'].sequential.medianMs).toFixed(
        2,
      ),
      concurrent: +(results['sipgateio-sdk'].concurrent.medianMs / results['plain axios'].concurrent.medianMs).toFixed(
        2,
      ),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await clientOverhead();
  console.log(args.includes('--json') ? JSON.stringify(result, null, 2) : result);
}
