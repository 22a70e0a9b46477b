/**
 * "No open handles", as users feel it: a Node process that uses the built SDK through timeouts,
 * resets, retries, aborts and webhook traffic must exit on its own once its own server is closed.
 * A leaked timer, socket or listener would keep it alive. Needs the build (npm test runs it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

const script = `
const http = require('node:http');
const sdk = require(${JSON.stringify(resolve(root, 'dist/cjs/index.js'))});
let n = 0;
const server = http.createServer((req, res) => {
  n += 1;
  req.resume();
  if (req.url.includes('hang')) return;                        // never answers
  if (req.url.includes('reset')) { res.writeHead(200, { 'Content-Length': '50' }); res.write('{'); return setTimeout(() => res.socket.destroy(), 5); }
  if (req.url.includes('busy')) return res.writeHead(503).end();
  res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"items":[]}');
});
server.listen(0, '127.0.0.1', async () => {
  const baseUrl = 'http://127.0.0.1:' + server.address().port + '/v2';
  const client = sdk.sipgateIO({ tokenId: 'token-ABC123', token: '5ec3e700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' }, { baseUrl, timeout: 200, maxRetries: 1 });
  const settle = (p) => p.then(() => 'ok', (e) => e.kind);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const results = await Promise.all([
    settle(client.get('/hang')),
    settle(client.get('/reset')),
    settle(client.get('/busy')),
    settle(client.post('/sessions/sms/hang', {})),
    settle(client.get('/hang', { signal: controller.signal, timeout: 10000 })),
    settle(client.get('/history', { query: { types: ['SMS'] } })),
    settle(sdk.normalisePhoneNumber('+4915799912345', 'to')),
  ]);
  const keys = sdk.generateWebhookTestKeyPair();
  const hook = await sdk.createWebhookModule().createServer({ port: 0, serverAddress: 'https://e.com', publicKey: keys.publicKey });
  hook.onNewCall(() => sdk.WebhookResponse.hangUpCall());
  const body = 'event=newCall&callId=1';
  const reply = await fetch('http://localhost:' + hook.address().port + '/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-sipgate-signature': sdk.signWebhookBody(body, keys.privateKey) }, body });
  await reply.text();
  await hook.stop();
  console.log(JSON.stringify({ results, webhook: reply.status }));
  server.close();
  server.closeAllConnections();
});
`;

it('a process that used the SDK through faults exits on its own', async () => {
  if (!existsSync(resolve(root, 'dist/cjs/index.js'))) throw new Error('Run `npm run build` first (npm test does).');
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const exited = await new Promise<number | 'stuck'>((done) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done('stuck');
    }, 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done(code ?? -1);
    });
  });
  expect({ exited, err }).toEqual({ exited: 0, err: '' });
  expect(JSON.parse(out)).toEqual({
    results: ['timeout', 'connection', 'server', 'timeout', 'aborted', 'ok', 'ok'],
    webhook: 200,
  });
}, 30_000);
