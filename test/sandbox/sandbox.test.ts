import {
  createAccountModule,
  createCallModule,
  createFaxModule,
  createHistoryModule,
  createSettingsModule,
  createSMSModule,
  FaxStatus,
  sipgateIO,
  type SipgateIOClient,
} from '../../lib';
import { startSandbox, type Sandbox } from '../../lib/sandbox';
import { startIvr } from '../../examples/ivr';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

let sandbox: Sandbox;
let client: SipgateIOClient;
beforeAll(async () => {
  sandbox = await startSandbox({ faxDelay: 250, failingFaxNumbers: ['+4921199999999'], maxLoggedRequests: 50 });
  client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, maxRetries: 0 });
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

describe('startSandbox', () => {
  it('listens on loopback on a free port, with fresh random credentials', async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    expect(sandbox.consoleUrl).toBe(sandbox.url.replace(/v2$/, ''));
    const other = await startSandbox();
    try {
      expect(other.credentials.token).not.toBe(sandbox.credentials.token);
      expect(other.url).not.toBe(sandbox.url);
    } finally {
      await other.close();
    }
  });

  it('starts within 300 ms', async () => {
    const started = performance.now();
    const quick = await startSandbox();
    const elapsed = performance.now() - started;
    await quick.close();
    expect(elapsed).toBeLessThan(300);
  });

  it('refuses invalid options with a typed error', async () => {
    await expect(startSandbox({ port: -1 })).rejects.toMatchObject({ field: 'port' });
    await expect(startSandbox({ webhookUrl: 'ftp://x' })).rejects.toMatchObject({ field: 'webhookUrl' });
  });
});

describe('authentication', () => {
  it('answers 401 to a wrong token and to none, and accepts the Bearer tokens it issued', async () => {
    const wrong = sipgateIO(
      { tokenId: sandbox.credentials.tokenId, token: '00000000-0000-4000-8000-000000000000' },
      { baseUrl: sandbox.url, maxRetries: 0 },
    );
    await expect(wrong.get('/balance')).rejects.toMatchObject({ status: 401 });
    expect((await fetch(`${sandbox.url}/balance`)).status).toBe(401);
    const bearer = await fetch(`${sandbox.url}/balance`, {
      headers: { Authorization: `Bearer ${sandbox.issueAccessToken()}` },
    });
    expect(bearer.status).toBe(200);
    expect((await fetch(`${sandbox.url}/balance`, { headers: { Authorization: 'Bearer made-up' } })).status).toBe(401);
  });
});

describe('validation', () => {
  it("answers a body that breaks the contract with sipgate's 400 naming the field", async () => {
    const response = await fetch(`${sandbox.url}/sessions/sms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.issueAccessToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ smsId: 's0', recipient: 4915799912345, message: 'x' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      status: 400,
      message: 'Invalid body.recipient: must be string.',
      errors: [
        {
          status: 400,
          title: 'Bad Request',
          detail: 'Invalid body.recipient: must be string.',
          source: { pointer: '/body/recipient' },
        },
      ],
    });
    await expect(client.post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345' })).rejects.toMatchObject({
      status: 400,
      apiMessage: 'Invalid body.message: is required.',
    });
    await expect(client.get('/history', { query: { limit: 'many' } })).rejects.toMatchObject({
      status: 400,
      apiMessage: 'Invalid query.limit: must be integer.',
    });
    expect(sandbox.sms).toEqual([]);
  });

  it("answers base64 content that is not base64 with sipgate's 400 naming the field, and imports or sends nothing", async () => {
    // Buffer.from(…, 'base64') skips what does not fit, so these would otherwise import or send garbage.
    for (const bad of ['Zmlyc3RuYW1l!!!', 'Zmlyc3RuYW1', 'Zm9v YmFy', 'Zm9v_-Fy']) {
      await expect(client.post('/contacts/import/csv', { base64Content: bad })).rejects.toMatchObject({
        status: 400,
        apiMessage: 'Invalid body.base64Content: must be base64.',
        body: { errors: [expect.objectContaining({ source: { pointer: '/body/base64Content' } })] },
      });
      await expect(
        client.post('/sessions/fax', {
          faxlineId: 'f0',
          recipient: '+4921112345678',
          filename: 'a.pdf',
          base64Content: bad,
        }),
      ).rejects.toMatchObject({ status: 400, apiMessage: 'Invalid body.base64Content: must be base64.' });
    }
    expect(sandbox.contacts).toEqual([]);
    expect(sandbox.faxes).toEqual([]);
    await client.post('/contacts/import/csv', {
      base64Content: Buffer.from('firstname,lastname,number\nAda,Lovelace,+4921163553355\n').toString('base64'),
    });
    expect(sandbox.contacts.map((contact) => contact.name)).toEqual(['Ada Lovelace']);
  });
});

describe('state', () => {
  it('an SMS costs balance, appears in history (type SMS) and in sandbox.sms', async () => {
    await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hello' });
    expect(sandbox.sms).toEqual([expect.objectContaining({ smsId: 's0', to: '+4915799912345', message: 'Hello' })]);
    const [entry] = await createHistoryModule(client).fetchAll({});
    expect(entry).toMatchObject({ type: 'SMS', direction: 'OUTGOING', target: '+4915799912345' });
    expect((await createAccountModule(client).getBalance()).amount).toBe(100_000 - 900);
  });

  it('SMS caller IDs: added unverified, verified with any code, sent from with `from` (the sender is recorded), the default restored', async () => {
    const sms = createSMSModule(client);
    expect(await sms.getCallerIds('w0', 's0')).toEqual([
      { id: 0, phonenumber: '+4921100000000', verified: true, defaultNumber: true },
    ]);
    await sms.addCallerId('w0', 's0', { phonenumber: '+4915711111111' });
    const added = (await sms.getCallerIds('w0', 's0')).find((callerId) => callerId.phonenumber === '+4915711111111');
    expect(added).toEqual({ id: 1, phonenumber: '+4915711111111', verified: false, defaultNumber: false });
    await expect(sms.send({ from: '+4915711111111', to: '+4915799912345', message: 'x' })).rejects.toMatchObject({
      reason: 'not_verified',
    });
    await sms.verifyCallerId('w0', 's0', 1, { verificationCode: '123456' });
    await sms.send({ from: '+4915711111111', to: '+4915799912345', message: 'From my mobile' });
    await sms.send({ smsId: 's0', to: '+4915799912345', message: 'From the default' });
    expect(sandbox.sms.map(({ from, message }) => ({ from, message }))).toEqual([
      { from: '+4915711111111', message: 'From my mobile' },
      { from: '+4921100000000', message: 'From the default' },
    ]);
    expect(sandbox.history.map((entry) => entry.source)).toEqual(['+4921100000000', '+4915711111111']);
    expect((await sms.getCallerIds('w0', 's0')).map((callerId) => callerId.defaultNumber)).toEqual([true, false]);
    await sms.deleteCallerId('w0', 's0', 1);
    await expect(sms.deleteCallerId('w0', 's0', 1)).rejects.toMatchObject({ status: 404 });
    await expect(sms.getCallerIds('w0', 's9')).rejects.toMatchObject({ status: 404 });
  });

  it('a fax moves SENDING → SENT, or FAILED for a configured number; both appear in history', async () => {
    const fax = createFaxModule(client);
    const sent = await fax.send({ to: '+4921112345678', fileContent: PDF, faxlineId: 'f0' });
    expect(await fax.getFaxStatus(sent.sessionId)).toBe(FaxStatus.SENDING);
    const failing = await fax.send({ to: '+4921199999999', fileContent: PDF, faxlineId: 'f0' });
    for (let i = 0; i < 100 && sandbox.faxes.some((f) => f.status === 'SENDING'); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await fax.getFaxStatus(sent.sessionId)).toBe(FaxStatus.SENT);
    expect(await fax.getFaxStatus(failing.sessionId)).toBe(FaxStatus.FAILED);
    expect(sandbox.faxes.map((f) => f.status)).toEqual(['SENT', 'FAILED']);
  });

  it('history: archive, star, note, filter, page and delete', async () => {
    const sms = createSMSModule(client);
    for (const to of ['+4915700000001', '+4915700000002', '+4915700000003'])
      await sms.send({ smsId: 's0', to, message: 'x' });
    const history = createHistoryModule(client);
    const [newest] = await history.fetchAll({});
    await client.put(`/history/${newest.id}`, { starred: true, note: 'call back' });
    await client.put(`/history/${newest.id}/archive`, { value: true });
    expect(sandbox.history[0]).toMatchObject({ starred: true, note: 'call back', archived: true });
    expect((await history.fetchAll({ archived: false })).length).toBe(2);
    expect((await history.fetchAll({ phonenumber: '+4915700000002' })).map((e) => e.target)).toEqual([
      '+4915700000002',
    ]);
    expect((await history.fetchAll({}, { offset: 1, limit: 1 })).map((e) => e.target)).toEqual(['+4915700000002']);
    await history.deleteById(newest.id);
    await expect(history.fetchById(newest.id)).rejects.toMatchObject({ status: 404 });
  });

  it('an empty balance answers 402 and sends nothing', async () => {
    const sms = createSMSModule(client);
    for (let i = 0; i < 111; i += 1) await sms.send({ smsId: 's0', to: '+4915799912345', message: 'x' });
    await expect(sms.send({ smsId: 's0', to: '+4915799912345', message: 'one too many' })).rejects.toMatchObject({
      status: 402,
    });
    expect(sandbox.sms).toHaveLength(111);
  });

  it('reset() restores a fresh account and empties the logs', async () => {
    await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'x' });
    sandbox.reset();
    expect({
      sms: sandbox.sms,
      history: sandbox.history,
      requests: sandbox.requests,
      balance: sandbox.balance.amount,
    }).toEqual({ sms: [], history: [], requests: [], balance: 100_000 });
  });
});

describe('inspection', () => {
  it('records every request with method, route, body and status, and caps the log', async () => {
    await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'logged' });
    expect(sandbox.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/sessions/sms',
        route: 'POST /sessions/sms',
        body: { smsId: 's0', recipient: '+4915799912345', message: 'logged' },
        status: 204,
      }),
    ]);
    for (let i = 0; i < 80; i += 1) await client.get('/balance');
    expect(sandbox.requests).toHaveLength(50);
    expect(sandbox.requests.every((request) => request.route === 'GET /balance')).toBe(true);
    expect(JSON.stringify(sandbox.requests)).not.toContain(sandbox.credentials.token);
  });
});

describe('faults on demand', () => {
  it('429 with Retry-After, once; the next request succeeds', async () => {
    sandbox.fault('POST /sessions/sms', { status: 429, retryAfter: 7 });
    await expect(
      createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'x' }),
    ).rejects.toMatchObject({ status: 429, retryAfter: 7 });
    expect(sandbox.sms).toEqual([]);
    await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'x' });
    expect(sandbox.sms).toHaveLength(1);
  });

  it('a 503 is retried by the SDK for a GET, and latency delays the answer', async () => {
    sandbox.fault('GET /balance', { status: 503, retryAfter: 0 });
    sandbox.fault('GET /balance', { latency: 120 });
    const retrying = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, maxRetries: 2 });
    const started = Date.now();
    await expect(createAccountModule(retrying).getBalance()).resolves.toHaveProperty('currency', 'EUR');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(sandbox.requests.map((request) => request.status)).toEqual([503, 200]);
  });

  it('reset before the request is read: nothing was sent; reset after processing: sent once, the answer lost (the SDK does not repeat the send)', async () => {
    const sms = createSMSModule(sipgateIO(sandbox.credentials, { baseUrl: sandbox.url, maxRetries: 3 }));
    sandbox.fault('POST /sessions/sms', { reset: 'before' });
    await expect(sms.send({ smsId: 's0', to: '+4915799912345', message: 'x' })).rejects.toMatchObject({
      kind: 'connection',
    });
    expect(sandbox.sms).toEqual([]);
    sandbox.fault('POST /sessions/sms', { reset: 'after' });
    await expect(sms.send({ smsId: 's0', to: '+4915799912345', message: 'y' })).rejects.toMatchObject({
      kind: 'connection',
      sent: true,
    });
    expect(sandbox.sms.map((sent) => sent.message)).toEqual(['y']);
  });

  it('refuses a route that is not an operation of the contract', () => {
    expect(() => sandbox.fault('POST /sessions/mms', { status: 500 })).toThrow(
      expect.objectContaining({ field: 'route' }),
    );
    expect(() => sandbox.fault('GET /balance', { status: 200 })).toThrow(
      expect.objectContaining({ field: 'fault.status' }),
    );
  });
});

describe('calls and signed webhooks', () => {
  it('sandbox.call() rings the app (signed with the sandbox key), follows its XML and records the call', async () => {
    const lines: string[] = [];
    const ivr = await startIvr({
      port: 0,
      publicKey: sandbox.webhookPublicKey,
      hostname: '127.0.0.1',
      log: (line) => lines.push(line),
    });
    try {
      await createSettingsModule(client).setIncomingUrl(`http://127.0.0.1:${ivr.address().port}`);
      const call = await sandbox.call({ digits: ['1'] });
      expect(call.outcome).toBe('voicemail');
      expect(call.steps.map((step) => `${step.event} ${step.status}`)).toEqual(
        expect.arrayContaining(['newCall 200', 'dtmf 200']),
      );
      expect(sandbox.calls).toEqual([expect.objectContaining({ direction: 'in', outcome: 'voicemail' })]);
      expect(sandbox.history[0]).toMatchObject({ type: 'CALL', direction: 'INCOMING' });
    } finally {
      await ivr.stop();
    }
  });

  it("an app with another key rejects the sandbox's webhooks (signatures are real)", async () => {
    const { generateWebhookTestKeyPair } = await import('../../lib');
    const refusals = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const ivr = await startIvr({
      port: 0,
      publicKey: generateWebhookTestKeyPair(1024).publicKey,
      hostname: '127.0.0.1',
    });
    try {
      await createSettingsModule(client).setIncomingUrl(`http://127.0.0.1:${ivr.address().port}`);
      await expect(sandbox.call()).resolves.toMatchObject({ outcome: 'failed' });
      expect(refusals).toHaveBeenCalledWith(expect.stringContaining('signature does not match'), expect.anything());
    } finally {
      refusals.mockRestore();
      await ivr.stop();
    }
  });

  it('click-to-call records the call and posts newCall to the outgoing URL', async () => {
    const ivr = await startIvr({ port: 0, publicKey: sandbox.webhookPublicKey, hostname: '127.0.0.1' });
    try {
      await createSettingsModule(client).setOutgoingUrl(`http://127.0.0.1:${ivr.address().port}`);
      const { sessionId } = await createCallModule(client).initiate({
        from: 'e0',
        to: '+4921165432',
        callerId: '+4921100000000',
      });
      for (let i = 0; i < 50 && !sandbox.calls[0]?.outcome; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sandbox.calls[0]).toMatchObject({ id: sessionId, direction: 'out', to: '+4921165432', deviceId: 'e0' });
      expect(sandbox.calls[0].transcript[0]).toContain('+4921165432');
    } finally {
      await ivr.stop();
    }
  });

  it('without a webhook URL, sandbox.call() says how to set one', async () => {
    await expect(sandbox.call()).rejects.toMatchObject({ field: 'webhookUrl' });
  });
});
