import { expectRefusals } from '../helpers/console-guard';
import express from 'express';
import Fastify from 'fastify';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  createWebhookFetchHandler,
  createWebhookHandler,
  createWebhookModule,
  FluentWebhookServer,
  generateWebhookTestKeyPair,
  signWebhookBody,
  simulateCall,
  WebhookResponse,
  type NewCallEvent,
  type WebhookServer,
} from '../../lib';
import { startIvr } from '../../examples/ivr';

const keys = generateWebhookTestKeyPair();
const NEW_CALL =
  'event=newCall&from=492111234567&to=4915791234567&direction=in&callId=C1&user%5B%5D=Alice&userId%5B%5D=w0';
const FORM = 'application/x-www-form-urlencoded';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function post(
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers: { 'Content-Type': FORM, ...headers } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const signed = (body: string) => ({ 'X-Sipgate-Signature': signWebhookBody(body, keys.privateKey) });

describe('webhook server', () => {
  let server: WebhookServer;
  let url: string;
  const calls: NewCallEvent[] = [];
  const errors: unknown[] = [];

  beforeEach(async () => {
    calls.length = 0;
    errors.length = 0;
    server = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'https://example.com/hook',
      publicKey: keys.publicKey,
      onError: (error) => errors.push(error),
    });
    url = `http://localhost:${server.address().port}/`;
  });
  afterEach(() => server.stop());

  it('answers a signed newCall with the handler response and subscribes to answer/hangup', async () => {
    server.onNewCall((call) => {
      calls.push(call);
      return WebhookResponse.redirectCall({ numbers: ['4915799912345'] });
    });
    server.onAnswer(() => undefined);
    server.onHangUp(() => undefined);
    const reply = await post(url, NEW_CALL, signed(NEW_CALL));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/application\/xml/);
    expect(reply.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response onAnswer="https://example.com/hook" onHangup="https://example.com/hook"><Dial><Number>4915799912345</Number></Dial></Response>',
    );
    expect(calls).toEqual([expect.objectContaining({ callId: 'C1', users: ['Alice'], userIds: ['w0'] })]);
  });

  it('sets onData on a Gather to the server address', async () => {
    server.onNewCall(() => WebhookResponse.gatherDTMF({ maxDigits: 2, timeout: 3000 }));
    const reply = await post(url, NEW_CALL, signed(NEW_CALL));
    expect(reply.body).toContain('<Gather onData="https://example.com/hook" maxDigits="2" timeout="3000"/>');
  });

  it('answers 401 with an XML body to a tampered or missing signature, and runs no handler', async () => {
    server.onNewCall((call) => void calls.push(call));
    const tampered = await post(url, NEW_CALL.replace('Alice', 'Mallory'), signed(NEW_CALL));
    const missing = await post(url, NEW_CALL);
    const garbage = await post(url, NEW_CALL, { 'X-Sipgate-Signature': '%%%' });
    for (const reply of [tampered, missing, garbage]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toMatch(/^<\?xml .*<Error status="401">/);
    }
    expect(calls).toEqual([]);
    expectRefusals(401, 401, 401);
  });

  it('answers 405, 415, 400 and 413 for bad requests, without echoing input', async () => {
    const get = await post(url, '', {}, 'GET');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const json = await post(url, '{"event":"newCall"}', { 'Content-Type': 'application/json' });
    expect(json.status).toBe(415);
    const unknown = 'event=<script>&callId=C';
    const bad = await post(url, unknown, signed(unknown));
    expect(bad.status).toBe(400);
    expect(bad.body).not.toContain('<script>');
    const big = 'event=newCall&callId=C&x=' + 'a'.repeat(70 * 1024);
    expect((await post(url, big, signed(big))).status).toBe(413);
    expectRefusals(405, 415, 400, 413);
  });

  it('cuts off an oversized chunked body without reading it all', async () => {
    const port = server.address().port;
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = httpRequest(
        { port, host: 'localhost', method: 'POST', headers: { 'Content-Type': FORM, 'Transfer-Encoding': 'chunked' } },
        (res) => {
          let data = '';
          res.on('data', (chunk) => (data += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(16 * 1024, 'a');
      let sent = 0;
      // Keeps writing (up to 4 MiB) until the server answers; it must answer long before that.
      const pump = (): void => {
        while (sent < 4 * 1024 * 1024 && req.write(chunk)) sent += chunk.length;
        if (sent < 4 * 1024 * 1024) req.once('drain', pump);
      };
      pump();
    });
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
    expectRefusals(413);
  });

  it('answers 500 when a handler throws, reports it, and keeps serving', async () => {
    let fail = true;
    server.onNewCall(async () => {
      if (fail) throw new Error('handler exploded');
      return WebhookResponse.hangUpCall();
    });
    const failed = await post(url, NEW_CALL, signed(NEW_CALL));
    expect(failed.status).toBe(500);
    expect(failed.body).toContain('<Error status="500">');
    expect(failed.body).not.toContain('exploded');
    expect(errors).toEqual([expect.objectContaining({ message: 'handler exploded' })]);
    fail = false;
    expect((await post(url, NEW_CALL, signed(NEW_CALL))).status).toBe(200);
  });

  it('answers 500 when a handler throws synchronously, too', async () => {
    server.onNewCall(() => {
      throw new Error('sync failure');
    });
    const failed = await post(url, NEW_CALL, signed(NEW_CALL));
    expect(failed.status).toBe(500);
    expect(errors).toEqual([expect.objectContaining({ message: 'sync failure' })]);
  });

  it('waits for an asynchronous handler, and takes the content type in any spelling', async () => {
    server.onNewCall(async (call) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return WebhookResponse.redirectCall({ numbers: [call.to] });
    });
    const reply = await post(url, NEW_CALL, {
      ...signed(NEW_CALL),
      'Content-Type': 'Application/X-WWW-Form-Urlencoded; charset=UTF-8',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<Number>+4915791234567</Number>');
  });

  it('answers 200 concurrent signed requests independently with zero errors', async () => {
    let invoked = 0;
    server.onNewCall(async (call) => {
      invoked += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
      return WebhookResponse.redirectCall({ numbers: [`49157${call.callId.padStart(7, '0')}`] });
    });
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const body = `event=newCall&callId=${i + 1}&from=1&to=2&direction=in`;
        return post(url, body, signed(body));
      }),
    );
    expect(replies.filter((r) => r.status !== 200)).toEqual([]);
    replies.forEach((reply, i) =>
      expect(reply.body).toContain(`<Number>49157${String(i + 1).padStart(7, '0')}</Number>`),
    );
    expect(invoked).toBe(200);
  });

  it('stop() waits for in-flight requests to finish', async () => {
    let release!: () => void;
    server.onNewCall(() => new Promise((resolve) => (release = () => resolve(WebhookResponse.hangUpCall()))));
    const inFlight = post(url, NEW_CALL, signed(NEW_CALL));
    await new Promise((resolve) => setTimeout(resolve, 50));
    let stopped = false;
    const stopping = server.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    expect((await inFlight).status).toBe(200);
    await stopping;
    expect(stopped).toBe(true);
    server = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'https://example.com/hook',
      publicKey: keys.publicKey,
    }); // for afterEach
  });

  it('stop() does not wait for keep-alive connections to time out, idle or still answering', async () => {
    server.getHttpServer().keepAliveTimeout = 600_000;
    const agent = new Agent({ keepAlive: true });
    const postKeepAlive = (body: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          url,
          { method: 'POST', agent, headers: { 'Content-Type': FORM, ...signed(body) } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    expect(await postKeepAlive(NEW_CALL)).toBe(200); // leaves an idle keep-alive connection
    let release!: () => void;
    server.onNewCall(() => new Promise((resolve) => (release = () => resolve(WebhookResponse.hangUpCall()))));
    const inFlight = postKeepAlive(NEW_CALL);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopping = server.stop().then(() => 'stopped');
    release();
    expect(await inFlight).toBe(200);
    // A liveness check, not a speed one: a stop() waiting for the 10-minute timeout would still be
    // pending after 4 s. The client then hangs up, so a failing run ends instead of hanging.
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      stopping,
      new Promise((resolve) => (timer = setTimeout(resolve, 4_000, 'still waiting'))),
    ]);
    clearTimeout(timer);
    agent.destroy();
    await stopping;
    expect(outcome).toBe('stopped');
    server = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'https://example.com/hook',
      publicKey: keys.publicKey,
    }); // for afterEach
  });
});

describe('source address checks', () => {
  async function start(options: Record<string, unknown>) {
    const server = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'https://example.com/hook',
      publicKey: keys.publicKey,
      ...options,
    });
    let invoked = 0;
    server.onNewCall(() => void (invoked += 1));
    return { server, url: `http://localhost:${server.address().port}/`, invoked: () => invoked };
  }

  it("'auto' relies on the signature alone for a loopback peer without trustProxy", async () => {
    const { server, url } = await start({});
    expect((await post(url, NEW_CALL, signed(NEW_CALL))).status).toBe(200);
    await server.stop();
  });

  it('a forged X-Forwarded-For never counts without trustProxy', async () => {
    const { server, url, invoked } = await start({ sourceIpCheck: true });
    const reply = await post(url, NEW_CALL, { ...signed(NEW_CALL), 'X-Forwarded-For': '217.116.118.254' });
    expect(reply.status).toBe(403);
    expect(reply.body).toContain('<Error status="403">');
    expect(invoked()).toBe(0);
    await server.stop();
    expectRefusals(403);
  });

  it('with trustProxy the right-most hop decides, so a prepended address is ignored', async () => {
    const { server, url, invoked } = await start({ trustProxy: true });
    expect((await post(url, NEW_CALL, { ...signed(NEW_CALL), 'X-Forwarded-For': '217.116.118.254' })).status).toBe(200);
    expect(
      (await post(url, NEW_CALL, { ...signed(NEW_CALL), 'X-Forwarded-For': '217.116.118.254, 203.0.113.9' })).status,
    ).toBe(403);
    expect(invoked()).toBe(1);
    await server.stop();
    expectRefusals(403);
  });

  it('trustProxy as a hop count and a custom allow-list', async () => {
    const { server, url } = await start({ trustProxy: 2, allowedSourceIps: ['198.51.100.7'] });
    expect(
      (await post(url, NEW_CALL, { ...signed(NEW_CALL), 'X-Forwarded-For': '1.1.1.1, 198.51.100.7, 10.0.0.2' })).status,
    ).toBe(200);
    expect(
      (await post(url, NEW_CALL, { ...signed(NEW_CALL), 'X-Forwarded-For': '198.51.100.7, 1.1.1.1, 10.0.0.2' })).status,
    ).toBe(403);
    await server.stop();
    expectRefusals(403);
  });

  it('judges each peer on its own, however requests from several peers interleave', async () => {
    const server = await createWebhookModule().createServer({
      port: 0,
      hostname: '127.0.0.1',
      serverAddress: 'https://example.com/hook',
      publicKey: keys.publicKey,
      sourceIpCheck: true,
      allowedSourceIps: ['127.0.0.2'],
    });
    server.onNewCall(() => undefined);
    // Loopback answers on all of 127/8, so each request can come from a chosen address.
    const from = (localAddress: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: server.address().port,
            method: 'POST',
            localAddress,
            agent: false,
            headers: { 'Content-Type': FORM, ...signed(NEW_CALL) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(NEW_CALL);
      });
    try {
      const statuses: number[] = [];
      for (const address of ['127.0.0.2', '127.0.0.1', '127.0.0.1', '127.0.0.2', '127.0.0.1'])
        statuses.push(await from(address));
      expect(statuses).toEqual([200, 403, 403, 200, 403]);
    } finally {
      await server.stop();
    }
    expectRefusals(403, 403, 403);
  });

  it('the signature is still required when the source address is allowed', async () => {
    const { server, url } = await start({ trustProxy: true });
    expect((await post(url, NEW_CALL, { 'X-Forwarded-For': '217.116.118.254' })).status).toBe(401);
    await server.stop();
    expectRefusals(401);
  });
});

describe('skipping verification', () => {
  it('accepts unsigned requests and warns once at start', async () => {
    const warnings: string[] = [];
    const server = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'https://example.com/hook',
      skipSignatureVerification: true,
      logger: { warn: (message) => warnings.push(message) },
    });
    const url = `http://localhost:${server.address().port}/`;
    expect((await post(url, NEW_CALL)).status).toBe(200);
    expect((await post(url, NEW_CALL)).status).toBe(200);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/verification is OFF/);
    await server.stop();
  });
});

describe('slow clients', () => {
  it('cuts off a client that dribbles its headers (slowloris) and keeps serving others', async () => {
    const server = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'https://example.com/hook',
      publicKey: keys.publicKey,
      headersTimeout: 300,
      requestTimeout: 600,
    });
    const { port } = server.address();
    const socket = connect(port, 'localhost');
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => undefined);
    });
    const header = 'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n';
    let index = 0;
    const dribble = setInterval(() => {
      if (index < header.length && !socket.destroyed) socket.write(header[index++]);
    }, 50);
    const good = await post(`http://localhost:${port}/`, NEW_CALL, signed(NEW_CALL));
    expect(good.status).toBe(200);
    await closed; // Without the timeouts the socket would stay open until the test times out.
    clearInterval(dribble);
    expect(index).toBeLessThan(header.length);
    await server.stop();
  });
});

describe('handlers for frameworks', () => {
  const handlerOptions = () => ({
    serverAddress: 'https://example.com/hook',
    publicKey: keys.publicKey,
    handlers: { onNewCall: () => WebhookResponse.sendToVoicemail() },
  });

  async function listen(app: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook` };
  }

  it('works as Express middleware mounted before any body parser', async () => {
    const app = express();
    app.post('/webhook', createWebhookHandler(handlerOptions()));
    const { server, url } = await listen(app);
    const reply = await post(url, NEW_CALL, signed(NEW_CALL));
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<Voicemail/>');
    expect((await post(url, NEW_CALL)).status).toBe(401);
    server.close();
    expectRefusals(401);
  });

  it('works after express.raw(), and explains the problem after express.urlencoded()', async () => {
    const errors: unknown[] = [];
    const app = express();
    app.post('/webhook', express.raw({ type: FORM }), createWebhookHandler(handlerOptions()));
    app.post(
      '/parsed',
      express.urlencoded({ extended: false }),
      createWebhookHandler({ ...handlerOptions(), onError: (e) => errors.push(e) }),
    );
    const { server, url } = await listen(app);
    expect((await post(url, NEW_CALL, signed(NEW_CALL))).status).toBe(200);
    const parsed = await post(url.replace('/webhook', '/parsed'), NEW_CALL, signed(NEW_CALL));
    expect(parsed.status).toBe(500);
    expect(String((errors[0] as Error).message)).toMatch(/already parsed.*express\.raw/);
    server.close();
  });

  it('works in Fastify with a content-type parser that leaves the body unread', async () => {
    const app = Fastify();
    // Fastify answers 415 to form bodies unless a parser is registered; this one reads nothing,
    // so the handler gets the raw bytes the signature covers.
    app.addContentTypeParser(FORM, (_request, _payload, done) => done(null));
    const webhook = createWebhookHandler(handlerOptions());
    app.post('/webhook', (request, reply) => {
      reply.hijack();
      return webhook(request.raw, reply.raw);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/webhook`;
    const reply = await post(url, NEW_CALL, signed(NEW_CALL));
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<Voicemail/>');
    expect((await post(url, NEW_CALL.replace('C1', 'C2'), signed(NEW_CALL))).status).toBe(401);
    await app.close();
    expectRefusals(401);
  });

  it('works as a Web-standard (Request) => Response handler with WebCrypto', async () => {
    const handle = createWebhookFetchHandler(handlerOptions());
    const ok = await handle(
      new Request('https://example.com/hook', {
        method: 'POST',
        headers: { 'Content-Type': FORM, ...signed(NEW_CALL) },
        body: NEW_CALL,
      }),
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('<Voicemail/>');
    const bad = await handle(
      new Request('https://example.com/hook', {
        method: 'POST',
        headers: { 'Content-Type': FORM, ...signed(NEW_CALL) },
        body: NEW_CALL + 'x',
      }),
    );
    expect(bad.status).toBe(401);
    const big = await handle(
      new Request('https://example.com/hook', {
        method: 'POST',
        headers: { 'Content-Type': FORM },
        body: 'a'.repeat(70_000),
      }),
    );
    expect(big.status).toBe(413);
    expect((await handle(new Request('https://example.com/hook'))).status).toBe(405);
    expectRefusals(401, 413, 405);
  });

  it('the fetch handler reads at most maxBodyBytes: exactly the limit passes, one byte more is 413 and the rest is never pulled', async () => {
    const handle = createWebhookFetchHandler({ ...handlerOptions(), maxBodyBytes: NEW_CALL.length });
    const chunked = (body: string, size: number) => {
      const bytes = new TextEncoder().encode(body);
      const state = { pulled: 0, cancelled: false };
      const stream = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            const start = state.pulled * size;
            if (start >= bytes.length) return controller.close();
            state.pulled += 1;
            controller.enqueue(bytes.slice(start, start + size));
          },
          cancel() {
            state.cancelled = true;
          },
        },
        { highWaterMark: 0 },
      );
      const request = new Request('https://example.com/hook', {
        method: 'POST',
        headers: { 'Content-Type': FORM, ...signed(NEW_CALL) },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      return { request, state };
    };
    const exact = chunked(NEW_CALL, 16);
    expect((await handle(exact.request)).status).toBe(200);
    const over = chunked(`${NEW_CALL}&x=${'y'.repeat(10_000)}`, 16);
    expect((await handle(over.request)).status).toBe(413);
    expect(over.state.cancelled).toBe(true);
    expect(over.state.pulled).toBeLessThan(Math.ceil(NEW_CALL.length / 16) + 3);
    const declared = new Request('https://example.com/hook', {
      method: 'POST',
      headers: { 'Content-Type': FORM, 'Content-Length': String(NEW_CALL.length + 1) },
      body: `${NEW_CALL}&`,
    });
    expect((await handle(declared)).status).toBe(413);
    expectRefusals(413, 413);
  });

  it('the Node handler settles once it has answered, and when the client leaves mid-body', async () => {
    const handler = createWebhookHandler(handlerOptions());
    const outcomes: string[] = [];
    let settled: () => void = () => undefined;
    const { server, url } = await listen((req, res) => {
      handler(req, res)
        .then(
          () => outcomes.push(res.writableEnded ? 'answered' : 'not answered'),
          () => outcomes.push('rejected'),
        )
        .finally(() => settled());
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      expect((await post(url, NEW_CALL, signed(NEW_CALL))).status).toBe(200);
      expect(outcomes).toEqual(['answered']);
      const gone = new Promise<void>((resolve) => (settled = resolve));
      const { port } = server.address() as AddressInfo;
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Type: ${FORM}\r\nContent-Length: 500\r\n\r\nevent=newCall&`,
        );
        setTimeout(() => socket.destroy(), 50);
      });
      // A handler promise that never settles shows up as a missing outcome, not a hung test.
      await Promise.race([gone, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
      expect(outcomes).toEqual(['answered', 'not answered']);
    } finally {
      clearTimeout(timer);
      server.close();
    }
  });

  it('the Node handler also exposes the same logic as .fetch', async () => {
    const handler = createWebhookHandler(handlerOptions());
    const reply = await handler.fetch(
      new Request('https://example.com/hook', {
        method: 'POST',
        headers: { 'Content-Type': FORM, ...signed(NEW_CALL) },
        body: NEW_CALL,
      }),
    );
    expect(reply.status).toBe(200);
  });
});

describe('fluent API', () => {
  it('builds, starts and serves with every listener', async () => {
    const seen: string[] = [];
    const server = await new FluentWebhookServer()
      .setServerPort(0)
      .setServerAddress('https://example.com/hook')
      .setOptions({ publicKey: keys.publicKey })
      .setOnNewCallListener(() => {
        seen.push('newCall');
        return WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 1000 });
      })
      .setOnAnswerListener(() => void seen.push('answer'))
      .setOnHangupListener(() => void seen.push('hangup'))
      .setOnDataListener((data) => {
        seen.push(`dtmf:${data.dtmf}`);
        return WebhookResponse.hangUpCall();
      })
      .startServer();
    const url = `http://localhost:${server.address().port}/`;
    for (const body of [
      NEW_CALL,
      'event=dtmf&callId=C1&dtmf=042',
      'event=answer&callId=C1&answeringNumber=1',
      'event=hangup&callId=C1&cause=normalClearing',
    ]) {
      expect((await post(url, body, signed(body))).status).toBe(200);
    }
    expect(seen).toEqual(['newCall', 'dtmf:042', 'answer', 'hangup']);
    await server.stop();
  });

  it('requires a port and an address', async () => {
    await expect(new FluentWebhookServer().setServerAddress('https://e.com').startServer()).rejects.toMatchObject({
      field: 'port',
    });
    await expect(new FluentWebhookServer().setServerPort(0).startServer()).rejects.toMatchObject({
      field: 'serverAddress',
    });
  });
});

describe('call simulator against the IVR example', () => {
  let ivr: WebhookServer;
  let url: string;
  beforeAll(async () => {
    ivr = await startIvr({ port: 0, publicKey: keys.publicKey, redirectTo: '+4915799912345' });
    url = `http://localhost:${ivr.address().port}`;
  });
  afterAll(() => ivr.stop());

  it.each([
    [['1'], 'voicemail', undefined],
    [['2'], 'redirected', ['+4915799912345']],
    [['3'], 'hungUp', undefined],
    [['7', '', '1'], 'voicemail', undefined],
  ])('digits %j end as %s', async (digits, outcome, redirectedTo) => {
    const call = await simulateCall({ url, privateKey: keys.privateKey, digits });
    expect(call.outcome).toBe(outcome);
    expect(call.redirectedTo).toEqual(redirectedTo);
    expect(call.steps.map((s) => s.status).every((s) => s === 200)).toBe(true);
    expect(call.steps.map((s) => s.event)).toEqual([
      'newCall',
      ...digits.map(() => 'dtmf'),
      ...(outcome === 'hungUp' ? [] : ['answer']),
      'hangup',
    ]);
    expect(call.transcript.join('\n')).toMatch(/calls .*\n.*plays .*menu\.wav/);
  });

  it('reports a failed call when the app does not trust the simulator key', async () => {
    const stranger = generateWebhookTestKeyPair();
    const call = await simulateCall({ url, privateKey: stranger.privateKey });
    expect(call.outcome).toBe('failed');
    expect(call.transcript.join('\n')).toMatch(/HTTP 401/);
    expectRefusals(401);
  });

  it('stops following an endless IVR after maxSteps', async () => {
    const call = await simulateCall({ url, privateKey: keys.privateKey, digits: Array(10).fill('9'), maxSteps: 4 });
    expect(call.outcome).toBe('maxSteps');
    expect(call.steps.filter((s) => s.event === 'dtmf')).toHaveLength(4);
  });
});
