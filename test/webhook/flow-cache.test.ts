/**
 * Kept flow functions (`maxCachedCalls`): the instance that took a call's webhook resumes the
 * function it kept for the next one instead of replaying the journal, and only while the store
 * still holds the journal the function left. Every way that stops holding falls back to a replay:
 * another instance took a webhook in between, the journal was started anew under the same key,
 * the run was dropped for the bound or expired, the function went on by itself between webhooks.
 */
import type { Call, CallStore } from '../../lib/webhook';
import { createSuspendedRuns } from '../../lib/webhook/flow/suspended-runs';
import { createMemoryCallStore } from '../../lib/webhook/flow/memory-store';
import type { FlowRun } from '../../lib/webhook/flow/run';
import { counted, harness } from './flow-harness';

afterEach(() => jest.useRealTimers());

describe('the instance that took the webhook', () => {
  it('resumes the function it kept: one run per call, the same replies as a replay', async () => {
    const kept = counted();
    const replayed = counted();
    const withCache = harness(kept.flow);
    const everyWebhook = harness(replayed.flow, { maxCachedCalls: 0 });
    const replies: string[][] = [];
    for (const h of [withCache, everyWebhook]) {
      const call = h.call();
      replies.push([
        (await call.newCall()).xml,
        (await call.dtmf('1')).xml,
        (await call.dtmf('2')).xml,
        (await call.answer()).xml,
        (await call.hangup()).xml,
      ]);
      expect(h.errors).toEqual([]);
    }
    expect(replies[0]).toEqual(replies[1]);
    expect(replies[0][2]).toContain('<Number>+491579991212</Number>');
    expect(kept.runs()).toBe(1);
    expect(replayed.runs()).toBe(5);
  });

  it('answers a webhook sent again from the journal, without running anything', async () => {
    let lookups = 0;
    const h = harness(async (call) => {
      await call.gather();
      await call.step('lookup', () => (lookups += 1));
      await call.gather();
    });
    const call = h.call();
    const newCall = await call.newCall();
    const firstData = call.onData as string;
    const afterFirst = await call.dtmf('3');
    expect(await call.newCall()).toEqual(newCall);
    expect(await call.dtmf('3', firstData)).toEqual(afterFirst);
    expect(lookups).toBe(1);
    expect(h.errors).toEqual([]);
  });
});

describe('falls back to a replay', () => {
  it('when another instance took a webhook of the call in between', async () => {
    const store = createMemoryCallStore();
    const live: string[] = [];
    const a = counted(live);
    const b = counted(live);
    const instanceA = harness(a.flow, { store });
    const instanceB = harness(b.flow, { store });
    const onA = instanceA.call();
    await onA.newCall();
    await onA.dtmf('1'); // A keeps its function, waiting at the second gather
    const onB = instanceB.call();
    onB.onData = onA.onData;
    // B replays and takes the second digit; A's kept function is now behind the journal.
    expect((await onB.dtmf('4')).xml).toContain('<Number>+491579991214</Number>');
    expect(b.runs()).toBe(1);
    // A's kept function would answer the second gather again: it must replay instead.
    onA.onData = onB.onData;
    const resent = await onA.dtmf('9');
    expect(resent.xml).toContain('<Number>+491579991214</Number>');
    expect(a.runs()).toBe(2);
    // The second gather went on live once, on B: A's kept function was not resumed at all.
    expect(live).toEqual(['1', '4']);
    expect((await onA.answer()).status).toBe(200);
    expect((await onA.hangup()).status).toBe(200);
    expect(a.runs()).toBe(2);
    expect([...instanceA.errors, ...instanceB.errors]).toEqual([]);
  });

  it("when the journal was started anew under the same key with as many entries as the kept one's", async () => {
    const store = createMemoryCallStore();
    const dialled: string[] = [];
    const flow = async (call: Call): Promise<void> => {
      const digit = await call.gather();
      dialled.push(`${call.from}:${digit}`);
      await call.dial({ to: '+4915799912345' });
    };
    const instanceA = harness(flow, { store });
    const instanceB = harness(flow, { store });
    const onA = instanceA.call('SAME');
    await onA.newCall(); // A keeps the function of the first call: journal of 2 entries
    // The first call ends on B (its journal is removed); a second call with the same id starts
    // there, from another number, and its journal has 2 entries again.
    const onB = instanceB.call('SAME');
    onB.onHangup = onA.onHangup;
    await onB.hangup();
    await onB.newCall({ from: '4930111111' });
    // Its dtmf reaches A: the version matches the kept function's, the journal does not.
    onA.onData = onB.onData;
    expect((await onA.dtmf('7')).xml).toContain('<Number>+4915799912345</Number>');
    expect(dialled).toEqual(['+4930111111:7']);
    expect([...instanceA.errors, ...instanceB.errors]).toEqual([]);
  });

  it('beyond maxCachedCalls: the least recently active call is dropped and replays', async () => {
    const counter = counted();
    const h = harness(counter.flow, { maxCachedCalls: 1 });
    const first = h.call('K1');
    const second = h.call('K2');
    await first.newCall();
    await second.newCall(); // drops K1's function
    expect((await first.dtmf('1')).status).toBe(200); // K1 replays, and is kept again (drops K2)
    expect((await first.dtmf('2')).xml).toContain('<Number>+491579991212</Number>');
    await second.dtmf('3'); // K2 replays
    expect(counter.runs()).toBe(4);
    expect(h.errors).toEqual([]);
  });

  it('after ttl: a kept function expires with its call', async () => {
    jest.useFakeTimers({
      doNotFake: [
        'setImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'nextTick',
        'queueMicrotask',
      ],
    });
    // A store that keeps journals longer than the flow's ttl, to see the kept function expire alone.
    const memory = createMemoryCallStore();
    const store: CallStore = {
      ...memory,
      append: (key, version, entries) => memory.append(key, version, entries, 3_600_000),
    };
    const counter = counted();
    const h = harness(counter.flow, { store, ttl: 60_000 });
    const call = h.call();
    await call.newCall();
    await call.dtmf('1');
    expect(counter.runs()).toBe(1);
    jest.setSystemTime(Date.now() + 60_001);
    expect((await call.dtmf('2')).xml).toContain('<Number>+491579991212</Number>');
    expect(counter.runs()).toBe(2);
    expect(h.errors).toEqual([]);
  });

  it('when the function went on between webhooks (a wait of its own, outside a step): what it issued then is neither saved nor run', async () => {
    let stepRuns = 0;
    let waits = 0;
    const h = harness(async (call) => {
      await call.gather();
      // Not deterministic (time outside a step): the step is issued after the turn has ended.
      await new Promise((resolve) => setTimeout(resolve, 20));
      waits += 1;
      await call.step('after-wait', () => (stepRuns += 1));
      await call.gather();
    });
    const call = h.call();
    await call.newCall();
    await call.dtmf('1');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(waits).toBe(1);
    // Without the lock and outside the turn, nothing may be written: the step does not run.
    expect(stepRuns).toBe(0);
    expect(h.warnings).toEqual([expect.stringContaining('issued step "after-wait" (#1) between webhooks')]);
    // The next webhook cannot resume that function: it replays, and answers as usual.
    expect((await call.answer()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(waits).toBe(2);
    expect(stepRuns).toBe(0);
    expect(h.errors).toEqual([]);
  });
});

describe('the kept functions', () => {
  const run = {} as FlowRun;

  it('are bounded: the least recently put goes first; 0 keeps none', () => {
    const runs = createSuspendedRuns(2, 60_000);
    runs.put('a', run, 1, 's');
    runs.put('b', run, 1, 's');
    runs.put('a', run, 2, 's');
    runs.put('c', run, 1, 's');
    expect(runs.peek('b')).toBeUndefined();
    expect(runs.peek('a')?.version).toBe(2);
    expect(runs.size).toBe(2);
    const none = createSuspendedRuns(0, 60_000);
    none.put('a', run, 1, 's');
    expect(none.peek('a')).toBeUndefined();
  });

  it('are taken by one turn only, and not kept without a session', () => {
    const runs = createSuspendedRuns(10, 60_000);
    runs.put('a', run, 1, 's');
    expect(runs.take('a')?.version).toBe(1);
    expect(runs.take('a')).toBeUndefined();
    runs.put('old', run, 1, undefined);
    expect(runs.peek('old')).toBeUndefined();
  });

  it('expire ttl after they were put; expired ones are swept as others are put', () => {
    jest.useFakeTimers();
    const runs = createSuspendedRuns(10, 1_000);
    runs.put('a', run, 1, 's');
    runs.put('b', run, 1, 's');
    jest.setSystemTime(Date.now() + 1_001);
    expect(runs.peek('a')).toBeUndefined();
    runs.put('c', run, 1, 's');
    expect(runs.size).toBe(1);
  });
});
