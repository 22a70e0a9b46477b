/**
 * The table of allowed differences is the README's list, and every entry is shown by a test that
 * runs both libraries: an entry whose difference went away (or was never real) fails here or in
 * the scenario that names it.
 */
import nock from 'nock';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  createWebhookModule,
  sipgateIO,
  SipgateIOError,
  SipgateIOInvalidResponseError,
  SipgateIOValidationError,
  WebhookResponse,
} from '../../lib';
import { takeConsoleOutput } from '../helpers/console-guard';
import { postForm } from '../helpers/post-form';
import { DIFFERENCES, readmeDifferences, renderDifferences } from './differences';
import { CREDENTIALS, established, runBoth, runWith, type Library, type Router, type WireRequest } from './harness';
import { api } from './scenarios';

it('the README lists exactly the table (regenerate with `npx tsx test/parity/differences.ts --write`)', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  expect(readmeDifferences(readme)).toBe(renderDifferences());
});

it('every entry has a unique id and is shown by at least one parity test', () => {
  const ids = DIFFERENCES.map((d) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  const tests = readdirSync(__dirname)
    // Source files only: types.test.ts writes a .generated folder here while it runs.
    .filter((file) => file.endsWith('.ts') && file !== 'differences.ts')
    .map((file) => readFileSync(join(__dirname, file), 'utf8'))
    .join('\n');
  expect(ids.filter((id) => !tests.includes(`'${id}'`))).toEqual([]);
});

it('every difference a test shows (a test named "\'id\': …") is an entry of the table', () => {
  const ids = new Set<string>(DIFFERENCES.map((d) => d.id));
  const tests = readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => readFileSync(join(__dirname, file), 'utf8'))
    .join('\n');
  const shown = [...tests.matchAll(/\bit\(\s*["`]'([a-z0-9-]+)'/g)].map((match) => match[1]);
  expect(shown.length).toBeGreaterThan(5);
  expect(shown.filter((id) => !ids.has(id))).toEqual([]);
});

describe('the differences that no scenario shows on its own', () => {
  it("'e164': a number with spaces reaches sipgate in E.164 form here, as typed there", async () => {
    const runs = await runBoth(
      (library) => library.modules.createSMSModule.send({ smsId: 's0', to: '+49 157 999 12345', message: 'Hi' }),
      api,
    );
    expect(runs.established.wire[0].body).toMatchObject({ recipient: '+49 157 999 12345' });
    expect(runs.ours.wire[0].body).toMatchObject({ recipient: '+4915799912345' });
  });

  it("'validation-first': an unknown history type is refused here before any request", async () => {
    const runs = await runBoth((library) => library.modules.createHistoryModule.fetchAll({ types: ['NOPE'] }), api);
    expect(runs.established.wire).toHaveLength(1);
    expect(runs.ours.wire).toHaveLength(0);
    expect(runs.ours.outcome).toMatchObject({ kind: 'rejected', message: expect.stringMatching(/filter\.types\[0\]/) });
  });

  it("'typed-errors': the same fixed text, on a typed error with this SDK's explanation in detail", async () => {
    const runs = await runBoth(
      (library) => library.client.getAuthenticatedWebuserId(),
      () => ({ status: 401 }),
    );
    expect(runs.established.outcome).toMatchObject({ kind: 'rejected', message: 'Unauthorized' });
    const error = (runs.ours.outcome as { error: SipgateIOError }).error;
    expect(error).toBeInstanceOf(SipgateIOError);
    expect(error).toMatchObject({
      message: 'Unauthorized',
      kind: 'authentication',
      status: 401,
      response: { status: 401 },
      detail: expect.stringMatching(/tokenId/),
    });
  });

  it("'csv-refused-rows': a CSV row without a number is dropped there and refuses the import here", async () => {
    const csv = 'firstname,lastname,number\nAlan,Turing,\nGrace,Hopper,+4921100000002';
    // The established package reports the dropped row with console.log only.
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const runs = await runBoth((library) => library.modules.createContactsModule.importFromCsvString(csv), api);
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/record at position 1 is empty/));
      expect(runs.established.outcome.kind).toBe('resolved');
      expect(runs.established.wire).toHaveLength(1);
      expect(runs.ours.outcome).toMatchObject({ kind: 'rejected', message: 'Missing values in CSV' });
      expect(runs.ours.wire).toHaveLength(0);
    } finally {
      log.mockRestore();
    }
  });

  it("'retries': a read that meets one 503 succeeds here and fails there", async () => {
    const flaky = (): Router => {
      let calls = 0;
      return () => (++calls === 1 ? { status: 503 } : { status: 200, body: { items: [] } });
    };
    const act = (library: Library): unknown => library.modules.createVoicemailsModule.getVoicemails();
    const theirs = await runWith('established', act, flaky());
    const ours = await runWith('ours', act, flaky());
    expect(theirs.outcome.kind).toBe('rejected');
    expect(theirs.wire).toHaveLength(1);
    expect(ours.outcome).toEqual({ kind: 'resolved', value: [] });
    expect(ours.wire).toHaveLength(2);
  });

  it("'server-address': without serverAddress, onAnswer throws there and registers here", async () => {
    type Server = { onAnswer(handler: () => void): void; stop(): unknown };
    const theirs = await (
      established.createWebhookModule as () => { createServer(o: object): Promise<Server> }
    )().createServer({ port: 0 });
    try {
      expect(() => theirs.onAnswer(() => undefined)).toThrow('No serverAddress set. No Follow-Up Events will be sent.');
    } finally {
      theirs.stop();
    }
    const ours = await createWebhookModule().createServer({ port: 0 });
    expect(() => ours.onAnswer(() => undefined)).not.toThrow();
    await ours.stop();
  });

  it("'sms-default-sender': with no default caller ID, sending from one is refused there and sent here", async () => {
    const router: Router = (request) =>
      request.method === 'GET' && request.path === '/w0/sms/s0/callerids'
        ? {
            status: 200,
            body: { items: [{ id: 0, phonenumber: '+4915711111111', verified: true, defaultNumber: false }] },
          }
        : api(request);
    const runs = await runBoth(
      (library) =>
        library.modules.createSMSModule.send({ from: '+4915711111111', to: '+4915799912345', message: 'Hi' }),
      router,
    );
    expect(runs.established.outcome).toMatchObject({ kind: 'rejected', message: 'No default SmsId set' });
    expect(runs.ours.outcome.kind).toBe('resolved');
    expect(runs.ours.wire.map((r) => `${r.method} ${r.path}`)).toContain('POST /sessions/sms');
  });

  it("'server-stop': stop() returns a promise here and nothing there", async () => {
    const theirs = await (
      established.createWebhookModule as () => { createServer(o: object): Promise<{ stop(): unknown }> }
    )().createServer({ port: 0, serverAddress: 'https://example.com' });
    const ours = await createWebhookModule().createServer({ port: 0, serverAddress: 'https://example.com' });
    expect(theirs.stop()).toBeUndefined();
    const stopped = ours.stop();
    expect(stopped).toBeInstanceOf(Promise);
    await stopped;
  });

  it("'announcements': playAudio downloads the announcement there and not here", async () => {
    const fetched: string[] = [];
    nock.disableNetConnect();
    nock('https://audio.example.com')
      .persist()
      .get(/.*/)
      .reply(function reply(uri) {
        fetched.push(uri);
        return [404, ''];
      });
    try {
      const { WebhookResponse } = await import('../../lib');
      await (established.WebhookResponse as { playAudio(o: object): Promise<unknown> })
        .playAudio({ announcement: 'https://audio.example.com/a.wav' })
        .catch(() => undefined);
      expect(fetched).toHaveLength(1);
      WebhookResponse.playAudio({ announcement: 'https://audio.example.com/a.wav' });
      expect(fetched).toHaveLength(1);
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });

  it("'request-headers': the client header names the SDK, not the machine, and a GET carries no content type", async () => {
    const runs = await runBoth(
      (library) => library.client.get('/balance'),
      () => ({ status: 200, body: { amount: 0, currency: 'EUR' } }),
    );
    const [theirs] = runs.established.headers;
    const [ours] = runs.ours.headers;
    expect(JSON.parse(String(theirs['x-sipgate-client']))).toMatchObject({
      name: 'node',
      version: process.versions.node,
    });
    expect(theirs['content-type']).toBe('application/json');
    expect(ours['x-sipgate-client']).toBe('sipgateio-sdk');
    expect(ours['content-type']).toBeUndefined();
    expect([theirs.accept, ours.accept]).toEqual(['application/json', 'application/json']);
  });

  it("'send-at-seconds': a scheduled SMS's sendAt is whole seconds here and a fraction there", async () => {
    const sendAt = new Date(Math.ceil(Date.now() / 1000 + 3600) * 1000 + 250);
    const runs = await runBoth(
      (library) =>
        library.modules.createSMSModule.send({ smsId: 's0', to: '+4915799912345', message: 'Later' }, sendAt),
      api,
    );
    const seconds = sendAt.getTime() / 1000;
    expect(runs.established.wire[0].body).toMatchObject({ sendAt: seconds });
    expect(runs.ours.wire[0].body).toMatchObject({ sendAt: Math.floor(seconds) });
    expect(Number.isInteger(seconds)).toBe(false);
  });

  it("'history-delete-split': a long list of ids goes out in one URL there and in several short ones here", async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `${1_000_000_000 + i}`);
    const runs = await runBoth((library) => library.modules.createHistoryModule.deleteByListOfIds(ids), api);
    expect(runs.established.wire).toHaveLength(1);
    expect(runs.ours.wire.length).toBeGreaterThan(1);
    const sent = (wire: WireRequest[]): string[] => wire.flatMap((request) => request.query.id ?? []);
    expect(sent(runs.ours.wire)).toEqual(sent(runs.established.wire));
    expect(sent(runs.ours.wire)).toEqual(ids);
  });

  it("'vcard-import': a vCard 3.0 card and a card with two numbers are refused there and imported here", async () => {
    const card = (version: string, ...numbers: string[]): string =>
      [
        'BEGIN:VCARD',
        `VERSION:${version}`,
        'N:Lovelace;Ada;;;',
        'FN:Ada Lovelace',
        ...numbers.map((number) => `TEL:${number}`),
        'END:VCARD',
      ].join('\r\n');
    for (const [vcard, refusal] of [
      [card('3.0', '+4921163553355'), 'Invalid VCard Version given'],
      [card('4.0', '+4921163553355', '+4915799912345'), 'Only one phone number is allowed'],
    ]) {
      const runs = await runBoth(
        (library) => library.modules.createContactsModule.importVCardString(vcard, 'PRIVATE'),
        api,
      );
      expect(runs.established.outcome).toMatchObject({ kind: 'rejected', message: refusal });
      expect(runs.established.wire).toHaveLength(0);
      expect(runs.ours.outcome.kind).toBe('resolved');
      expect(runs.ours.wire).toEqual([expect.objectContaining({ method: 'POST', path: '/contacts' })]);
    }
  });

  it("'csv-empty': a CSV without rows is posted there with a console warning and not sent here", async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const runs = await runBoth(
        (library) => library.modules.createContactsModule.importFromCsvString('firstname,lastname,number\n'),
        api,
      );
      expect(log).toHaveBeenCalledWith('WARNING: no lines to import');
      expect(runs.established.wire).toEqual([
        expect.objectContaining({ method: 'POST', path: '/contacts/import/csv' }),
      ]);
      expect(runs.ours.outcome.kind).toBe('resolved');
      expect(runs.ours.wire).toHaveLength(0);
    } finally {
      log.mockRestore();
    }
  });

  it("'settings-serialised': two settings changed at once both stick here; there one is lost", async () => {
    // A server that stores what it is given and answers reads a moment later, as a network would.
    const settingsServer = (): Router => {
      let stored = { incomingUrl: '', outgoingUrl: '', log: false, whitelist: null as string[] | null };
      return (request) => {
        if (request.method === 'PUT') stored = request.body as typeof stored;
        return request.method === 'GET' ? { status: 200, body: stored } : { status: 204 };
      };
    };
    const act = (library: Library): Promise<unknown> => {
      const settings = library.modules.createSettingsModule;
      return Promise.all([settings.setIncomingUrl('https://a.example.com/hook'), settings.setLog(true)]);
    };
    const final = (run: { wire: WireRequest[] }): unknown =>
      run.wire.filter((request) => request.method === 'PUT').at(-1)?.body;
    const theirs = await runWith('established', act, settingsServer());
    const ours = await runWith('ours', act, settingsServer());
    expect(final(ours)).toMatchObject({ incomingUrl: 'https://a.example.com/hook', log: true });
    expect(final(theirs)).not.toMatchObject({ incomingUrl: 'https://a.example.com/hook', log: true });
  });

  it("'request-limits': a response body over 32 MiB is read there and refused here", async () => {
    const huge = { note: 'x'.repeat(33 * 1024 * 1024) };
    const runs = await runBoth(
      (library) => library.client.get('/balance'),
      () => ({ status: 200, body: huge }),
    );
    expect(runs.established.outcome.kind).toBe('resolved');
    expect(runs.ours.outcome.kind).toBe('rejected');
    const { error, message } = runs.ours.outcome as { error: unknown; message: string };
    expect(error).toBeInstanceOf(SipgateIOInvalidResponseError);
    expect(message).toMatch(/maxResponseBytes/);
  }, 60_000);

  it("'unknown-keys': a misspelt option is ignored there and refused here, naming the key", () => {
    const misspelt = { ...CREDENTIALS, baseURL: 'https://api.example.com' };
    expect(() => (established.sipgateIO as (credentials: object) => unknown)(misspelt)).not.toThrow();
    expect(() => sipgateIO(misspelt as never)).toThrow(SipgateIOValidationError);
    expect(() => sipgateIO(misspelt as never)).toThrow(/baseURL/);
  });

  it("'xml-format': the established server indents its replies and writes utf-8; this SDK writes one line with UTF-8", async () => {
    // The runs before leave nock refusing connections; these servers are on loopback.
    nock.enableNetConnect();
    type Server = { onNewCall(fn: () => unknown): void; stop(): unknown; getHttpServer(): { address(): unknown } };
    const theirs = await (
      established.createWebhookModule as () => { createServer(o: object): Promise<Server> }
    )().createServer({ port: 0, serverAddress: 'http://localhost/hook', skipSignatureVerification: true });
    const ours = await createWebhookModule().createServer({
      port: 0,
      serverAddress: 'http://localhost/hook',
      skipSignatureVerification: true,
    });
    expect(takeConsoleOutput().map((line) => line.text)).toEqual([
      expect.stringContaining('webhook signature verification is OFF'),
    ]);
    try {
      theirs.onNewCall(() => (established.WebhookResponse as { hangUpCall(): unknown }).hangUpCall());
      ours.onNewCall(() => WebhookResponse.hangUpCall());
      const body = 'event=newCall&from=4912354678&to=49999999&direction=in&callId=C1&user%5B%5D=A';
      const a = await postForm(`http://localhost:${(theirs.getHttpServer().address() as AddressInfo).port}/hook`, body);
      const b = await postForm(`http://localhost:${ours.address().port}/hook`, body);
      expect(a.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<Response>\n\s+<Hangup/);
      expect(b.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    } finally {
      theirs.stop();
      await ours.stop();
    }
  });
});
