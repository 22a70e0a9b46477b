// Cold start: wall time and peak RSS of fresh Node processes that import this SDK (CJS, ESM,
// webhook path) or the established `sipgateio`, against an empty process; modules loaded; and
// a cold process that imports and makes its first REST request (to a local server; the old
// library's hard-coded base URL is redirected by wrapping axios.create in the child, so nothing
// leaves the machine). Runs are interleaved to spread machine noise evenly.
//   node scripts/bench/cold-start.mjs [--runs 15] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const dist = (file) => JSON.stringify(join(root, 'dist', file));

// Each case prints {maxRss, modules, heavy} at exit; `modules` counts loaded files (CJS only).
const report = `
  const heavy = Object.keys(require.cache).filter((k) => /node_modules\\/(axios|qs|libphonenumber-js|google-libphonenumber)\\//.test(k)).map((k) => k.match(/.*node_modules\\/([^/]+)\\//)[1]);
  process.stdout.write(JSON.stringify({ maxRss: process.resourceUsage().maxRSS, modules: Object.keys(require.cache).length, heavy: [...new Set(heavy)] }));`;
const reportEsm = `process.stdout.write(JSON.stringify({ maxRss: process.resourceUsage().maxRSS, modules: null, heavy: null }));`;
const redirectOldAxios = `
  const oldAxios = require(require.resolve('axios', { paths: [require.resolve('sipgateio')] }));
  const create = oldAxios.create;
  oldAxios.create = (config) => create({ ...config, baseURL: process.env.BENCH_API });`;

const cases = {
  'empty process': { code: report },
  'sipgateio-sdk (CJS)': { code: `require(${dist('cjs/index.js')});${report}` },
  'sipgateio-sdk (ESM)': { code: `await import(${dist('esm/index.js')});${reportEsm}`, esm: true },
  'sipgateio-sdk/webhook (CJS)': { code: `require(${dist('cjs/webhook.js')});${report}` },
  'sipgateio (established)': { code: `require('sipgateio');${report}` },
  'sipgateio-sdk: import + first request': {
    code: `const sdk = require(${dist('cjs/index.js')});
      sdk.sipgateIO({ tokenId: 'token-BENCH1', token: '5c2f0e9a-7d4b-4e1a-9f3c-0b8d6a2e1f47' }, { baseUrl: process.env.BENCH_API }).get('/balance').then(() => { ${report} });`,
  },
  'sipgateio: import + first request': {
    code: `${redirectOldAxios}
      const { sipgateIO } = require('sipgateio');
      sipgateIO({ tokenId: 'token-BENCH1', token: '5c2f0e9a-7d4b-4e1a-9f3c-0b8d6a2e1f47' }).get('/balance').then(() => { ${report} });`,
  },
};

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { median: +median.toFixed(1), min: +sorted[0].toFixed(1), max: +sorted[sorted.length - 1].toFixed(1) };
}

export async function coldStart() {
  if (!existsSync(join(root, 'dist/cjs/index.js'))) throw new Error('Run `npm run build` first.');
  // The local API runs in a worker thread: the children's first requests must not wait on this
  // thread, which is blocked in spawnSync while they run.
  const worker = new Worker(
    `const { createServer } = require('node:http'); const { parentPort } = require('node:worker_threads');
     const server = createServer((req, res) => { req.resume(); res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"amount":0,"currency":"EUR"}'); });
     server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
     parentPort.on('message', () => server.close(() => process.exit(0)));`,
    { eval: true },
  );
  const port = await new Promise((resolvePort) => worker.once('message', resolvePort));
  const env = { ...process.env, BENCH_API: `http://127.0.0.1:${port}/v2` };
  const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, { ms: [], rssMiB: [], last: undefined }]));
  for (let run = 0; run < runs + 1; run += 1) {
    for (const [name, { code, esm }] of Object.entries(cases)) {
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, esm ? ['--input-type=module', '-e', code] : ['-e', code], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
      if (run === 0) continue; // warm-up: file system caches
      const result = JSON.parse(child.stdout);
      samples[name].ms.push(ms);
      samples[name].rssMiB.push(result.maxRss / 1024);
      samples[name].last = result;
    }
  }
  worker.postMessage('stop');
  const results = Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      { ms: stats(s.ms), rssMiB: stats(s.rssMiB), modules: s.last.modules, heavyLoaded: s.last.heavy },
    ]),
  );
  const empty = results['empty process'].ms.median;
  const cost = (name) => +(results[name].ms.median - empty).toFixed(1);
  const oldCost = cost('sipgateio (established)');
  return {
    runs,
    results,
    importCost: {
      'sipgateio-sdk (CJS)': cost('sipgateio-sdk (CJS)'),
      'sipgateio-sdk (ESM)': cost('sipgateio-sdk (ESM)'),
      'sipgateio-sdk/webhook (CJS)': cost('sipgateio-sdk/webhook (CJS)'),
      'sipgateio (established)': oldCost,
    },
    ratios: {
      mainImport: +(cost('sipgateio-sdk (CJS)') / oldCost).toFixed(2),
      webhookImport: +(cost('sipgateio-sdk/webhook (CJS)') / oldCost).toFixed(2),
      firstRequest: +(
        results['sipgateio-sdk: import + first request'].ms.median /
        results['sipgateio: import + first request'].ms.median
      ).toFixed(2),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await coldStart();
  console.log(args.includes('--json') ? JSON.stringify(result, null, 2) : result);
}
