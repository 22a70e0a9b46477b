// Webhook throughput on loopback: this SDK's and the established library's webhook servers,
// each in its own process, answering a signed newCall with a redirect, loaded by autocannon from
// a third process (same connections and duration; a warm-up, then 3 measured runs; medians).
// The load is real traffic: the newCall sipgate itself sent and signed
// (test/fixtures/webhook-samples/newcall-real-signed.json),
// verified with sipgate's real public key, which both libraries embed. Reports req/s, p50/p99 latency and server CPU
// per 1,000 requests, with signature verification on and off, plus a bare node:http server that
// only checks the signature: the floor any webhook server pays on this machine.
//   node scripts/bench/webhook-throughput.mjs [--duration 5] [--connections 50] [--json]
import { fork, spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const duration = option('--duration', 5);
const connections = option('--connections', 50);

const SERVERS = {
  'sipgateio-sdk': `
    const sdk = require(${JSON.stringify(join(root, 'dist/cjs/index.js'))});
    (async () => {
      const server = await sdk.createWebhookModule().createServer({
        port: 0, hostname: '127.0.0.1', serverAddress: 'http://127.0.0.1',
        skipSignatureVerification: process.env.VERIFY !== '1', logger: { warn() {} },
      });
      server.onNewCall(() => sdk.WebhookResponse.redirectCall({ numbers: ['4915799912345'] }));
      process.send({ port: server.address().port });
    })();`,
  sipgateio: `
    // The old library verifies against sipgate's key (embedded, passed as a PEM string on every request).
    const { createWebhookModule, WebhookResponse } = require(require.resolve('sipgateio', { paths: [${JSON.stringify(root)}] }));
    (async () => {
      const port = Number(process.env.PORT);
      const server = await createWebhookModule().createServer({ port, serverAddress: 'http://127.0.0.1', hostname: '127.0.0.1', skipSignatureVerification: process.env.VERIFY !== '1' });
      server.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['4915799912345'] }));
      process.send({ port });
    })();`,
  // The floor, for reference: bare node:http reading the body, one crypto.verify with the key
  // parsed once, and a fixed answer. No parsing, no checks, no rendering.
  'bare node:http (floor)': `
    const crypto = require('crypto');
    const http = require('http');
    const key = crypto.createPublicKey(process.env.PUBLIC_KEY);
    const verify = process.env.VERIFY === '1';
    const xml = '<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Number>4915799912345</Number></Dial></Response>';
    const server = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const signature = String(req.headers['x-sipgate-signature'] ?? '');
        const ok = !verify || crypto.verify('sha256', Buffer.concat(chunks), key, Buffer.from(signature, 'base64'));
        res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/xml; charset=utf-8', 'Content-Length': ok ? Buffer.byteLength(xml) : 0 });
        res.end(ok ? xml : '');
      });
    });
    server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));`,
};
const CPU_PROBE = `process.on('message', (m) => { if (m === 'cpu') { const u = process.cpuUsage(); process.send({ cpu: u.user + u.system }); } });`;

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

// The old library rejects any request whose X-Forwarded-For is not sipgate's address, before it
// checks the signature (and answers that rejection with status 200). It trusts the header from
// anyone, so the load carries it; this SDK ignores it (no trustProxy) and relies on the signature.
const SIPGATE_IP = '217.116.118.254';

/** One request first: the server must answer with the redirect, not an error page with status 200. */
async function checkAnswers(port, body, signature, name) {
  const response = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Sipgate-Signature': signature,
      'X-Forwarded-For': SIPGATE_IP,
    },
    body,
  });
  const text = await response.text();
  if (response.status !== 200 || !text.includes('<Number>4915799912345</Number>')) {
    throw new Error(`${name} did not answer with the redirect (HTTP ${response.status}): ${text.slice(0, 200)}`);
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function startServer(name, env, dir) {
  const file = join(dir, `${name}.cjs`);
  writeFileSync(file, `${CPU_PROBE}\n${SERVERS[name]}`);
  const child = fork(file, [], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(await freePort()) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await new Promise((done, fail) => {
    child.once('message', done);
    child.once('exit', (code) => fail(new Error(`${name} server exited with ${code}`)));
  });
  const cpu = () =>
    new Promise((done) => {
      child.once('message', (m) => done(m.cpu));
      child.send('cpu');
    });
  return { port, cpu, stop: () => child.kill() };
}

function autocannon(port, body, signature, seconds) {
  return new Promise((done, fail) => {
    const bin = join(root, 'node_modules/autocannon/autocannon.js');
    const child = spawn(
      process.execPath,
      [
        bin,
        '--json',
        '-c',
        String(connections),
        '-d',
        String(seconds),
        '-m',
        'POST',
        '-H',
        'Content-Type=application/x-www-form-urlencoded',
        '-H',
        `X-Sipgate-Signature=${signature}`,
        '-H',
        `X-Forwarded-For=${SIPGATE_IP}`,
        '-b',
        body,
        `http://127.0.0.1:${port}/`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`autocannon exited ${code}`))));
  });
}

export async function webhookThroughput() {
  if (!existsSync(join(root, 'dist/cjs/index.js'))) throw new Error('Run `npm run build` first.');
  const sampleFile = join(root, 'test', 'fixtures', 'webhook-samples', 'newcall-real-signed.json');
  const sample = JSON.parse(readFileSync(sampleFile, 'utf8'));
  const { body } = sample;
  const signature = sample.headers['x-sipgate-signature'];
  const { SIPGATE_WEBHOOK_PUBLIC_KEY } = await import(join(root, 'dist/esm/index.js'));
  const keys = { publicKey: SIPGATE_WEBHOOK_PUBLIC_KEY };
  const dir = mkdtempSync(join(tmpdir(), 'sipgate-bench-'));
  const results = {};
  for (const verify of [true, false]) {
    for (const name of Object.keys(SERVERS)) {
      const server = await startServer(name, { VERIFY: verify ? '1' : '0', PUBLIC_KEY: keys.publicKey }, dir);
      try {
        await checkAnswers(server.port, body, signature, name);
        await autocannon(server.port, body, signature, 2); // warm-up
        const runs = [];
        for (let i = 0; i < 3; i += 1) {
          const before = await server.cpu();
          const result = await autocannon(server.port, body, signature, duration);
          const cpuMicros = (await server.cpu()) - before;
          const ok = result.requests.total - (result.non2xx ?? 0);
          if ((result.non2xx ?? 0) > 0 || result.errors > 0)
            throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
          runs.push({
            reqPerSec: result.requests.average,
            p50: result.latency.p50,
            p99: result.latency.p99,
            cpuMsPer1000: (cpuMicros / 1000 / ok) * 1000,
          });
        }
        const summary = (key) => ({
          median: +median(runs.map((r) => r[key])).toFixed(1),
          min: +Math.min(...runs.map((r) => r[key])).toFixed(1),
          max: +Math.max(...runs.map((r) => r[key])).toFixed(1),
        });
        results[`${name}, verification ${verify ? 'on' : 'off'}`] = {
          reqPerSec: summary('reqPerSec'),
          p50Ms: summary('p50'),
          p99Ms: summary('p99'),
          serverCpuMsPer1000: summary('cpuMsPer1000'),
        };
      } finally {
        server.stop();
      }
    }
  }
  const on = (name) => results[`${name}, verification on`];
  return {
    duration,
    connections,
    results,
    ratios: {
      cpuPerSignedRequest: +(
        on('sipgateio-sdk').serverCpuMsPer1000.median / on('sipgateio').serverCpuMsPer1000.median
      ).toFixed(2),
      floorCpuPerSignedRequest: +(
        on('bare node:http (floor)').serverCpuMsPer1000.median / on('sipgateio').serverCpuMsPer1000.median
      ).toFixed(2),
      p99Signed: +(on('sipgateio-sdk').p99Ms.median / on('sipgateio').p99Ms.median).toFixed(2),
      reqPerSecSigned: +(on('sipgateio-sdk').reqPerSec.median / on('sipgateio').reqPerSec.median).toFixed(2),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await webhookThroughput();
  console.log(args.includes('--json') ? JSON.stringify(result, null, 2) : result);
}
