// The sandbox's limits from #28: start time (startSandbox() until it listens; median of 7 fresh
// processes, module load excluded and reported apart) and GET /balance throughput on loopback
// (the sandbox in its own process, authenticated and validated as every request; autocannon from
// this one; a warm-up, then 3 measured runs; median). Targets: start ≤ 300 ms, ≥ 3,000 req/s.
//   npm run build && node scripts/bench/sandbox.mjs [--duration 5] [--connections 20] [--json]
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const duration = option('--duration', 5);
const connections = option('--connections', 20);
const entry = join(root, 'dist/cjs/sandbox.js');
if (!existsSync(entry)) throw new Error('dist/cjs/sandbox.js is missing: run `npm run build` first.');

const child = `
  const loadStart = performance.now();
  const { startSandbox } = require(${JSON.stringify(entry)});
  const loaded = performance.now();
  startSandbox().then((sandbox) => {
    const started = performance.now();
    process.send({ url: sandbox.url, credentials: sandbox.credentials, loadMs: loaded - loadStart, startMs: started - loaded });
    process.on('message', () => sandbox.close().then(() => process.exit(0)));
  });`;
const file = join(mkdtempSync(join(tmpdir(), 'sandbox-bench-')), 'sandbox.cjs');
writeFileSync(file, child);

function launch() {
  const proc = fork(file, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolveReady) => proc.once('message', (ready) => resolveReady({ proc, ...ready })));
}
const stop = (proc) => new Promise((done) => (proc.once('exit', done), proc.send('stop')));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const starts = [];
const loads = [];
for (let i = 0; i < 7; i += 1) {
  const { proc, startMs, loadMs } = await launch();
  starts.push(startMs);
  loads.push(loadMs);
  await stop(proc);
}

const { proc, url, credentials } = await launch();
const authorization = `Basic ${Buffer.from(`${credentials.tokenId}:${credentials.token}`).toString('base64')}`;
const run = (seconds) =>
  autocannon({ url: `${url}/balance`, connections, duration: seconds, headers: { authorization } });
await run(1);
const rates = [];
for (let i = 0; i < 3; i += 1) {
  const result = await run(duration);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  rates.push(Math.round(result.requests.average));
}
await stop(proc);

const report = {
  startMs: Number(median(starts).toFixed(1)),
  loadMs: Number(median(loads).toFixed(1)),
  balanceRequestsPerSecond: median(rates),
  runs: rates,
  connections,
  duration,
};
if (args.includes('--json')) console.log(JSON.stringify(report));
else {
  console.log(`start: ${report.startMs} ms median (target ≤ 300), module load ${report.loadMs} ms`);
  console.log(`GET /balance: ${report.balanceRequestsPerSecond} req/s median of ${rates.join(', ')} (target ≥ 3,000)`);
}
