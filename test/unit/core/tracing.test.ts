/**
 * OpenTelemetry spans of the request pipeline (sipgateio-sdk/tracing), read back from the
 * in-memory exporter: one INTERNAL span per operation named by its route template, one CLIENT
 * span per attempt under it with status, attempt and retry wait, HTTP semantic-convention
 * attributes, nothing secret or personal in any of them, and no trace context sent unless asked.
 */
import nock from 'nock';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { propagation, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { readSpec } from '../../../scripts/contract-overlay';
import { createHistoryModule, sipgateIO, SipgateIOValidationError, SipgateIONotFoundError } from '../../../lib';
import { openTelemetry, maskPhoneNumber } from '../../../lib/tracing';
import { matchRouteTemplate, spanUrl } from '../../../lib/tracing/redact';
import { ROUTE_TEMPLATES } from '../../../lib/tracing/route-templates';
import { API, BASIC_HEADER, isolateNetwork, JWT, testClient, TOKEN, TOKEN_ID } from '../../helpers/fixtures';

isolateNetwork();
const HOST = 'https://api.test.invalid';
const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
afterEach(() => exporter.reset());

const spans = (): ReadableSpan[] => exporter.getFinishedSpans();
const byKind = (kind: SpanKind): ReadableSpan[] => spans().filter((span) => span.kind === kind);
/** Every attribute and event attribute value of every span, as text. */
const everything = (): string =>
  JSON.stringify(spans().map((span) => [span.name, span.attributes, span.events.map((event) => event.attributes)]));

describe('client spans', () => {
  it('one INTERNAL span per operation named by its route template, with one CLIENT span per attempt under it', async () => {
    nock(HOST).get('/v2/w0/phonelines/p0').reply(200, { id: 'p0', alias: 'Desk' });
    const client = testClient({ tracing: openTelemetry({ tracerProvider }) });
    await client.request('GET /{userId}/phonelines/{phonelineId}', { path: { userId: 'w0', phonelineId: 'p0' } });

    const [operation] = byKind(SpanKind.INTERNAL);
    const [attempt] = byKind(SpanKind.CLIENT);
    expect(spans()).toHaveLength(2);
    expect(operation.name).toBe('GET /{userId}/phonelines/{phonelineId}');
    expect(operation.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.template': '/{userId}/phonelines/{phonelineId}',
      'server.address': 'api.test.invalid',
      'server.port': 443,
      'http.response.status_code': 200,
      'sipgate.attempts': 1,
    });
    expect(attempt.name).toBe(operation.name);
    expect(attempt.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
    expect(attempt.attributes).toMatchObject({
      'url.full': `${API}/w0/phonelines/p0`,
      'http.response.status_code': 200,
      'sipgate.attempt': 1,
    });
    expect(attempt.attributes['http.request.resend_count']).toBeUndefined();
    expect(operation.status.code).toBe(SpanStatusCode.UNSET);
    // The tracer is the SDK's, versioned as the package.
    expect(operation.instrumentationScope).toMatchObject({
      name: 'sipgateio-sdk',
      version: (require('../../../package.json') as { version: string }).version,
    });
  });

  it('names raw calls and module methods by the template their path matches (a literal segment beats a parameter)', async () => {
    nock(HOST)
      .get('/v2/w0/phonelines/p0')
      .reply(200, {})
      .get('/v2/history/export')
      .reply(200, 'id;type\n', { 'Content-Type': 'text/csv' });
    const client = testClient({ tracing: openTelemetry({ tracerProvider }) });
    await client.get('/w0/phonelines/p0');
    await createHistoryModule(client).exportAsCsvString();
    expect(byKind(SpanKind.INTERNAL).map((span) => span.name)).toEqual([
      'GET /{userId}/phonelines/{phonelineId}',
      'GET /history/export',
    ]);
  });

  it('a retry: each attempt its own CLIENT span, with status, resend count, the wait and its reason', async () => {
    nock(HOST)
      .get('/v2/w0/phonelines/p0')
      .reply(503, {}, { 'Retry-After': '0' })
      .get('/v2/w0/phonelines/p0')
      .reply(200, {});
    const client = testClient({ maxRetries: 2, tracing: openTelemetry({ tracerProvider }) });
    await client.get('/w0/phonelines/p0');

    const [first, second] = byKind(SpanKind.CLIENT);
    const [operation] = byKind(SpanKind.INTERNAL);
    expect(first.attributes).toMatchObject({
      'http.response.status_code': 503,
      'error.type': '503',
      'sipgate.attempt': 1,
      'sipgate.retry.delay_ms': 0,
      'sipgate.retry.reason': '503',
      'sipgate.retry.delay_source': 'retry-after',
    });
    expect(first.status.code).toBe(SpanStatusCode.ERROR);
    expect(second.attributes).toMatchObject({
      'http.response.status_code': 200,
      'sipgate.attempt': 2,
      'http.request.resend_count': 1,
    });
    expect(second.attributes['sipgate.retry.delay_ms']).toBeUndefined();
    expect(operation.attributes).toMatchObject({ 'sipgate.attempts': 2, 'http.response.status_code': 200 });
    expect(operation.events.map((event) => [event.name, event.attributes])).toEqual([
      [
        'sipgate.retry',
        {
          'sipgate.attempt': 1,
          'sipgate.retry.delay_ms': 0,
          'sipgate.retry.reason': '503',
          'sipgate.retry.delay_source': 'retry-after',
        },
      ],
    ]);
    expect(operation.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('a failed operation: ERROR status and error.type, never the message', async () => {
    nock(HOST).get('/v2/history/123').reply(404, { message: 'entry +4915799912345 not found' });
    const client = testClient({ tracing: openTelemetry({ tracerProvider }) });
    await expect(createHistoryModule(client).fetchById('123')).rejects.toThrow(SipgateIONotFoundError);
    const [operation] = byKind(SpanKind.INTERNAL);
    expect(operation.name).toBe('GET /history/{entryId}');
    expect(operation.status.code).toBe(SpanStatusCode.ERROR);
    expect(operation.attributes['error.type']).toBe('404');
    expect(everything()).not.toContain('4915799912345');
  });

  it('a connection failure and a timeout are named by what happened', async () => {
    nock.enableNetConnect('127.0.0.1');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    await expect(
      testClient({ baseUrl: `http://127.0.0.1:${port}/v2`, tracing: openTelemetry({ tracerProvider }) }).get(
        '/balance',
      ),
    ).rejects.toThrow();
    nock.disableNetConnect();
    nock(HOST).get('/v2/account').delay(500).reply(200, {});
    await expect(
      testClient({ tracing: openTelemetry({ tracerProvider }) }).get('/account', { timeout: 50 }),
    ).rejects.toThrow();
    expect(byKind(SpanKind.CLIENT).map((span) => span.attributes['error.type'])).toEqual(['ECONNREFUSED', 'timeout']);
    expect(byKind(SpanKind.INTERNAL).map((span) => span.attributes['error.type'])).toEqual([
      'SipgateIOConnectionError',
      'SipgateIOTimeoutError',
    ]);
  });

  it('no secret, token or whole phone number in any attribute: numbers in paths and queries are masked', async () => {
    const number = '+4915799912345';
    nock(HOST)
      .get('/v2/history')
      .query(true)
      .reply(200, { items: [], totalCount: 0 })
      .delete(`/v2/blacklist/incoming/${encodeURIComponent(number)}`)
      .reply(204)
      .get('/v2/balance')
      .twice()
      .reply(200, {});
    const traced = { tracing: openTelemetry({ tracerProvider }) };
    await createHistoryModule(testClient(traced)).fetchAll({ phonenumber: number }, { limit: 10 });
    await testClient(traced).request('DELETE /blacklist/incoming/{phoneNumber}', { path: { phoneNumber: number } });
    await testClient(traced).get('/balance');
    await sipgateIO({ token: JWT }, { baseUrl: API, tracing: openTelemetry({ tracerProvider }) }).get('/balance');

    const text = everything();
    for (const secret of [
      TOKEN,
      TOKEN_ID,
      BASIC_HEADER,
      BASIC_HEADER.slice(6),
      JWT,
      'Bearer',
      'Authorization',
      number,
      number.slice(1),
      encodeURIComponent(number),
    ]) {
      expect(text).not.toContain(secret);
    }
    const urls = byKind(SpanKind.CLIENT).map((span) => span.attributes['url.full']);
    expect(urls).toContain(`${API}/history?phonenumber=REDACTED&limit=10`);
    expect(urls).toContain(`${API}/blacklist/incoming/%2B4915*******45`);
  });

  it('sends no trace context to sipgate unless asked; with propagateTraceContext the attempt span is the parent', async () => {
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    try {
      const seen: Array<string | undefined> = [];
      nock(HOST)
        .get('/v2/balance')
        .twice()
        .reply(function reply() {
          seen.push(this.req.headers.traceparent);
          return [200, {}];
        });
      await testClient({ tracing: openTelemetry({ tracerProvider }) }).get('/balance');
      await testClient({ tracing: openTelemetry({ tracerProvider, propagateTraceContext: true }) }).get('/balance');
      expect(seen[0]).toBeUndefined();
      const attempt = byKind(SpanKind.CLIENT)[1];
      expect(seen[1]).toBe(`00-${attempt.spanContext().traceId}-${attempt.spanContext().spanId}-01`);
    } finally {
      propagation.disable();
    }
  });

  it('refuses anything but a tracer from openTelemetry(), naming where to get one', () => {
    const misuse = [true, 'otel', { startOperation: () => undefined }];
    for (const tracing of misuse) {
      expect(() => testClient({ tracing: tracing as never })).toThrow(SipgateIOValidationError);
    }
    expect(() => testClient({ tracing: true as never })).toThrow(/openTelemetry\(\) from 'sipgateio-sdk\/tracing'/);
    expect(() => openTelemetry({ provider: tracerProvider } as never)).toThrow(/unknown option "provider"/);
    expect(() => openTelemetry({ tracerProvider: {} as never })).toThrow(TypeError);
  });
});

describe('redaction helpers', () => {
  it('masks phone numbers, keeping country, area start and the last two digits', () => {
    expect(maskPhoneNumber('+4915799912345')).toBe('+4915*******45');
    expect(maskPhoneNumber('4912354678')).toBe('4912****78');
    expect(maskPhoneNumber('123456')).toBe('****56');
    expect(maskPhoneNumber('w0')).toBe('w0');
    expect(maskPhoneNumber('anonymous')).toBe('anonymous');
  });

  it('builds url.full with masked path parameters and query values', () => {
    expect(spanUrl(API, '/passwordreset/abc123', '/passwordreset/{nonce}')).toBe(`${API}/passwordreset/REDACTED`);
    expect(spanUrl(API, '/w0/sms/s0/callerids/%2B4921100000', '/{userId}/sms/{smsId}/callerids/{callerId}')).toBe(
      `${API}/w0/sms/s0/callerids/%2B4921****00`,
    );
    // A path no template matches: anything that looks like a number is masked.
    expect(spanUrl(API, '/custom/4915799912345/x?limit=5&q=secret', undefined)).toBe(
      `${API}/custom/4915*******45/x?limit=5&q=REDACTED`,
    );
  });

  it('matches every path of the contract to its own template, and knows every path of the contract', () => {
    const paths = Object.keys((readSpec() as { paths: Record<string, unknown> }).paths).sort();
    expect([...ROUTE_TEMPLATES]).toEqual(paths);
    for (const template of paths) expect(matchRouteTemplate(template.replace(/\{[^}]+\}/g, 'x1'))).toBe(template);
    expect(matchRouteTemplate('/no/such/route/here/at/all')).toBeUndefined();
  });
});
