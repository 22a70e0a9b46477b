// The sandbox's limits from #28: start time (startSandbox() until it listens; median of 7 fresh
// processes, module load excluded and reported apart), GET /balance throughput on loopback (the
// sandbox in its own process, authenticated and validated as every request; autocannon from this
// one; a warm-up, then 3 measured runs; median) and its memory bound (the request log is capped:
// the heap after a full GC once the log is full and again after every measured request).
// Targets: start ≤ 300 ms, ≥ 3,000 req/s, heap flat once the log is full.
//   npm run build && node scripts/bench/sandbox.mjs [--duration 5] [--connections 20] [--json]
// `npm run bench` calls sandboxBench() and writes BENCHMARKS.md §7 with sandboxSection().
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mib = (bytes) => Number((bytes / 2 ** 20).toFixed(1));

/** Runs the sandbox benchmark; resolves to the figures (times in ms, memory in MiB). */
export async function sandboxBench({ duration = 5, connections = 20 } = {}) {
  const entry = join(root, 'dist/cjs/sandbox.js');
  if (!existsSync(entry)) throw new Error('dist/cjs/sandbox.js is missing: run `npm run build` first.');
  const child = `
  const loadStart = performance.now();
  const { startSandbox } = require(${JSON.stringify(entry)});
  const loaded = performance.now();
  startSandbox().then((sandbox) => {
    const started = performance.now();
    process.send({ url: sandbox.url, credentials: sandbox.credentials, loadMs: loaded - loadStart, startMs: started - loaded });
    process.on('message', (message) => {
      if (message === 'memory') {
        global.gc();
        process.send({ heapUsed: process.memoryUsage().heapUsed, logged: sandbox.requests.length });
      } else sandbox.close().then(() => process.exit(0));
    });
  });`;
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
  const file = join(dir, 'sandbox.cjs');
  writeFileSync(file, child);

  const launch = () => {
    const proc = fork(file, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--expose-gc'] });
    return new Promise((ready) => proc.once('message', (message) => ready({ proc, ...message })));
  };
  const stop = (proc) => new Promise((done) => (proc.once('exit', done), proc.send('stop')));
  const memory = (proc) => new Promise((answer) => (proc.once('message', answer), proc.send('memory')));

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
  const run = async (seconds) => {
    const result = await autocannon({
      url: `${url}/balance`,
      connections,
      duration: seconds,
      headers: { authorization },
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
    return result;
  };
  // Warm up until the request log is full, so that what follows measures a full log.
  let served = 0;
  let full;
  do {
    served += (await run(1)).requests.total;
    full = await memory(proc);
  } while (full.logged < 1000);
  const requestsAtFull = served;
  const rates = [];
  for (let i = 0; i < 3; i += 1) {
    const result = await run(duration);
    served += result.requests.total;
    rates.push(Math.round(result.requests.average));
  }
  const after = await memory(proc);
  await stop(proc);
  rmSync(dir, { recursive: true, force: true });

  return {
    startMs: Number(median(starts).toFixed(1)),
    loadMs: Number(median(loads).toFixed(1)),
    balanceRequestsPerSecond: median(rates),
    runs: rates,
    connections,
    duration,
    memory: {
      requestsAtFull,
      heapMiBAtFull: mib(full.heapUsed),
      requestsAfter: served,
      heapMiBAfter: mib(after.heapUsed),
      growth: Number((after.heapUsed / full.heapUsed).toFixed(2)),
      loggedRequests: after.logged,
    },
  };
}

/** BENCHMARKS.md §7 from sandboxBench()'s figures, as markdown lines. */
export function sandboxSection(result, { verdict, date }) {
  const count = (n) => n.toLocaleString('en-US');
  const m = result.memory;
  return [
    '## 7. Sandbox',
    '',
    `\`node scripts/bench/sandbox.mjs\` (${date}). The sandbox in its own process, loaded from dist/cjs; autocannon from another, ${result.connections} connections, a warm-up (1 s, repeated until the request log is full), then 3 runs of ${result.duration} s; every request authenticated (Basic) and validated against the contract. Memory: the sandbox's heap after a full GC once the warm-up has filled its request log, and again after every measured request.`,
    '',
    '| target | result | |',
    '| --- | --- | --- |',
    `| start ≤ 300 ms (\`startSandbox()\` until it listens; median of 7 processes) | ${result.startMs} ms (module load ${result.loadMs} ms besides) | ${verdict(result.startMs <= 300)} |`,
    `| ≥ 3,000 req/s for \`GET /balance\` on loopback | ${count(result.balanceRequestsPerSecond)} req/s (${count(Math.min(...result.runs))}–${count(Math.max(...result.runs))}) | ${verdict(result.balanceRequestsPerSecond >= 3000)} |`,
    `| memory bounded: the request log keeps the last 1,000 (\`maxLoggedRequests\`), the heap stays flat (≤ ×1.2) | ${m.heapMiBAtFull} MiB after ${count(m.requestsAtFull)} requests, ${m.heapMiBAfter} MiB after ${count(m.requestsAfter)} (×${m.growth}); ${count(m.loggedRequests)} logged | ${verdict(m.growth <= 1.2 && m.loggedRequests <= 1000)} |`,
    '',
    "State that an app writes (SMS, faxes, calls, contacts, history) is kept until `reset()`, as sipgate keeps it; `GET /balance` writes none, so this measures the sandbox's own bookkeeping.",
    '',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const report = await sandboxBench({ duration: option('--duration', 5), connections: option('--connections', 20) });
  if (args.includes('--json')) console.log(JSON.stringify(report));
  else {
    const m = report.memory;
    console.log(`start: ${report.startMs} ms median (target ≤ 300), module load ${report.loadMs} ms`);
    console.log(
      `GET /balance: ${report.balanceRequestsPerSecond} req/s median of ${report.runs.join(', ')} (target ≥ 3,000)`,
    );
    console.log(
      `heap after GC: ${m.heapMiBAtFull} MiB after ${m.requestsAtFull} requests, ${m.heapMiBAfter} MiB after ${m.requestsAfter} (×${m.growth}); ${m.loggedRequests} requests logged`,
    );
  }
}
