/**
 * The CDN bundle in a real browser: headless Debian Chromium, driven by playwright-core, loads a
 * page with <script src="bundle/sipgate-io.min.js">, creates a client whose baseUrl points at
 * this local server (with CORS), sends an SMS and reads history; the server asserts the exact
 * requests. The page also renders webhook XML and verifies a signature with WebCrypto.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it). Set
 * SKIP_BROWSER_TESTS=1 to skip deliberately on a machine without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { generateWebhookTestKeyPair, signWebhookBody } from '../../lib';

const root = resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = process.env.SKIP_BROWSER_TESTS === '1';
if (skip) console.warn('Browser test skipped on purpose: SKIP_BROWSER_TESTS=1.');
// Skipped only when the developer opts out explicitly; otherwise a missing browser fails loudly.
const describeBrowser = skip ? describe.skip : describe;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describeBrowser('the CDN bundle in headless Chromium', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  const recorded: Recorded[] = [];
  const keys = generateWebhookTestKeyPair();
  const webhookBody = 'event=newCall&callId=C1&from=4921100&to=4915700&direction=in';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set SKIP_BROWSER_TESTS=1).`);
    if (!existsSync(join(root, 'bundle/sipgate-io.min.js'))) throw new Error('bundle/sipgate-io.min.js is missing: run `npm run build` first.');
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const cors = {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Headers': 'authorization, content-type, accept, x-sipgate-client, x-sipgate-version',
          'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
        };
        const path = req.url ?? '/';
        if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
        if (path === '/') {
          return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><head><script src="/bundle/sipgate-io.min.js"></script></head><body>sdk</body></html>');
        }
        if (path === '/bundle/sipgate-io.min.js') {
          return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(join(root, 'bundle/sipgate-io.min.js')));
        }
        if (path.startsWith('/v2/')) {
          recorded.push({ method: req.method ?? '', path, headers: req.headers, body });
          if (path === '/v2/sessions/sms') return void res.writeHead(204, cors).end();
          if (path.startsWith('/v2/history')) {
            return void res
              .writeHead(200, { ...cors, 'Content-Type': 'application/json' })
              .end(JSON.stringify({ items: [{ id: 'h1', type: 'SMS', created: '2026-11-01T10:00:00Z', lastModified: '2026-11-01T10:00:00Z' }], totalCount: 1 }));
          }
        }
        res.writeHead(404, cors).end();
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  it('sends an SMS and reads history with the exact requests, renders XML and verifies a signature', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/`);
    const result = await page.evaluate(
      async ({ baseUrl, publicKey, body, signature }) => {
        const S = (window as unknown as { SipgateIO: typeof import('../../lib/bundle') }).SipgateIO;
        const client = S.sipgateIO({ tokenId: 'token-BROWSER1', token: 'browser-secret' }, { baseUrl });
        await S.createSMSModule(client).send({ smsId: 's0', to: '0157 999 12345', message: 'Hallo aus dem Browser' });
        const entries = await S.createHistoryModule(client).fetchAll({ types: [S.HistoryEntryType.SMS] }, { limit: 5 });
        const invalid = await S.createSMSModule(client).send({ smsId: 's0', to: 'nope', message: 'x' }).catch((e: { kind: string; field: string }) => `${e.kind}:${e.field}`);
        return {
          createdIsDate: entries[0].created instanceof Date,
          invalid,
          xml: S.renderWebhookResponse(S.WebhookResponse.redirectCall({ numbers: ['+4915799912345'] })),
          valid: await S.verifyWebhookSignatureAsync(body, signature, publicKey),
          tampered: await S.verifyWebhookSignatureAsync(`${body}x`, signature, publicKey),
          event: S.parseWebhookEvent(body).event,
        };
      },
      { baseUrl: `${origin}/v2`, publicKey: keys.publicKey, body: webhookBody, signature: signWebhookBody(webhookBody, keys.privateKey) },
    );
    expect(pageErrors).toEqual([]);
    expect(result).toEqual({
      createdIsDate: true,
      invalid: 'validation:to',
      xml: '<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Number>+4915799912345</Number></Dial></Response>',
      valid: true,
      tampered: false,
      event: 'newCall',
    });

    const basic = `Basic ${Buffer.from('token-BROWSER1:browser-secret').toString('base64')}`;
    expect(recorded.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v2/sessions/sms', 'GET /v2/history?types=SMS&limit=5']);
    for (const request of recorded) {
      expect(request.headers.authorization).toBe(basic);
      expect(request.headers['x-sipgate-client']).toBe(pkg.name);
      expect(request.headers['x-sipgate-version']).toBe(pkg.version);
      expect(request.headers.accept).toBe('application/json');
    }
    expect(recorded[0].headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(recorded[0].body)).toEqual({ smsId: 's0', recipient: '+4915799912345', message: 'Hallo aus dem Browser' });
  }, 60_000);
});
