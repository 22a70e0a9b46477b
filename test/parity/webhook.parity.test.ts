/**
 * Webhook parity with the established `sipgateio` package: the real webhook sipgate signed, and
 * a generated corpus over the push-API grammar (sipgate's push-API documentation), go through
 * the established server and through this SDK; whatever the established library accepts is
 * accepted here and exposed with the same values. Also: every member of its server object,
 * `WebhookResponse` and the fluent server exists here, and both servers answer the same XML.
 */
import { expectRefusals, takeConsoleOutput } from '../helpers/console-guard';
import fc from 'fast-check';
import { xml2js } from 'xml-js';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  createWebhookFetchHandler,
  createWebhookHandler,
  createWebhookModule,
  FluentWebhookServer,
  parseWebhookEvent,
  WebhookResponse,
  type WebhookEvent,
  type WebhookServer,
} from '../../lib';
import nock from 'nock';
import { FORM, postForm as post } from '../helpers/post-form';
import { wav } from '../helpers/wav';
import { contains, established, runBoth } from './harness';
import { api } from './scenarios';
import { DIFFERENCES } from './differences';

const SAMPLE_FILE = join(__dirname, '..', 'fixtures', 'webhook-samples', 'newcall-real-signed.json');

interface Sample {
  headers: Record<string, string>;
  body: string;
  bodyWithOneDigitChanged: string;
  expectedParameters: Record<string, string | string[]>;
}

interface EstablishedServer {
  onNewCall(handler: (event: unknown) => unknown): void;
  onAnswer(handler: (event: unknown) => unknown): void;
  onHangUp(handler: (event: unknown) => unknown): void;
  onData(handler: (event: unknown) => unknown): void;
  stop(): void;
  getHttpServer(): Server;
}

const createEstablishedServer = (options: Record<string, unknown>): Promise<EstablishedServer> =>
  (
    established.createWebhookModule as () => {
      createServer(options: Record<string, unknown>): Promise<EstablishedServer>;
    }
  )().createServer(options);

/** Parameters sipgate documents; anything else on the established event is an unknown extra it copied over. */
const DOCUMENTED = new Set([
  'event',
  'callId',
  'originalCallId',
  'from',
  'to',
  'direction',
  'users',
  'userIds',
  'fullUserIds',
  'user',
  'userId',
  'fullUserId',
  'xcid',
  'diversion',
  'answeringNumber',
  'cause',
  'dtmf',
]);
const NUMBERS = ['from', 'to', 'diversion', 'answeringNumber'];

/** What the established event holds that this SDK must hold too, less the documented differences. */
function comparable(theirs: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(theirs)) {
    if (!DOCUMENTED.has(key)) continue; // webhook-strict: undocumented parameters are not copied
    if (NUMBERS.includes(key) && value === '+') continue; // webhook-empty-number
    kept[key] = value;
  }
  return kept;
}

describe('the established webhook server and this SDK see the same events', () => {
  let theirs: EstablishedServer;
  let url: string;
  let seen: unknown[] = [];

  beforeAll(async () => {
    // serverAddress names where the tests post, so the established server prints no mismatch warning.
    theirs = await createEstablishedServer({
      port: 0,
      serverAddress: 'http://localhost/hook',
      skipSignatureVerification: true,
    });
    const record = (event: unknown): undefined => {
      seen.push(event);
      return undefined;
    };
    theirs.onNewCall(record);
    theirs.onAnswer(record);
    theirs.onHangUp(record);
    theirs.onData(record);
    url = `http://localhost:${(theirs.getHttpServer().address() as AddressInfo).port}/hook`;
  });
  afterAll(() => theirs.stop());

  async function establishedEvent(body: string): Promise<Record<string, unknown>> {
    seen = [];
    await post(url, body);
    expect(seen).toHaveLength(1);
    return seen[0] as Record<string, unknown>;
  }

  async function expectSameEvent(body: string): Promise<void> {
    const reference = await establishedEvent(body);
    const ours = parseWebhookEvent(body) as unknown as Record<string, unknown>;
    const problem = contains(ours, comparable(reference));
    if (problem)
      throw new Error(
        `${problem}\n body: ${body}\n established: ${JSON.stringify(reference)}\n ours: ${JSON.stringify(ours)}`,
      );
  }

  it('the real signed newCall, with its empty callId, originalCallId and xcid and its indexed user[][0] names', async () => {
    const sample = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as Sample;
    await expectSameEvent(sample.body);
    const ours = parseWebhookEvent(sample.body);
    expect(ours).toMatchObject({
      event: 'newCall',
      callId: '',
      originalCallId: '',
      xcid: '',
      users: ['TestUser'],
      userIds: ['123456789'],
      fullUserIds: ['123456789'],
    });
  });

  const digits = fc.stringMatching(/^[1-9]\d{5,13}$/);
  const party = fc.oneof(
    { weight: 5, arbitrary: digits },
    { weight: 1, arbitrary: fc.constant('anonymous') },
    { weight: 1, arbitrary: fc.constant('') },
  );
  const token = fc.stringMatching(/^[A-Za-z0-9._-]{0,16}$/);
  const name = fc.stringMatching(/^[A-Za-z0-9 äöüß.-]{1,12}$/);
  const encode = (key: string, value: string): string => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
  /** `user[]=A`, or the indexed `user[][0]=A` that form encoders produce. */
  const listParam = (key: string, values: string[], indexed: boolean): string[] =>
    values.map((value, i) => encode(indexed ? `${key}[][${i}]` : `${key}[]`, value));
  const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
    fc.option(arbitrary, { nil: undefined });
  // Unknown extras are names sipgate does not document: `xcid` is documented (for newCall, answer
  // and hangup), and as an "extra" on a dtmf event it made the property fail now and then.
  const extras = fc.array(
    fc.tuple(
      fc.stringMatching(/^x[a-z]{1,8}$/).filter((key) => !DOCUMENTED.has(key)),
      token,
    ),
    { maxLength: 2 },
  );

  const newCall = fc
    .record({
      from: party,
      to: party,
      direction: fc.constantFrom('in', 'out'),
      callId: token,
      orig: optional(token),
      origName: fc.constantFrom('origCallId', 'originalCallId'),
      users: fc.array(name, { minLength: 1, maxLength: 3 }),
      ids: fc.array(fc.stringMatching(/^w\d{1,2}$/), { minLength: 1, maxLength: 3 }),
      indexed: fc.boolean(),
      xcid: optional(token),
      diversion: optional(digits),
      extras,
    })
    .map((p) => [
      encode('event', 'newCall'),
      encode('from', p.from),
      encode('to', p.to),
      encode('direction', p.direction),
      encode('callId', p.callId),
      ...(p.orig === undefined ? [] : [encode(p.origName, p.orig)]),
      ...listParam('user', p.users, p.indexed),
      ...listParam('userId', p.ids, p.indexed),
      ...listParam(
        'fullUserId',
        p.ids.map((id) => `1234567${id}`),
        p.indexed,
      ),
      ...(p.xcid === undefined ? [] : [encode('xcid', p.xcid)]),
      ...(p.diversion === undefined ? [] : [encode('diversion', p.diversion)]),
      ...p.extras.map(([k, v]) => encode(k, v)),
    ]);
  const answer = fc
    .record({
      from: party,
      to: party,
      direction: fc.constantFrom('in', 'out'),
      callId: token,
      answering: party,
      user: optional(name),
      userId: optional(fc.stringMatching(/^w\d$/)),
      xcid: optional(token),
      extras,
    })
    .map((p) => [
      encode('event', 'answer'),
      encode('from', p.from),
      encode('to', p.to),
      encode('direction', p.direction),
      encode('callId', p.callId),
      encode('answeringNumber', p.answering),
      ...(p.user === undefined ? [] : [encode('user', p.user)]),
      ...(p.userId === undefined ? [] : [encode('userId', p.userId), encode('fullUserId', `1234567${p.userId}`)]),
      ...(p.xcid === undefined ? [] : [encode('xcid', p.xcid)]),
      ...p.extras.map(([k, v]) => encode(k, v)),
    ]);
  const hangup = fc
    .record({
      from: party,
      to: party,
      direction: fc.constantFrom('in', 'out'),
      callId: token,
      answering: optional(party),
      cause: fc.constantFrom('normalClearing', 'busy', 'cancel', 'noAnswer', 'congestion', 'notFound', 'forwarded'),
      extras,
    })
    .map((p) => [
      encode('event', 'hangup'),
      encode('cause', p.cause),
      encode('from', p.from),
      encode('to', p.to),
      encode('direction', p.direction),
      encode('callId', p.callId),
      ...(p.answering === undefined ? [] : [encode('answeringNumber', p.answering)]),
      ...p.extras.map(([k, v]) => encode(k, v)),
    ]);
  const dtmf = fc
    .record({ callId: token, dtmf: optional(fc.stringMatching(/^[0-9*#]{0,6}$/)), extras })
    .map((p) => [
      encode('event', 'dtmf'),
      encode('callId', p.callId),
      ...(p.dtmf === undefined ? [] : [encode('dtmf', p.dtmf)]),
      ...p.extras.map(([k, v]) => encode(k, v)),
    ]);

  it('a generated corpus of every event: empty values, user[] and user[][0], absent optional and unknown extra parameters, anonymous callers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(newCall, answer, hangup, dtmf), fc.boolean(), async (params, reorder) => {
        // Parameters in any order; the items of one list keep theirs (see 'indexed-order').
        const order = (p: string): string => p.split('=')[0].replace(/%5B.*$/, '');
        const names = [...new Set(params.map(order))];
        const arranged = reorder ? names.reverse().flatMap((n) => params.filter((p) => order(p) === n)) : params;
        await expectSameEvent(arranged.join('&'));
      }),
      { numRuns: 300 },
    );
  });

  it('the comparison can fail: a changed value is noticed', async () => {
    const body = 'event=dtmf&callId=C1&dtmf=007';
    const reference = await establishedEvent(body);
    expect(contains({ ...parseWebhookEvent(body), dtmf: '7' }, comparable(reference))).toMatch(/dtmf/);
  });

  it('the allowed differences are in the table, and really differ', async () => {
    const ids = DIFFERENCES.map((d) => d.id) as string[];
    expect(ids).toEqual(expect.arrayContaining(['webhook-strict', 'webhook-empty-number', 'indexed-order']));
    const unknown = 'event=dtmf&callId=C1&dtmf=1&xtra=1';
    expect(await establishedEvent(unknown)).toHaveProperty('xtra', '1');
    expect(parseWebhookEvent(unknown)).not.toHaveProperty('xtra');
    const empty = 'event=hangup&callId=C1&cause=busy&from=&to=49211&direction=in';
    expect(await establishedEvent(empty)).toHaveProperty('from', '+');
    expect(parseWebhookEvent(empty)).toHaveProperty('from', '');
    const outOfOrder = 'event=newCall&callId=C1&from=1&to=2&direction=in&user%5B%5D%5B1%5D=B&user%5B%5D%5B0%5D=A';
    expect(await establishedEvent(outOfOrder)).toHaveProperty('users', ['A', 'B']);
    expect(parseWebhookEvent(outOfOrder)).toHaveProperty('users', ['B', 'A']);
  });
});

describe('the real signed sample is accepted with verification on, and a changed one refused', () => {
  const sample = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as Sample;
  const signature = (): Record<string, string> => ({ 'X-Sipgate-Signature': sample.headers['x-sipgate-signature'] });

  it('createServer (sipgate public key built in)', async () => {
    const calls: WebhookEvent[] = [];
    const server: WebhookServer = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'https://example.com/hook',
    });
    try {
      server.onNewCall((call) => {
        calls.push(call);
        return WebhookResponse.sendToVoicemail();
      });
      const base = `http://localhost:${server.address().port}/`;
      const good = await post(base, sample.body, signature());
      expect(good.status).toBe(200);
      expect(good.body).toContain('<Voicemail');
      expect(calls).toEqual([
        expect.objectContaining({
          users: ['TestUser'],
          userIds: ['123456789'],
          fullUserIds: ['123456789'],
          callId: '',
          from: '+4912354678',
        }),
      ]);
      const changed = await post(base, sample.bodyWithOneDigitChanged, signature());
      expect(changed.status).toBe(401);
      expect(calls).toHaveLength(1);
    } finally {
      await server.stop();
    }
    expectRefusals(401);
  });

  it('createWebhookHandler on node:http', async () => {
    const users: string[][] = [];
    const handler = createWebhookHandler({
      serverAddress: 'https://example.com/hook',
      handlers: { onNewCall: (call) => void users.push(call.users) },
    });
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      expect((await post(base, sample.body, signature())).status).toBe(200);
      expect((await post(base, sample.bodyWithOneDigitChanged, signature())).status).toBe(401);
      expect(users).toEqual([['TestUser']]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expectRefusals(401);
  });

  it('createWebhookFetchHandler (WebCrypto)', async () => {
    const ids: string[][] = [];
    const handle = createWebhookFetchHandler({
      serverAddress: 'https://example.com/hook',
      handlers: { onNewCall: (call) => void ids.push(call.userIds) },
    });
    const request = (body: string): Request =>
      new Request('https://example.com/hook', {
        method: 'POST',
        headers: { 'Content-Type': FORM, ...signature() },
        body,
      });
    expect((await handle(request(sample.body))).status).toBe(200);
    expect((await handle(request(sample.bodyWithOneDigitChanged))).status).toBe(401);
    expect(ids).toEqual([['123456789']]);
    expectRefusals(401);
  });
});

describe('every member of the established webhook objects exists here', () => {
  it('the server object', async () => {
    const theirs = await createEstablishedServer({ port: 0, serverAddress: 'https://example.com/hook' });
    const ours = await createWebhookModule().createServer({ port: 0, serverAddress: 'https://example.com/hook' });
    try {
      const missing = Object.keys(theirs).filter(
        (member) =>
          typeof (ours as unknown as Record<string, unknown>)[member] !==
          typeof (theirs as unknown as Record<string, unknown>)[member],
      );
      expect(missing).toEqual([]);
      expect(Object.keys(theirs).length).toBeGreaterThanOrEqual(6);
    } finally {
      theirs.stop();
      await ours.stop();
    }
  });

  it('the webhook module, WebhookResponse and the fluent server', () => {
    const module = (established.createWebhookModule as () => Record<string, unknown>)();
    expect(
      Object.keys(module).filter(
        (k) => typeof (createWebhookModule() as unknown as Record<string, unknown>)[k] !== 'function',
      ),
    ).toEqual([]);
    const theirsResponse = established.WebhookResponse as Record<string, unknown>;
    expect(
      Object.keys(theirsResponse).filter(
        (k) => typeof (WebhookResponse as unknown as Record<string, unknown>)[k] !== 'function',
      ),
    ).toEqual([]);
    const Fluent = established.FluentWebhookServer as new () => Record<string, unknown>;
    const theirsFluent = new Fluent();
    const oursFluent = new FluentWebhookServer() as unknown as Record<string, unknown>;
    // Its data fields are declared private in its typings; its methods are public.
    const methods = [
      ...Object.keys(theirsFluent),
      ...Object.getOwnPropertyNames(Object.getPrototypeOf(theirsFluent)),
    ].filter((k) => k !== 'constructor' && typeof theirsFluent[k] === 'function');
    expect(methods.length).toBeGreaterThanOrEqual(7);
    expect(methods.filter((k) => typeof oursFluent[k] !== 'function')).toEqual([]);
  });
});

describe('both servers answer the same XML', () => {
  const builders: Array<[string, () => unknown]> = [
    [
      'redirectCall',
      () =>
        WebhookResponse.redirectCall({
          numbers: ['4915799912345', '4921100000001'],
          anonymous: true,
          callerId: '492111234567',
        }),
    ],
    ['redirectCall without options', () => WebhookResponse.redirectCall({ numbers: ['4915799912345'] })],
    ['sendToVoicemail', () => WebhookResponse.sendToVoicemail()],
    ['rejectCall busy', () => WebhookResponse.rejectCall({ reason: 'busy' as never })],
    ['hangUpCall', () => WebhookResponse.hangUpCall()],
  ];
  const theirsBuilder: Record<string, (options?: unknown) => unknown> = established.WebhookResponse as never;
  const theirsFor: Record<string, () => unknown> = {
    redirectCall: () =>
      theirsBuilder.redirectCall({
        numbers: ['4915799912345', '4921100000001'],
        anonymous: true,
        callerId: '492111234567',
      }),
    'redirectCall without options': () => theirsBuilder.redirectCall({ numbers: ['4915799912345'] }),
    sendToVoicemail: () => theirsBuilder.sendToVoicemail(),
    'rejectCall busy': () => theirsBuilder.rejectCall({ reason: 'busy' }),
    hangUpCall: () => theirsBuilder.hangUpCall(),
  };

  it.each(builders)('%s', async (label, build) => {
    const body = 'event=newCall&from=4912354678&to=49999999&direction=in&callId=C1&user%5B%5D=A';
    const theirs = await createEstablishedServer({
      port: 0,
      serverAddress: 'http://localhost/hook',
      skipSignatureVerification: true,
    });
    const ours = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'https://example.com/hook',
      skipSignatureVerification: true,
    });
    expect(takeConsoleOutput().map((line) => line.text)).toEqual([
      expect.stringContaining('webhook signature verification is OFF'),
    ]);
    try {
      theirs.onNewCall(() => theirsFor[label]());
      ours.onNewCall(() => build() as never);
      const a = await post(`http://localhost:${(theirs.getHttpServer().address() as AddressInfo).port}/hook`, body);
      const b = await post(`http://localhost:${ours.address().port}/hook`, body);
      expect(b.status).toBe(200);
      // The same document; 'xml-format': the established server indented it and wrote `utf-8` in lower case.
      // 'redirect-anonymous': the established server wrote anonymous="undefined" when the option was not given.
      const reference = a.body.replace('encoding="utf-8"', 'encoding="UTF-8"');
      if (label === 'redirectCall without options') {
        expect(reference).toContain('anonymous="undefined"');
        expect(b.body).not.toContain('anonymous');
        expect(xml2js(b.body, { compact: true })).toEqual(
          xml2js(reference.replace(' anonymous="undefined"', ''), { compact: true }),
        );
      } else {
        expect(xml2js(b.body, { compact: true })).toEqual(xml2js(reference, { compact: true }));
      }
    } finally {
      theirs.stop();
      await ours.stop();
    }
  });
});

describe('WebhookResponse.playAudioAndHangUp in the established shape (options, client, callId, timeout)', () => {
  // The official example webhook_play_audio_and_hangup.ts calls it so, without a duration: both
  // download the announcement, measure it, answer <Play> and hang up once it has played.
  it('plays, measures and hangs up in both, after the audio and the timeout', async () => {
    const runs = await runBoth(async (library) => {
      nock('https://audio.example.com')
        .get('/bye.wav')
        .reply(200, wav({ seconds: 0.2 }));
      const respond = library.exports.WebhookResponse as {
        playAudioAndHangUp(o: object, c: unknown, id: string, t: number): Promise<unknown>;
      };
      const started = Date.now();
      const reply = await respond.playAudioAndHangUp(
        { announcement: 'https://audio.example.com/bye.wav' },
        library.client,
        'abc',
        100,
      );
      await new Promise((resolve) => setTimeout(resolve, 600));
      return { reply, answeredWithinMs: Date.now() - started < 1_000 };
    }, api);
    for (const run of [runs.established, runs.ours]) {
      expect(run.outcome).toEqual({
        kind: 'resolved',
        value: { reply: { Play: { Url: 'https://audio.example.com/bye.wav' } }, answeredWithinMs: true },
      });
      expect(run.wire.map((request) => `${request.method} ${request.path}`)).toEqual(['DELETE /calls/abc']);
    }
  });
});
