import nock from 'nock';
import { sipgateIO, SipgateIOValidationError, DEFAULT_BASE_URL } from '../../../lib';
import { API, BASIC_HEADER, JWT, TOKEN, TOKEN_ID, isolateNetwork, testClient } from '../../helpers/fixtures';

const pkg = require('../../../package.json') as { name: string; version: string };

isolateNetwork();

describe('credentials', () => {
  it('sends a personal access token as HTTP Basic tokenId:token', async () => {
    nock(API).get('/balance').matchHeader('authorization', BASIC_HEADER).reply(200, { amount: 1, currency: 'EUR' });
    await expect(testClient().get('/balance')).resolves.toEqual({ amount: 1, currency: 'EUR' });
  });

  it('sends an OAuth token as Bearer', async () => {
    nock(API).get('/balance').matchHeader('authorization', `Bearer ${JWT}`).reply(200, {});
    await sipgateIO({ token: JWT }, { baseUrl: API }).get('/balance');
  });

  it('sends legacy username/password as HTTP Basic', async () => {
    const header = `Basic ${Buffer.from('user@example.com:pass:wörd').toString('base64')}`;
    nock(API).get('/balance').matchHeader('authorization', header).reply(200, {});
    await sipgateIO({ username: 'user@example.com', password: 'pass:wörd' }, { baseUrl: API }).get('/balance');
  });

  it('asks a token provider before every request', async () => {
    const tokens = [JWT, `${JWT}2`];
    const provider = jest.fn(async () => tokens.shift() as string);
    nock(API).get('/a').matchHeader('authorization', `Bearer ${JWT}`).reply(200, {});
    nock(API).get('/b').matchHeader('authorization', `Bearer ${JWT}2`).reply(200, {});
    const client = sipgateIO({ token: provider }, { baseUrl: API });
    await client.get('/a');
    await client.get('/b');
    expect(provider).toHaveBeenCalledTimes(2);
  });

  it('after a 401 asks the provider once more and repeats the request once', async () => {
    const provider = jest.fn().mockReturnValueOnce(`${JWT}old`).mockReturnValueOnce(JWT);
    nock(API).post('/sessions/sms').matchHeader('authorization', `Bearer ${JWT}old`).reply(401, {});
    nock(API).post('/sessions/sms').matchHeader('authorization', `Bearer ${JWT}`).reply(204);
    await sipgateIO({ token: provider }, { baseUrl: API, maxRetries: 0 }).post('/sessions/sms', { x: 1 });
    expect(provider).toHaveBeenCalledTimes(2);
  });

  it('gives up after one refresh when the provider keeps failing', async () => {
    const provider = jest.fn(() => JWT);
    nock(API).get('/balance').times(2).reply(401, { message: 'expired' });
    await expect(sipgateIO({ token: provider }, { baseUrl: API }).get('/balance')).rejects.toMatchObject({
      kind: 'authentication',
      status: 401,
    });
    expect(provider).toHaveBeenCalledTimes(2);
  });

  it('does not refresh a static token after a 401', async () => {
    nock(API).get('/balance').once().reply(401, {});
    await expect(sipgateIO({ token: JWT }, { baseUrl: API }).get('/balance')).rejects.toMatchObject({ status: 401 });
  });

  const bad: Array<[string, unknown, string]> = [
    ['no object', undefined, 'credentials'],
    ['a string', TOKEN, 'credentials'],
    ['unknown fields', { apiKey: TOKEN }, 'credentials.apiKey'],
    ['empty tokenId', { tokenId: '', token: TOKEN }, 'credentials.tokenId'],
    ['tokenId without prefix', { tokenId: 'ABC123', token: TOKEN }, 'credentials.tokenId'],
    ['tokenId with symbols', { tokenId: 'token-AB/C', token: TOKEN }, 'credentials.tokenId'],
    ['tokenId of wrong type', { tokenId: 42, token: TOKEN }, 'credentials.tokenId'],
    ['empty token', { tokenId: TOKEN_ID, token: '' }, 'credentials.token'],
    ['whitespace token', { tokenId: TOKEN_ID, token: '   ' }, 'credentials.token'],
    ['token with a newline', { tokenId: TOKEN_ID, token: `${TOKEN}\n` }, 'credentials.token'],
    ['token of wrong type', { tokenId: TOKEN_ID, token: 123 }, 'credentials.token'],
    ['OAuth token that is not a JWT', { token: TOKEN }, 'credentials.token'],
    ['OAuth token null', { token: null }, 'credentials.token'],
    ['username without password', { username: 'user@example.com' }, 'credentials.password'],
    ['empty username', { username: ' ', password: TOKEN }, 'credentials.username'],
    // Refused by the established library too (its texts are compared in test/parity/messages.parity.test.ts).
    ['tokenId of seven characters', { tokenId: 'token-ABC1234', token: TOKEN }, 'credentials.tokenId'],
    [
      'personal access token that is not a UUID',
      { tokenId: TOKEN_ID, token: 'ABC123-not-a-uuid' },
      'credentials.token',
    ],
    ['OAuth token whose middle part is not JSON', { token: 'abc.def.ghi' }, 'credentials.token'],
    ['username that is not an e-mail address', { username: 'ada', password: TOKEN }, 'credentials.username'],
    ['password with a space', { username: 'user@example.com', password: `${TOKEN} x` }, 'credentials.password'],
  ];
  it.each(bad)(
    'rejects %s at construction, naming the field without echoing the secret',
    (_label, credentials, field) => {
      let thrown: unknown;
      try {
        sipgateIO(credentials as never, { baseUrl: API });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SipgateIOValidationError);
      expect((thrown as SipgateIOValidationError).field).toBe(field);
      expect((thrown as Error).message).not.toContain(TOKEN);
      expect((thrown as Error).message).not.toContain('ABC123');
    },
  );

  it('rejects a provider that returns a malformed token, before sending', async () => {
    const client = sipgateIO({ token: () => 'not-a-jwt' }, { baseUrl: API });
    await expect(client.get('/balance')).rejects.toMatchObject({ kind: 'validation', field: 'credentials.token()' });
  });

  it('sends nothing at construction', async () => {
    const anyRequest = nock(API).get(/.*/).reply(200, {}).post(/.*/).reply(200, {});
    const client = sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl: API });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(anyRequest.isDone()).toBe(false);
    nock.cleanAll();
    expect(client.info.baseUrl).toBe(API);
  });
});

describe('headers and URLs', () => {
  it('sends the client headers with the version from package.json, and JSON bodies', async () => {
    nock(API)
      .post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'hi' })
      .matchHeader('x-sipgate-client', pkg.name)
      .matchHeader('x-sipgate-version', pkg.version)
      .matchHeader('accept', 'application/json')
      .matchHeader('content-type', 'application/json')
      .reply(204);
    await expect(
      testClient().post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'hi' }),
    ).resolves.toBe(''); // an empty answer is '' (axios's data), as with the established library
  });

  it('merges client and per-request headers but never lets them replace Authorization', async () => {
    nock(API)
      .get('/balance')
      .matchHeader('x-app', 'demo')
      .matchHeader('x-trace', 't1')
      .matchHeader('authorization', BASIC_HEADER)
      .reply(200, {});
    const client = testClient({ headers: { 'X-App': 'demo', authorization: 'Bearer evil' } });
    await client.get('/balance', { headers: { 'X-Trace': 't1', Authorization: 'Bearer evil' } });
  });

  it('encodes array query parameters as repeated keys and dates as ISO strings', async () => {
    nock(API)
      .get('/history')
      .query((query) => {
        expect(query).toEqual({ types: ['CALL', 'SMS'], from: '2026-01-02T03:04:05.000Z', limit: '5' });
        return true;
      })
      .reply(200, { items: [] });
    await testClient().get('/history', {
      query: {
        types: ['CALL', 'SMS'],
        from: new Date('2026-01-02T03:04:05Z'),
        limit: 5,
        archived: undefined,
        starred: null,
      },
    });
  });

  it('uses baseUrl, then SIPGATE_API_URL, then the production default', async () => {
    nock('http://127.0.0.1:9999').get('/v9/balance').reply(200, { ok: 1 });
    await expect(testClient({ baseUrl: 'http://127.0.0.1:9999/v9/' }).get('balance')).resolves.toEqual({ ok: 1 });

    process.env.SIPGATE_API_URL = 'http://env.test.invalid/v2';
    try {
      expect(sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }).info.baseUrl).toBe('http://env.test.invalid/v2');
      expect(sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl: API }).info.baseUrl).toBe(API);
    } finally {
      delete process.env.SIPGATE_API_URL;
    }
    expect(sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }).info.baseUrl).toBe(DEFAULT_BASE_URL);
  });

  it.each([
    ['not a URL', 'api.sipgate.com'],
    ['ftp', 'ftp://api.sipgate.com/v2'],
    ['credentials in the URL', 'https://u:p@api.sipgate.com/v2'],
  ])('rejects a baseUrl that is %s', (_label, baseUrl) => {
    expect(() => sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl })).toThrow(SipgateIOValidationError);
  });

  it('refuses absolute URLs as paths, so requests only go to the base URL', async () => {
    await expect(testClient().get('https://evil.example/steal')).rejects.toMatchObject({
      kind: 'validation',
      field: 'path',
    });
    await expect(testClient().get('//evil.example/steal')).rejects.toMatchObject({ kind: 'validation', field: 'path' });
  });

  it("returns text bodies (CSV) as strings and empty bodies as ''", async () => {
    nock(API).get('/history/export').reply(200, 'id,source\n1,+49', { 'Content-Type': 'text/csv' });
    nock(API).delete('/history/1').reply(204);
    const client = testClient();
    await expect(client.get('/history/export')).resolves.toBe('id,source\n1,+49');
    await expect(client.delete('/history/1')).resolves.toBe('');
  });

  it('reports each attempt to onRequest with the Authorization header redacted, and to onResponse', async () => {
    nock(API).get('/balance').reply(200, {});
    const requests: unknown[] = [];
    const responses: Array<{ status: number }> = [];
    await testClient({ onRequest: (event) => requests.push(event), onResponse: (event) => responses.push(event) }).get(
      '/balance',
    );
    expect(requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/balance',
        attempt: 1,
        headers: expect.objectContaining({ Authorization: '[REDACTED]' }),
      }),
    ]);
    expect(JSON.stringify(requests)).not.toContain(TOKEN);
    expect(responses).toEqual([expect.objectContaining({ status: 200, attempt: 1 })]);
  });
});

describe('userinfo', () => {
  it('caches the web user id after the first success', async () => {
    nock(API)
      .get('/authorization/userinfo')
      .once()
      .reply(200, { sub: 'w0', domain: 'sipgate.de', masterSipId: '1', locale: 'de_DE' });
    const client = testClient();
    await expect(client.getAuthenticatedWebuserId()).resolves.toBe('w0');
    await expect(client.getAuthenticatedWebuserId()).resolves.toBe('w0');
  });

  it('does not cache a failure', async () => {
    nock(API).get('/authorization/userinfo').reply(503);
    nock(API).get('/authorization/userinfo').reply(200, { sub: 'w1' });
    const client = testClient();
    await expect(client.getAuthenticatedWebuserId()).rejects.toMatchObject({ kind: 'server' });
    await expect(client.getAuthenticatedWebuserId()).resolves.toBe('w1');
  });

  it('returns the whole document from getUserInfo and rejects one without sub', async () => {
    nock(API).get('/authorization/userinfo').reply(200, { sub: 'w0', locale: 'de_DE' });
    nock(API).get('/authorization/userinfo').reply(200, { locale: 'de_DE' });
    const client = testClient();
    await expect(client.getUserInfo()).resolves.toEqual({ sub: 'w0', locale: 'de_DE' });
    await expect(client.getUserInfo()).rejects.toMatchObject({ kind: 'invalid_response' });
  });
});

describe('userinfo under concurrency', () => {
  it('shares one lookup between concurrent first callers', async () => {
    nock(API).get('/authorization/userinfo').once().delay(20).reply(200, { sub: 'w7' });
    const client = testClient();
    await expect(
      Promise.all([client.getAuthenticatedWebuserId(), client.getAuthenticatedWebuserId()]),
    ).resolves.toEqual(['w7', 'w7']);
  });
});
