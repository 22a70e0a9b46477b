/**
 * No secret anywhere: every error path runs with recognisable credentials, and every error's
 * message, JSON.stringify output and util.inspect output (with hidden fields and causes), plus
 * everything the logger and the request hooks received, is searched for them. Zero hits.
 */
import { reportFigures } from '../helpers/figures';
import { inspect } from 'node:util';
import nock from 'nock';
import {
  createCallModule,
  createContactsModule,
  createFaxModule,
  createHistoryModule,
  createRTCMModule,
  createSettingsModule,
  createSMSModule,
  playAudioAndHangUp,
  sipgateIO,
  SipgateIOError,
  type SipgateIOClient,
} from '../../lib';

const API = 'https://api.test.invalid/v2';
const TOKEN_ID = 'token-LEAK42';
const TOKEN = '5ec3e700-5c2f-4e1a-9f3c-0b8d6a2e1f47';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ3MCIsImxlYWsiOiJPQVVUSExFQUsifQ.T0FVVEhMRUFLU0lHTkFUVVJF';
const SECRETS = [
  TOKEN,
  JWT,
  'OAUTHLEAK',
  Buffer.from(`${TOKEN_ID}:${TOKEN}`).toString('base64'),
  Buffer.from(`${TOKEN_ID}:${TOKEN}`).toString('base64').slice(8, 40), // any recognisable part of it
];

const captured: unknown[] = [];
const logger = {
  debug: (...args: unknown[]) => captured.push(args),
  warn: (...args: unknown[]) => captured.push(args),
  error: (...args: unknown[]) => captured.push(args),
};
const hooks = {
  onRequest: (event: unknown) => captured.push(event),
  onResponse: (event: unknown) => captured.push(event),
};

function patClient(options = {}): SipgateIOClient {
  return sipgateIO(
    { tokenId: TOKEN_ID, token: TOKEN },
    { baseUrl: API, maxRetries: 1, timeout: 150, logger, ...hooks, ...options },
  );
}
function oauthClient(): SipgateIOClient {
  return sipgateIO({ token: () => JWT }, { baseUrl: API, maxRetries: 0, timeout: 150, logger, ...hooks });
}

const errors: unknown[] = [];
async function collect(work: () => Promise<unknown> | unknown): Promise<void> {
  try {
    await work();
    throw new Error('expected an error');
  } catch (error) {
    if (error instanceof Error && error.message === 'expected an error') throw error;
    errors.push(error);
  }
}

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

it('runs every error path and finds no secret in any error form or log line', async () => {
  jest.spyOn(Math, 'random').mockReturnValue(0);
  // Credential validation, with the secret in the wrong shape.
  await collect(() => sipgateIO({ tokenId: TOKEN_ID, token: `${TOKEN} ` }));
  await collect(() => sipgateIO({ tokenId: TOKEN, token: TOKEN }));
  await collect(() => sipgateIO({ token: TOKEN }));
  await collect(() => sipgateIO({ username: TOKEN_ID, password: '' }));
  await collect(() => sipgateIO({ token: () => TOKEN }, { baseUrl: API }).get('/balance'));

  // Every HTTP status class, for both auth modes, with bodies that echo request data.
  for (const status of [400, 401, 402, 403, 404, 409, 418, 429, 500, 502, 503]) {
    nock(API).get('/balance').times(3).reply(status, { message: 'rejected', error: 'E1' });
    await collect(() => patClient().get('/balance'));
    nock(API).get('/balance').times(3).reply(status, { message: 'rejected' });
    await collect(() => oauthClient().get('/balance'));
  }
  // Network failures, timeouts, aborts, malformed answers, redirects.
  nock(API).get('/x').times(2).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
  await collect(() => patClient().get('/x'));
  nock(API)
    .post('/sessions/sms')
    .replyWithError({ code: 'ECONNREFUSED', message: 'refused' })
    .post('/sessions/sms')
    .replyWithError({ code: 'ECONNREFUSED', message: 'refused' });
  await collect(() => patClient().post('/sessions/sms', {}));
  nock(API).get('/slow').times(2).delay(500).reply(200, {});
  await collect(() => patClient().get('/slow'));
  nock(API).get('/slow').delay(500).reply(200, {});
  await collect(() => patClient().get('/slow', { signal: AbortSignal.timeout(20), timeout: 5000 }));
  nock(API).get('/bad').reply(200, '{"trunc', { 'Content-Type': 'application/json' });
  await collect(() => patClient().get('/bad'));
  nock(API).get('/html').reply(200, '<html/>', { 'Content-Type': 'text/html' });
  await collect(() => patClient().get('/html'));
  nock(API)
    .get('/moved')
    .reply(302, '', { Location: `https://evil.invalid/?token=${TOKEN}` });
  await collect(() => patClient().get('/moved'));
  await collect(() => patClient().get(`https://evil.invalid/${TOKEN}`));

  // Module errors: validation, SMS sender, fax, RTCM, partial failures, settings.
  const client = patClient();
  await collect(() => createSMSModule(client).send({ smsId: 's0', to: TOKEN, message: 'x' }));
  nock(API).get('/authorization/userinfo').reply(200, { sub: 'w0' });
  nock(API)
    .get('/w0/sms')
    .reply(200, { items: [{ id: 's0' }] });
  nock(API).get('/w0/sms/s0/callerids').reply(200, { items: [] });
  await collect(() => createSMSModule(client).send({ from: '+4915799912345', to: '+4915799912345', message: 'x' }));
  nock(API).get('/history/F1').reply(200, { type: 'FAX', faxStatusType: 'FAILED' });
  await collect(() => createFaxModule(client).waitForDelivery('F1'));
  await collect(() =>
    createFaxModule(client).send({ to: '+4921112345678', fileContent: Buffer.from(TOKEN), faxlineId: 'f0' }),
  );
  await collect(() => createCallModule(client).initiate({ from: TOKEN, to: '+4921165432' }));
  nock(API).delete('/calls/gone').reply(404, {});
  await collect(() => createRTCMModule(client).hangUp('gone'));
  nock(API)
    .get('/contacts')
    .query(true)
    .reply(200, { items: [{ id: 'c1', scope: 'SHARED' }] });
  nock(API).delete('/contacts/c1').times(2).reply(500, {}); // retried once: DELETE is idempotent
  await collect(() => createContactsModule(client).deleteAllShared());
  await collect(() => createContactsModule(client).importFromCsvString(`firstname,lastname\n${TOKEN},x`));
  await collect(() => createSettingsModule(client).setIncomingUrl(TOKEN));
  await collect(() => createHistoryModule(client).fetchAll({ types: [TOKEN as never] }));
  // A background failure reported only through the logger.
  nock(API).delete('/calls/c9').times(2).reply(500, {});
  await playAudioAndHangUp({ announcement: 'https://example.com/a.wav', durationMs: 1 }, client, 'c9');
  await new Promise((resolve) => setTimeout(resolve, 200));

  expect(errors.length).toBeGreaterThan(40);
  for (const error of errors) expect(error).toBeInstanceOf(SipgateIOError);
  const forms = errors.flatMap((error) => [
    String((error as Error).message),
    JSON.stringify(error),
    inspect(error, { depth: Infinity, showHidden: true }),
    inspect((error as { cause?: unknown }).cause, { depth: Infinity, showHidden: true }),
    String((error as Error).stack),
  ]);
  const logs = captured.map((entry) => inspect(entry, { depth: Infinity }));
  expect(logs.length).toBeGreaterThan(50);
  const haystack = [...forms, ...logs];
  const hits = SECRETS.flatMap((secret) =>
    haystack.filter((text) => text.includes(secret)).map((text) => `${secret.slice(0, 8)}… in: ${text.slice(0, 200)}`),
  );
  expect(hits).toEqual([]);
  expect(logs.some((line) => line.includes('[REDACTED]'))).toBe(true);
  reportFigures('Secrets', {
    errorPaths: errors.length,
    errorForms: forms.length,
    logLines: logs.length,
    hits: hits.length,
  });
});
