/**
 * A span per webhook request (sipgateio-sdk/tracing), read back from the in-memory exporter:
 * sipgate's real signed newCall, the same body with one digit changed, an early refusal, a slow
 * handler, and the Node `(req, res)` handler going through the same core.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import {
  createWebhookFetchHandler,
  createWebhookHandler,
  generateWebhookTestKeyPair,
  signWebhookBody,
  WebhookResponse,
} from '../../lib';
import { openTelemetry } from '../../lib/tracing';

const sample = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'webhook-samples', 'newcall-real-signed.json'), 'utf8'),
) as {
  headers: Record<string, string>;
  body: string;
  bodyWithOneDigitChanged: string;
};
const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
afterEach(() => exporter.reset());
const quiet = { warn: () => undefined, error: () => undefined };
const only = (): ReadableSpan => {
  const spans = exporter.getFinishedSpans();
  expect(spans).toHaveLength(1);
  return spans[0];
};

function fetchHandler(onNewCall: () => unknown = () => WebhookResponse.sendToVoicemail()) {
  const handle = createWebhookFetchHandler({
    serverAddress: 'https://example.com/sipgate/webhook',
    handlers: { onNewCall: onNewCall as never },
    logger: quiet,
    tracing: openTelemetry({ tracerProvider }),
  });
  return (body: string, init: RequestInit = {}) =>
    handle(
      new Request('https://example.com/sipgate/webhook', { method: 'POST', headers: sample.headers, body, ...init }),
    );
}

it("sipgate's real signed newCall: one SERVER span with event, call id, verdict, masked numbers and handler time", async () => {
  expect((await fetchHandler()(sample.body)).status).toBe(200);
  const span = only();
  expect(span.name).toBe('POST /sipgate/webhook');
  expect(span.kind).toBe(SpanKind.SERVER);
  expect(span.attributes).toMatchObject({
    'http.request.method': 'POST',
    'http.route': '/sipgate/webhook',
    'server.address': 'example.com',
    'http.response.status_code': 200,
    'sipgate.webhook.signature': 'valid',
    'sipgate.webhook.event': 'newCall',
    'sipgate.webhook.call_id': '',
    'sipgate.webhook.direction': 'in',
    'sipgate.webhook.from': '+4912****78',
    'sipgate.webhook.to': '+49****99',
  });
  expect(typeof span.attributes['sipgate.webhook.handler_ms']).toBe('number');
  expect(span.status.code).toBe(SpanStatusCode.UNSET);
  // Neither number whole, nor the signature, nor the body.
  const text = JSON.stringify(span.attributes);
  for (const secret of ['4912354678', '49999999', sample.headers['x-sipgate-signature'].slice(0, 40), 'TestUser'])
    expect(text).not.toContain(secret);
});

it('the body with one digit changed: verdict invalid, answered 401, no event attributes', async () => {
  expect((await fetchHandler()(sample.bodyWithOneDigitChanged)).status).toBe(401);
  const span = only();
  expect(span.attributes).toMatchObject({
    'sipgate.webhook.signature': 'invalid',
    'http.response.status_code': 401,
    'error.type': '401',
  });
  expect(span.attributes['sipgate.webhook.refusal']).toMatch(/signature does not match/);
  expect(span.attributes['sipgate.webhook.event']).toBeUndefined();
  // A refused forgery is the server doing its job, not a server error.
  expect(span.status.code).toBe(SpanStatusCode.UNSET);
});

it('a request refused before its body is read (wrong method) still gets its span', async () => {
  expect((await fetchHandler()('', { method: 'PUT' })).status).toBe(405);
  expect(only().attributes).toMatchObject({
    'http.response.status_code': 405,
    'sipgate.webhook.refusal': expect.stringMatching(/not POST/),
  });
});

it('measures an asynchronous handler, and a failing one makes the span an error', async () => {
  await fetchHandler(() => new Promise((resolve) => setTimeout(() => resolve(WebhookResponse.sendToVoicemail()), 60)))(
    sample.body,
  );
  expect(only().attributes['sipgate.webhook.handler_ms']).toBeGreaterThanOrEqual(50);
  exporter.reset();
  const handle = createWebhookFetchHandler({
    serverAddress: 'https://example.com/sipgate/webhook',
    handlers: { onNewCall: () => Promise.reject(new Error('database down')) },
    onError: () => undefined,
    tracing: openTelemetry({ tracerProvider }),
  });
  expect(
    (
      await handle(
        new Request('https://example.com/sipgate/webhook', {
          method: 'POST',
          headers: sample.headers,
          body: sample.body,
        }),
      )
    ).status,
  ).toBe(500);
  expect(only().status.code).toBe(SpanStatusCode.ERROR);
});

it('under an active span (an HTTP server instrumentation) the webhook span is an INTERNAL child', async () => {
  const outer = tracerProvider.getTracer('test').startSpan('incoming request');
  const handle = fetchHandler();
  // Without a context manager context.with does not propagate; the active context is given by hand.
  const spy = jest.spyOn(context, 'active').mockReturnValue(trace.setSpan(context.active(), outer));
  try {
    await handle(sample.body);
  } finally {
    spy.mockRestore();
  }
  const span = only();
  expect(span.kind).toBe(SpanKind.INTERNAL);
  expect(span.parentSpanContext?.spanId).toBe(outer.spanContext().spanId);
});

it('the Node (req, res) handler goes through the same core: one span per request', async () => {
  const keys = generateWebhookTestKeyPair();
  const body = 'event=hangup&callId=abc123&from=4915799912345&to=492111234567&direction=out&cause=normalClearing';
  const handler = createWebhookHandler({
    serverAddress: 'https://example.com/hook',
    publicKey: keys.publicKey,
    logger: quiet,
    tracing: openTelemetry({ tracerProvider }),
  });
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      {
        port: (server.address() as AddressInfo).port,
        method: 'POST',
        path: '/hook',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Sipgate-Signature': signWebhookBody(body, keys.privateKey),
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  await new Promise((resolve) => server.close(resolve));
  expect(status).toBe(200);
  expect(only().attributes).toMatchObject({
    'sipgate.webhook.event': 'hangup',
    'sipgate.webhook.call_id': 'abc123',
    'sipgate.webhook.from': '+4915*******45',
    'sipgate.webhook.signature': 'valid',
  });
});
