import nock from 'nock';
import {
  createAccountModule,
  createDevicesModule,
  createNumbersModule,
  createSettingsModule,
  createVoicemailsModule,
  SipgateIOValidationError,
} from '../../../lib';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

describe('numbers, devices, voicemails, balance', () => {
  it('getAllNumbers passes pagination and turns mnpState.releasedUntil into a Date', async () => {
    nock(API)
      .get('/numbers')
      .query({ offset: '10', limit: '2' })
      .reply(200, {
        items: [
          {
            id: '1',
            number: '+4915799912345',
            type: 'MOBILE',
            mnpState: { isReleased: true, releasedUntil: '2026-12-31T00:00:00Z' },
          },
          { id: '2', number: '+4921165432', type: 'LANDLINE' },
        ],
        totalCount: 12,
      });
    const response = await createNumbersModule(testClient()).getAllNumbers({ offset: 10, limit: 2 });
    expect(response.totalCount).toBe(12);
    expect(response.items[0].mnpState).toEqual({ isReleased: true, releasedUntil: new Date('2026-12-31T00:00:00Z') });
    expect(response.items[1].mnpState).toBeUndefined();
    await expect(createNumbersModule(testClient()).getAllNumbers({ limit: 0 })).rejects.toMatchObject({
      field: 'pagination.limit',
    });
  });

  it('getDevices, getVoicemails and getBalance', async () => {
    nock(API)
      .get('/w0/devices')
      .reply(200, {
        items: [
          {
            id: 'e0',
            alias: 'Desk',
            type: 'REGISTER',
            online: true,
            dnd: false,
            activePhonelines: [],
            activeGroups: [],
          },
        ],
      });
    nock(API)
      .get('/voicemails')
      .reply(200, {
        items: [{ id: 'v0', alias: 'Mailbox', belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' } }],
      });
    nock(API).get('/balance').reply(200, { amount: 123400, currency: 'EUR' });
    nock(API).get('/balance').reply(200, { currency: 'EUR' });
    await expect(createDevicesModule(testClient()).getDevices('w0')).resolves.toEqual([
      expect.objectContaining({ id: 'e0', online: true }),
    ]);
    await expect(createVoicemailsModule(testClient()).getVoicemails()).resolves.toEqual([
      expect.objectContaining({ id: 'v0' }),
    ]);
    await expect(createAccountModule(testClient()).getBalance()).resolves.toEqual({ amount: 123400, currency: 'EUR' });
    await expect(createAccountModule(testClient()).getBalance()).rejects.toMatchObject({ kind: 'invalid_response' });
    await expect(createDevicesModule(testClient()).getDevices('')).rejects.toBeInstanceOf(SipgateIOValidationError);
  });
});

describe('webhook settings', () => {
  const initial = { incomingUrl: 'https://old.example/in', outgoingUrl: '', log: false, whitelist: null };

  /** A fake settings endpoint with real read/write state, slow enough to expose interleaving. */
  function fakeSettingsServer(start: Record<string, unknown> = initial) {
    let state = { ...start };
    const writes: unknown[] = [];
    nock(API)
      .get('/settings/sipgateio')
      .times(20)
      .reply(async () => {
        const snapshot = { ...state };
        await new Promise((resolve) => setTimeout(resolve, 15));
        return [200, snapshot];
      });
    nock(API)
      .put('/settings/sipgateio')
      .times(20)
      .reply(async (_uri, body) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        state = body as Record<string, unknown>;
        writes.push(body);
        return [204, ''];
      });
    return { state: () => state, writes };
  }

  afterEach(() => nock.cleanAll());

  it.each([
    [
      'setIncomingUrl',
      (s: ReturnType<typeof createSettingsModule>) => s.setIncomingUrl('https://new.example/in'),
      { incomingUrl: 'https://new.example/in' },
    ],
    ['clearIncomingUrl', (s: ReturnType<typeof createSettingsModule>) => s.clearIncomingUrl(), { incomingUrl: '' }],
    [
      'setOutgoingUrl',
      (s: ReturnType<typeof createSettingsModule>) => s.setOutgoingUrl('http://localhost:8080/out'),
      { outgoingUrl: 'http://localhost:8080/out' },
    ],
    ['clearOutgoingUrl', (s: ReturnType<typeof createSettingsModule>) => s.clearOutgoingUrl(), { outgoingUrl: '' }],
    [
      'setWhitelist',
      (s: ReturnType<typeof createSettingsModule>) => s.setWhitelist(['p0', 'g1', 'p0']),
      { whitelist: ['p0', 'g1'] },
    ],
    ['clearWhitelist', (s: ReturnType<typeof createSettingsModule>) => s.clearWhitelist(), { whitelist: [] }],
    ['disableWhitelist', (s: ReturnType<typeof createSettingsModule>) => s.disableWhitelist(), { whitelist: null }],
    ['setLog', (s: ReturnType<typeof createSettingsModule>) => s.setLog(true), { log: true }],
  ])('%s reads, changes one field and writes the rest back', async (_label, act, change) => {
    const server = fakeSettingsServer({ ...initial, whitelist: ['p9'] });
    await act(createSettingsModule(testClient()));
    expect(server.writes).toEqual([{ ...initial, whitelist: ['p9'], ...change }]);
  });

  it('concurrent setters on one client never lose each other’s change', async () => {
    const server = fakeSettingsServer();
    const settings = createSettingsModule(testClient());
    await Promise.all([
      settings.setIncomingUrl('https://a.example/in'),
      settings.setOutgoingUrl('https://b.example/out'),
      settings.setLog(true),
      settings.setWhitelist(['p1']),
    ]);
    expect(server.state()).toEqual({
      incomingUrl: 'https://a.example/in',
      outgoingUrl: 'https://b.example/out',
      log: true,
      whitelist: ['p1'],
    });
  });

  it('returns the settings with defaults for missing fields', async () => {
    nock(API).get('/settings/sipgateio').reply(200, { incomingUrl: 'https://x.example' });
    await expect(createSettingsModule(testClient()).getWebhookSettings()).resolves.toEqual({
      incomingUrl: 'https://x.example',
      outgoingUrl: '',
      log: false,
      whitelist: null,
    });
  });

  it.each([
    ['a relative URL', (s: ReturnType<typeof createSettingsModule>) => s.setIncomingUrl('/hook'), 'url'],
    ['an ftp URL', (s: ReturnType<typeof createSettingsModule>) => s.setOutgoingUrl('ftp://x.example'), 'url'],
    [
      'a device in the whitelist',
      (s: ReturnType<typeof createSettingsModule>) => s.setWhitelist(['e0']),
      'extensions[0]',
    ],
    [
      'a non-array whitelist',
      (s: ReturnType<typeof createSettingsModule>) => s.setWhitelist('p0' as never),
      'extensions',
    ],
    ['a non-boolean log', (s: ReturnType<typeof createSettingsModule>) => s.setLog('on' as never), 'value'],
  ])('rejects %s before any request', async (_label, act, field) => {
    await expect(act(createSettingsModule(testClient()))).rejects.toMatchObject({ kind: 'validation', field });
  });
});
