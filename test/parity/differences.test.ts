/**
 * The table of allowed differences is the README's list, and every entry is shown by a test that
 * runs both libraries: an entry whose difference went away (or was never real) fails here or in
 * the scenario that names it.
 */
import nock from 'nock';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWebhookModule, SipgateIOError } from '../../lib';
import { DIFFERENCES, readmeDifferences, renderDifferences } from './differences';
import { established, runBoth, runWith, type Library, type Router } from './harness';
import { api } from './scenarios';

it('the README lists exactly the table (regenerate with `npx tsx test/parity/differences.ts --write`)', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  expect(readmeDifferences(readme)).toBe(renderDifferences());
});

it('every entry has a unique id and is shown by at least one parity test', () => {
  const ids = DIFFERENCES.map((d) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  const tests = readdirSync(__dirname)
    .filter((file) => file !== 'differences.ts')
    .map((file) => readFileSync(join(__dirname, file), 'utf8'))
    .join('\n');
  expect(ids.filter((id) => !tests.includes(`'${id}'`))).toEqual([]);
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
});
