/**
 * Call flows (#27): every verb and event, answered/ended, replay from the journal, the
 * determinism check, steps and live-call actions run once, the store's bounds and TTL, and the
 * guarantees shared with the webhook handlers. Driven through the flow's fetch handler with
 * signed bodies, as sipgate would post them.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import {
  createCallFlow,
  SipgateIOCallFlowError,
  SipgateIOCallFlowNondeterminismError,
  SipgateIOCallFlowStepError,
  WebhookResponse,
  signWebhookBody,
  type Call,
} from '../../lib/webhook';
import { SipgateIOValidationError } from '../../lib';
import { createMemoryCallStore } from '../../lib/webhook/flow/memory-store';
import { API, isolateNetwork, testClient } from '../helpers/fixtures';
import { postForm } from '../helpers/post-form';
import { attribute, BASE, harness, keys } from './flow-harness';

isolateNetwork();
afterEach(() => jest.useRealTimers());

const MENU = 'https://app.example.com/menu.wav';

/** Three menus; the digits pick the number dialled. */
const threeMenus = async (call: Call): Promise<void> => {
  const first = await call.gather({ play: MENU, maxDigits: 1, timeout: 5000 });
  const second = await call.gather({ play: MENU });
  const third = await call.gather({ play: MENU, maxDigits: 2 });
  await call.dial({ to: `+49157999${first || 0}${second || 0}${third || '00'}` });
};

describe('verbs reply to the pending webhook', () => {
  it('gather: a Gather whose onData names the call and the gather; every reply subscribes to answer and hangup', async () => {
    const h = harness(threeMenus);
    const call = h.call('C1');
    const { status, xml } = await call.newCall();
    expect(status).toBe(200);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response onAnswer="https://app.example.com/flow?call=C1" onHangup="https://app.example.com/flow?call=C1">' +
        '<Gather maxDigits="1" timeout="5000" onData="https://app.example.com/flow?call=C1&amp;gather=0"><Play><Url>https://app.example.com/menu.wav</Url></Play></Gather></Response>',
    );
    expect(attribute((await call.dtmf('1')).xml, 'Gather', 'onData')).toBe(
      'https://app.example.com/flow?call=C1&gather=1',
    );
    expect(attribute((await call.dtmf('')).xml, 'Gather', 'onData')).toBe(
      'https://app.example.com/flow?call=C1&gather=2',
    );
    expect((await call.dtmf('42')).xml).toContain('<Dial><Number>+491579991042</Number></Dial>');
    expect(h.errors).toEqual([]);
  });

  it('gather resolves with the digits, leading zeros kept, and "" when none were pressed', async () => {
    const seen: string[] = [];
    const h = harness(async (call) => {
      seen.push(await call.gather({ maxDigits: 3 }));
      seen.push(await call.gather());
      await call.hangUp();
    });
    const call = h.call();
    await call.newCall();
    await call.dtmf('007');
    expect((await call.dtmf('')).xml).toContain('<Hangup/>');
    // Each webhook replays the function: what it saw is the same every time.
    expect([...new Set(seen)]).toEqual(['007', '']);
  });

  it.each([
    [
      'dial',
      (call: Call) =>
        call.dial({ to: ['+4915799912345', '4921100000000'], callerId: '+4921100000000', anonymous: false }),
      '<Dial callerId="+4921100000000" anonymous="false"><Number>+4915799912345</Number><Number>4921100000000</Number></Dial>',
    ],
    ['voicemail', (call: Call) => call.voicemail(), '<Dial><Voicemail/></Dial>'],
    ['reject', (call: Call) => call.reject({ reason: 'busy' }), '<Reject reason="busy"/>'],
    ['reject (default reason)', (call: Call) => call.reject(), '<Reject reason="rejected"/>'],
    ['hangUp', (call: Call) => call.hangUp(), '<Hangup/>'],
    [
      'play',
      (call: Call) => call.play('https://app.example.com/bye.wav'),
      '<Play><Url>https://app.example.com/bye.wav</Url></Play>',
    ],
  ])('%s', async (_name, verb, element) => {
    const h = harness(async (call) => {
      await verb(call);
    });
    const { xml } = await h.call().newCall();
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response onAnswer="${BASE}?call=C1" onHangup="${BASE}?call=C1">${element}</Response>`,
    );
    expect(h.errors).toEqual([]);
  });

  it('a function that replies nothing lets the call proceed, still subscribed', async () => {
    const h = harness(async () => undefined);
    expect((await h.call().newCall()).xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response onAnswer="${BASE}?call=C1" onHangup="${BASE}?call=C1"/>`,
    );
  });

  it('a second verb without a pending webhook is refused with a typed error (the reply is spent)', async () => {
    const refusals: unknown[] = [];
    const h = harness(async (call) => {
      await call.play('https://app.example.com/hello.wav');
      await call.voicemail().catch((error: unknown) => refusals.push(error));
      await call.answered;
      await call.dial({ to: '+4915799912345' }).catch((error: unknown) => refusals.push(error));
    });
    const call = h.call();
    expect((await call.newCall()).xml).toContain('<Play>');
    await call.answer();
    // Refused the same way on every replay of the function.
    expect([...new Set(refusals.map((error) => (error as Error).message.slice(0, 16)))]).toEqual([
      'call.voicemail()',
      'call.dial() need',
    ]);
    expect(refusals[0]).toBeInstanceOf(SipgateIOCallFlowError);
    expect(refusals[0]).toMatchObject({ reason: 'no_reply_pending', callId: 'C1', kind: 'call_flow' });
    expect(h.errors).toEqual([]);
  });

  it('verb options are validated with typed errors before anything is replied', async () => {
    const caught: unknown[] = [];
    const h = harness(async (call) => {
      await call.dial({ to: 'not a number' }).catch((error: unknown) => caught.push(error));
      await call.gather({ maxDigits: 0 }).catch((error: unknown) => caught.push(error));
      await call.play('ftp://x').catch((error: unknown) => caught.push(error));
      await call.voicemail();
    });
    expect((await h.call().newCall()).xml).toContain('<Voicemail/>');
    expect(caught.map((error) => (error as SipgateIOValidationError).field)).toEqual([
      'numbers[0]',
      'maxDigits',
      'announcement',
    ]);
  });
});

describe('events', () => {
  it('the call carries the newCall fields; answered and ended settle with their events; the iterator yields every event in order', async () => {
    const seen: Record<string, unknown> = {};
    const iterated: string[] = [];
    const h = harness(async (call) => {
      Object.assign(seen, {
        id: call.id,
        from: call.from,
        to: call.to,
        direction: call.direction,
        users: call.users,
        userIds: call.userIds,
        originalCallId: call.originalCallId,
        xcid: call.xcid,
        diversion: call.diversion,
      });
      const listen = (async () => {
        for await (const event of call) iterated.push(event.event);
      })();
      await call.dial({ to: '+4915799912345' });
      const answer = await call.answered;
      seen.answeringNumber = answer.answeringNumber;
      const { cause } = await call.ended;
      seen.cause = cause;
      await listen;
    });
    const call = h.call('C7');
    await call.newCall({ diversion: '4921100000001' });
    await call.answer();
    await call.hangup('busy');
    expect(seen).toEqual({
      id: 'C7',
      from: '+4915799912345',
      to: '+4921100000000',
      direction: 'in',
      users: ['Alice'],
      userIds: ['w0'],
      originalCallId: 'C7',
      xcid: 'X1',
      diversion: '+4921100000001',
      answeringNumber: '+4915799912345',
      cause: 'busy',
    });
    expect([...new Set(iterated)]).toEqual(['newCall', 'answer', 'hangup']);
    expect(h.errors).toEqual([]);
  });

  it('the journal is removed at hangup; later webhooks of the call are answered without subscribing', async () => {
    const store = createMemoryCallStore();
    const h = harness(threeMenus, { store });
    const call = h.call();
    await call.newCall();
    expect(store.size).toBe(1);
    await call.hangup('cancel');
    expect(store.size).toBe(0);
    expect((await call.dtmf('1')).xml).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(store.size).toBe(0);
  });

  it('webhooks for a call the flow does not know start nothing', async () => {
    const store = createMemoryCallStore();
    const h = harness(threeMenus, { store });
    const stranger = h.call('NOPE');
    expect((await stranger.dtmf('1', `${BASE}?call=NOPE&gather=0`)).xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response/>',
    );
    expect((await stranger.answer()).status).toBe(200);
    expect(store.size).toBe(0);
  });
});

// Tests that count runs or change the function mid-call replay on every webhook (maxCachedCalls:
// 0), as an instance does that did not take the call's previous webhook; flow-cache.test.ts has
// the kept functions, and flow-replay.test.ts runs this whole file with maxCachedCalls: 0.
const REPLAY_EVERY_WEBHOOK = { maxCachedCalls: 0 };

describe('replay', () => {
  it('re-runs the function from the journal on every webhook; a step runs once and its result is replayed', async () => {
    let runs = 0;
    let lookups = 0;
    const h = harness(async (call) => {
      runs += 1;
      const choice = await call.gather();
      const customer = await call.step('crm-lookup', async () => {
        lookups += 1;
        return { name: 'Ada', since: new Date(0) };
      });
      const again = await call.gather();
      await call.dial({
        to: choice === '1' && customer.name === 'Ada' && again === '2' ? '+4915799912345' : '+4921100000000',
      });
    }, REPLAY_EVERY_WEBHOOK);
    const call = h.call();
    await call.newCall();
    await call.dtmf('1');
    expect((await call.dtmf('2')).xml).toContain('<Number>+4915799912345</Number>');
    await call.answer();
    await call.hangup();
    expect(runs).toBe(5);
    expect(lookups).toBe(1);
  });

  it('a step result is JSON in the live run too, so a replay returns exactly what the first run saw', async () => {
    const seen: unknown[] = [];
    const h = harness(async (call) => {
      seen.push(await call.step('when', () => ({ at: new Date(0), skip: undefined })));
      await call.gather();
    }, REPLAY_EVERY_WEBHOOK);
    const call = h.call();
    await call.newCall();
    await call.dtmf('1');
    expect(seen).toEqual([{ at: '1970-01-01T00:00:00.000Z' }, { at: '1970-01-01T00:00:00.000Z' }]);
  });

  it('a failed step is recorded: replays reject with the same typed error and do not run it again', async () => {
    let attempts = 0;
    const caught: unknown[] = [];
    const h = harness(async (call) => {
      try {
        await call.step('crm-write', () => {
          attempts += 1;
          throw new RangeError('CRM is down');
        });
      } catch (error) {
        caught.push(error);
      }
      await call.gather();
      await call.voicemail();
    }, REPLAY_EVERY_WEBHOOK);
    const call = h.call();
    await call.newCall();
    expect((await call.dtmf('1')).xml).toContain('<Voicemail/>');
    expect(attempts).toBe(1);
    expect(caught).toHaveLength(2);
    for (const error of caught) {
      expect(error).toBeInstanceOf(SipgateIOCallFlowStepError);
      expect(error).toMatchObject({ step: 'crm-write', originalName: 'RangeError', reason: 'step_failed' });
    }
    expect((caught[0] as Error & { cause?: unknown }).cause).toBeInstanceOf(RangeError);
  });

  it('the same webhook sent again (a retry, a load balancer re-send) gets the same reply and moves nothing on', async () => {
    let lookups = 0;
    const h = harness(async (call) => {
      const first = await call.gather();
      await call.step('count', () => (lookups += 1));
      const second = await call.gather();
      await call.dial({ to: `+4915799912${first}${second}` });
    });
    const call = h.call();
    const newCall = await call.newCall();
    expect(await call.newCall()).toEqual(newCall);
    const firstData = call.onData as string;
    const afterFirst = await call.dtmf('3');
    expect(await call.dtmf('3', firstData)).toEqual(afterFirst);
    expect((await call.dtmf('4')).xml).toContain('<Number>+491579991234</Number>');
    expect(await call.dtmf('3', firstData)).toEqual(afterFirst);
    expect(lookups).toBe(1);
    expect(h.errors).toEqual([]);
  });

  it('a function that issues other commands on replay is reported with a typed error; sipgate gets the fallback reply, not a 500', async () => {
    let version = 1;
    const h = harness(
      async (call) => {
        await call.gather();
        if (version === 1) await call.step('old', () => 1);
        else await call.step('new', () => 2);
        await call.gather();
      },
      { fallbackReply: WebhookResponse.sendToVoicemail(), ...REPLAY_EVERY_WEBHOOK },
    );
    const call = h.call();
    await call.newCall();
    await call.dtmf('1');
    version = 2; // deployed while the call was running
    const { status, xml } = await call.dtmf('2');
    expect(status).toBe(200);
    expect(xml).toContain('<Dial><Voicemail/></Dial>');
    expect(h.errors).toHaveLength(1);
    expect(h.errors[0]).toBeInstanceOf(SipgateIOCallFlowNondeterminismError);
    expect(h.errors[0]).toMatchObject({
      reason: 'nondeterminism',
      callId: 'C1',
      expected: 'step "old" (#1)',
      actual: 'issue step "new" (#1)',
    });
  });

  it('a function that stops issuing what the journal holds is reported too (default fallback: an empty reply, the call proceeds)', async () => {
    let skip = false;
    const h = harness(async (call) => {
      if (!skip) await call.gather();
      await call.answered;
    }, REPLAY_EVERY_WEBHOOK);
    const call = h.call();
    await call.newCall();
    skip = true;
    const { status, xml } = await call.dtmf('1');
    expect(status).toBe(200);
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response onAnswer="${BASE}?call=C1" onHangup="${BASE}?call=C1"/>`,
    );
    expect(h.errors[0]).toMatchObject({ name: 'SipgateIOCallFlowNondeterminismError', expected: 'gather (#0)' });
  });

  it("the function's own error is reported once, where it happened, not on every replay", async () => {
    const h = harness(async (call) => {
      await call.gather();
      throw new Error('bug in the app');
    });
    const call = h.call();
    await call.newCall();
    expect((await call.dtmf('1')).status).toBe(200);
    await call.answer();
    await call.hangup();
    expect(h.errors).toEqual([new Error('bug in the app')]);
  });

  it('isReplaying is true while recorded history is re-run', async () => {
    const log: string[] = [];
    const h = harness(async (call) => {
      await call.gather();
      if (!call.isReplaying) log.push('pressed');
      await call.gather();
    });
    const call = h.call();
    await call.newCall();
    await call.dtmf('1');
    await call.dtmf('2');
    expect(log).toEqual(['pressed']);
  });
});

describe('actions on the live call (REST /calls/{callId})', () => {
  it('each runs once: recorded in the journal, never repeated by a replay', async () => {
    const sent: string[] = [];
    const record = (path: string) => (_uri: string, body: unknown) => {
      sent.push(`${path} ${JSON.stringify(body)}`);
      return '';
    };
    nock(API).put('/calls/C1/recording').reply(204, record('recording'));
    nock(API).put('/calls/C1/hold').reply(204, record('hold'));
    nock(API).put('/calls/C1/muted').reply(204, record('muted'));
    nock(API).post('/calls/C1/announcements').reply(204, record('announcements'));
    nock(API).post('/calls/C1/dtmf').reply(204, record('dtmf'));
    nock(API).post('/calls/C1/transfer').reply(204, record('transfer'));
    nock(API).delete('/calls/C1').reply(204, record('hangUp'));
    const h = harness(
      async (call) => {
        await call.dial({ to: '+4915799912345' });
        await call.answered;
        await call.record();
        await call.hold();
        await call.mute(false);
        await call.announce('https://app.example.com/note.wav');
        await call.sendDTMF('12#');
        await call.transfer({ attended: false, phoneNumber: '+4915799912346' });
        await call.hangUp(); // no reply pending: through the REST API
        await call.ended;
      },
      { client: testClient() },
    );
    const call = h.call();
    await call.newCall();
    await call.answer();
    await call.hangup();
    expect(sent).toEqual([
      'recording {"value":true,"announcement":false}',
      'hold {"value":true}',
      'muted {"value":false}',
      'announcements {"url":"https://app.example.com/note.wav"}',
      'dtmf {"sequence":"12#"}',
      'transfer {"attended":false,"phoneNumber":"+4915799912346"}',
      'hangUp ""',
    ]);
    expect(h.errors).toEqual([]);
  });

  it('without a client an action is refused with a typed error', async () => {
    const caught: unknown[] = [];
    const h = harness(async (call) => {
      await call.record().catch((error: unknown) => caught.push(error));
    });
    await h.call().newCall();
    expect(caught[0]).toBeInstanceOf(SipgateIOValidationError);
    expect(caught[0]).toMatchObject({ field: 'client' });
  });

  it('a step or action claimed by a run that died is not run again: the step fails as interrupted, the action counts as sent', async () => {
    const store = createMemoryCallStore();
    // What a run that was killed after claiming two things at once (Promise.all), before saving their outcomes, leaves behind.
    await store.append(
      'C1',
      0,
      [
        {
          t: 'event',
          event: {
            event: 'newCall',
            callId: 'C1',
            originalCallId: 'C1',
            xcid: '',
            from: '+4915799912345',
            to: '+4921100000000',
            direction: 'in',
            users: [],
            userIds: [],
            fullUserIds: [],
            user: [],
            userId: [],
            fullUserId: [],
          },
        },
        { t: 'command', seq: 0, kind: 'action', name: 'record' },
        { t: 'command', seq: 1, kind: 'step', name: 'crm-write' },
      ],
      60_000,
    );
    let stepRuns = 0;
    const outcomes: string[] = [];
    const h = harness(
      async (call) => {
        await Promise.all([
          call.record().then(() => outcomes.push('record: sent')),
          call
            .step('crm-write', () => (stepRuns += 1))
            .catch((error: SipgateIOCallFlowError) => outcomes.push(`crm-write: ${error.reason}`)),
        ]);
        await call.ended;
      },
      { store, client: testClient() },
    );
    await h.call('C1').hangup();
    expect(outcomes).toEqual(['record: sent', 'crm-write: interrupted']);
    expect(stepRuns).toBe(0);
    expect(h.warnings.some((warning) => warning.includes('record action was interrupted'))).toBe(true);
    expect(h.errors).toEqual([]);
  });
});

describe('one webhook of a call at a time', () => {
  it('events of one call arriving together run one after the other', async () => {
    let active = 0;
    let most = 0;
    const h = harness(async (call) => {
      await call.dial({ to: '+4915799912345' });
      await call.answered;
      await call.step('slow', async () => {
        active += 1;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 30));
        active -= 1;
      });
      await call.ended;
      await call.step('after-end', async () => {
        active += 1;
        most = Math.max(most, active);
        active -= 1;
      });
    });
    const call = h.call();
    await call.newCall();
    // The same answer three times at once (sipgate's retry, a second instance's copy): the step
    // runs once, never beside itself. The hangup follows, so that the answer certainly came first.
    const replies = await Promise.all([call.answer(), call.answer(), call.answer()]);
    replies.push(await call.hangup());
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200]);
    expect(most).toBe(1);
    expect(h.errors).toEqual([]);
  });
});

describe('the in-memory store', () => {
  it('journals expire after ttl; expired ones are swept as others are written', async () => {
    jest.useFakeTimers({
      doNotFake: [
        'setImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'nextTick',
      ],
    });
    const store = createMemoryCallStore();
    const h = harness(threeMenus, { store, ttl: 60_000 });
    await h.call('OLD').newCall();
    expect(store.size).toBe(1);
    jest.setSystemTime(Date.now() + 60_001);
    expect(await store.load('OLD')).toBeUndefined();
    await h.call('NEW').newCall();
    expect(store.size).toBe(1);
    // The expired call's dtmf finds nothing to resume.
    expect((await h.call('OLD').dtmf('1', `${BASE}?call=OLD&gather=0`)).xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response/>',
    );
  });

  it('is bounded: beyond maxCalls the least recently active call is dropped, with a warning', async () => {
    const store = createMemoryCallStore({ maxCalls: 2 });
    const h = harness(threeMenus, { store });
    await h.call('A').newCall();
    await h.call('B').newCall();
    await h.call('A').dtmf('1', `${BASE}?call=A&gather=0`);
    await h.call('C').newCall();
    expect(store.size).toBe(2);
    expect(await store.load('B')).toBeUndefined();
    expect(await store.load('A')).toBeDefined();
  });

  it('compare-and-set: an append with a stale version is refused', async () => {
    const store = createMemoryCallStore();
    expect(await store.append('K', 0, [{ t: 'noReply' }], 1000)).toBe(true);
    expect(await store.append('K', 0, [{ t: 'noReply' }], 1000)).toBe(false);
    expect(await store.append('K', 1, [{ t: 'noReply' }], 1000)).toBe(true);
    expect((await store.load('K'))?.version).toBe(2);
  });
});

describe('the guarantees of the webhook handlers', () => {
  it("verifies signatures (sipgate's key by default): an unsigned or foreign-signed request is refused before the flow runs", async () => {
    const runs: string[] = [];
    const flow = createCallFlow({ baseUrl: BASE, logger: { warn: () => undefined } }, async () => {
      runs.push('ran');
    });
    const body = 'event=newCall&callId=1&from=1&to=2&direction=in';
    const unsigned = await flow.fetch(
      new Request(BASE, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body }),
    );
    expect(unsigned.status).toBe(401);
    const foreign = await flow.fetch(
      new Request(BASE, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Sipgate-Signature': signWebhookBody(body, keys.privateKey),
        },
        body,
      }),
    );
    expect(foreign.status).toBe(401);
    expect(runs).toEqual([]);
  });

  it('refuses oversized bodies and other methods', async () => {
    const h = harness(threeMenus, { maxBodyBytes: 64 });
    expect((await h.post(BASE, { event: 'newCall', callId: 'C1', from: 'x'.repeat(100) })).status).toBe(413);
    expect((await h.flow.fetch(new Request(BASE, { method: 'GET' }))).status).toBe(405);
  });

  it("a signed webhook of one call cannot be pointed at another call's session", async () => {
    const store = createMemoryCallStore();
    const h = harness(threeMenus, { store });
    const victim = h.call('VICTIM');
    await victim.newCall();
    const before = await store.load('VICTIM');
    // The attacker's own call, signed by sipgate, posted to the victim's callback URL.
    const { xml } = await h.call('ATTACKER').dtmf('9', `${BASE}?call=VICTIM&gather=0`);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(await store.load('VICTIM')).toEqual(before);
    expect(h.warnings.some((warning) => warning.includes("another call's session"))).toBe(true);
  });

  it('a newCall without a callId (as sipgate has sent them) gets an unguessable session of its own', async () => {
    const h = harness(threeMenus);
    const call = h.call('');
    const { xml } = await call.newCall();
    expect(attribute(xml, 'Response', 'onHangup')).toMatch(
      /^https:\/\/app\.example\.com\/flow\?call=anon-[0-9a-f-]{36}$/,
    );
    expect((await call.dtmf('1')).xml).toContain('<Gather');
  });

  it('answers 500 when the store fails, and reports it', async () => {
    const store = createMemoryCallStore();
    const h = harness(threeMenus, { store: { ...store, load: () => Promise.reject(new Error('store down')) } });
    expect((await h.call().newCall()).status).toBe(500);
    expect(h.errors).toEqual([new Error('store down')]);
  });

  it('rejects malformed options with typed errors', () => {
    const flow = async (): Promise<void> => undefined;
    expect(() => createCallFlow({ baseUrl: 'not a url' }, flow)).toThrow(SipgateIOValidationError);
    expect(() => createCallFlow({ baseUrl: BASE, serverAddress: BASE } as never, flow)).toThrow(/baseUrl/);
    expect(() => createCallFlow({ baseUrl: BASE, store: {} as never }, flow)).toThrow(/call store/);
    expect(() => createCallFlow({ baseUrl: BASE, ttl: 5 }, flow)).toThrow(SipgateIOValidationError);
    expect(() => createCallFlow({ baseUrl: BASE }, 'menu' as never)).toThrow(/async function/);
  });

  it('flow.handler serves node:http with the same flow', async () => {
    nock.enableNetConnect('127.0.0.1');
    const h = harness(threeMenus);
    const server = createServer((req, res) => void h.flow.handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/flow`;
      const body = 'event=newCall&callId=N1&from=4915799912345&to=4921100000000&direction=in';
      const reply = await postForm(url, body, { 'X-Sipgate-Signature': signWebhookBody(body, keys.privateKey) });
      expect(reply.status).toBe(200);
      expect(attribute(reply.body, 'Gather', 'onData')).toBe(`${BASE}?call=N1&gather=0`);
      const dtmf = 'event=dtmf&callId=N1&dtmf=5';
      const next = await postForm(`${url}?call=N1&gather=0`, dtmf, {
        'X-Sipgate-Signature': signWebhookBody(dtmf, keys.privateKey),
      });
      expect(attribute(next.body, 'Gather', 'onData')).toBe(`${BASE}?call=N1&gather=1`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      nock.disableNetConnect();
    }
  });
});
