/**
 * A span per call-flow step (#29): a step or an action on the live call that runs gets a span
 * under its webhook's span, and the REST operation an action makes nests under the action's.
 * A replay runs nothing and traces nothing.
 */
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import nock from 'nock';
import { openTelemetry } from '../../lib/tracing';
import { API, isolateNetwork, testClient } from '../helpers/fixtures';
import { harness } from './flow-harness';

isolateNetwork();
const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const contextManager = new AsyncLocalStorageContextManager();
beforeAll(() => context.setGlobalContextManager(contextManager.enable()));
afterAll(() => {
  context.disable();
});
afterEach(() => exporter.reset());

const parentOf = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId;
const named = (name: string): ReadableSpan[] => exporter.getFinishedSpans().filter((span) => span.name === name);

// Kept runs (the default: the instance resumes the function it kept) and replays (maxCachedCalls: 0).
it.each([
  ['a kept run', {}],
  ['a replay on every webhook', { maxCachedCalls: 0 }],
])(
  '%s: a step and an action each get one span under the webhook that ran them; none twice; a failed step is an error',
  async (_, caching) => {
    nock(API).put('/calls/C1/recording').reply(204);
    const tracing = openTelemetry({ tracerProvider });
    let lookups = 0;
    const h = harness(
      async (call) => {
        await call.step('crm-lookup', () => {
          lookups += 1;
          return { vip: true };
        });
        await call.step('crm-write', () => Promise.reject(new TypeError('CRM down'))).catch(() => undefined);
        await call.dial({ to: '+4915799912345' });
        await call.answered;
        await call.record();
        await call.ended;
      },
      { client: testClient({ tracing }), tracing, ...caching },
    );
    const call = h.call();
    await call.newCall();
    await call.answer();
    await call.hangup();
    await new Promise((resolve) => setImmediate(resolve));

    expect(lookups).toBe(1);
    const webhooks = named('POST /flow');
    expect(webhooks).toHaveLength(3);
    const [newCallSpan, answerSpan] = webhooks;

    const [lookup] = named('step crm-lookup');
    expect(named('step crm-lookup')).toHaveLength(1); // answer and hangup (resumed or replayed) ran it no more
    expect(parentOf(lookup)).toBe(newCallSpan.spanContext().spanId);
    expect(lookup.attributes).toMatchObject({
      'sipgate.call_flow.step.kind': 'step',
      'sipgate.call_flow.step.name': 'crm-lookup',
      'sipgate.webhook.call_id': 'C1',
    });
    expect(lookup.status.code).toBe(0);

    const [write] = named('step crm-write');
    expect(write.attributes['error.type']).toBe('TypeError');
    expect(write.status.code).toBe(2);

    const [record] = named('action record');
    expect(parentOf(record)).toBe(answerSpan.spanContext().spanId);
    // The action's REST call is a client operation nested under the action's span.
    const [operation] = exporter
      .getFinishedSpans()
      .filter((span) => span.name.startsWith('PUT ') && span.kind === 0 /* INTERNAL */);
    expect(operation.name).toBe('PUT /calls/{callId}/recording');
    expect(parentOf(operation)).toBe(record.spanContext().spanId);
    expect(h.errors).toEqual([]);
  },
);

it('without tracing a flow runs its steps as before (no tracer is asked for anything)', async () => {
  const h = harness(async (call) => {
    await call.step('crm-lookup', () => 1);
    await call.hangUp();
  });
  await h.call().newCall();
  expect(exporter.getFinishedSpans()).toEqual([]);
  expect(h.errors).toEqual([]);
});
