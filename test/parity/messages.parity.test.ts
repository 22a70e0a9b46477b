/**
 * The established package's validation texts, each provoked in both libraries (#25 item 1): where
 * it refuses an input with a fixed text, this SDK refuses the same input, before anything is sent,
 * with a `SipgateIOValidationError` whose `message` starts with that text and never holds the
 * offending value (this SDK's explanation is `detail`). Every validation text the established
 * package has is covered here, or exempted below with its reason, so a text cannot be forgotten.
 */
import nock from 'nock';
import { SipgateIOValidationError } from '../../lib';
import { wav } from '../helpers/wav';
import {
  established,
  establishedFixedMessages,
  fixedTextOf,
  fixedTextProblem,
  runBoth,
  CREDENTIALS,
  type Library,
} from './harness';
import { api } from './scenarios';

const FIXED_TEXTS = establishedFixedMessages();
const DAY = 24 * 60 * 60 * 1000;
const SMS = { smsId: 's0', to: '+4915799912345', message: 'Hi' };
const TO = '+4921165432';
const AUDIO = 'https://audio.example.com';

type Act = (library: Library) => unknown;
interface Case {
  name: string;
  act: Act;
  /** The established fixed text both must start with. */
  text: string;
  /** The offending input, which must not appear in this SDK's message. */
  value?: string;
}

const create =
  (credentials: unknown): Act =>
  (library) => {
    (library.exports.sipgateIO as (c: unknown) => unknown)(credentials);
    return 'created';
  };
const m =
  (factory: string, member: string, ...args: unknown[]): Act =>
  (library) =>
    library.modules[factory][member](...args);
const webhookResponse =
  (member: string, ...args: unknown[]): Act =>
  (library) =>
    (library.exports.WebhookResponse as Record<string, (...a: unknown[]) => unknown>)[member](...args);

const CASES: Case[] = [
  // sipgateIO(credentials): the established client refused these when it was created.
  {
    name: 'a token id of seven characters',
    act: create({ tokenId: 'token-ABC1234', token: CREDENTIALS.token }),
    text: 'Invalid token id',
    value: 'token-ABC1234',
  },
  {
    name: 'a token id without its prefix',
    act: create({ tokenId: 'ABC123', token: CREDENTIALS.token }),
    text: 'Invalid token id',
    value: 'ABC123',
  },
  {
    name: 'a personal access token that is not a UUID',
    act: create({ tokenId: 'token-ABC123', token: 'my-personal-token' }),
    text: 'Invalid personal access token',
    value: 'my-personal-token',
  },
  {
    name: 'an empty personal access token',
    act: create({ tokenId: 'token-ABC123', token: '' }),
    text: 'Invalid personal access token',
  },
  {
    name: 'an OAuth token whose middle part is not JSON',
    act: create({ token: 'header.payload.signature' }),
    text: 'The provided OAuth token is invalid',
    value: 'header.payload.signature',
  },
  {
    name: 'an OAuth token without dots',
    act: create({ token: 'an-opaque-token' }),
    text: 'The provided OAuth token is invalid',
    value: 'an-opaque-token',
  },
  {
    name: 'a username that is not an e-mail address',
    act: create({ username: 'ada-lovelace', password: 'secret' }),
    text: 'Invalid email',
    value: 'ada-lovelace',
  },
  {
    name: 'a password with a space',
    act: create({ username: 'ada@example.com', password: 'open sesame' }),
    text: 'Invalid password',
    value: 'open sesame',
  },
  { name: 'an empty password', act: create({ username: 'ada@example.com', password: '' }), text: 'Invalid password' },

  // SMS, in the established order of checks: sendAt, smsId, recipient, message.
  {
    name: 'SMS: a recipient that is not a phone number',
    act: m('createSMSModule', 'send', { ...SMS, to: 'call-me-maybe' }),
    text: 'Invalid phone number (please provide number in E.164 format):',
    value: 'call-me-maybe',
  },
  {
    name: 'SMS: an invalid recipient and an empty message',
    act: m('createSMSModule', 'send', { ...SMS, to: 'call-me-maybe', message: '' }),
    text: 'Invalid phone number (please provide number in E.164 format):',
  },
  {
    name: 'SMS: an smsId that is not an SMS extension',
    act: m('createSMSModule', 'send', { ...SMS, smsId: 'p0' }),
    text: 'Invalid extension',
    value: 'p0',
  },
  {
    name: 'SMS: neither smsId nor from',
    act: m('createSMSModule', 'send', { to: SMS.to, message: 'Hi' }),
    text: 'smsId is undefined',
  },
  {
    name: 'SMS: sendAt in the past',
    act: m('createSMSModule', 'send', SMS, new Date(Date.now() - 60_000)),
    text: 'Scheduled time must be in future',
  },
  {
    name: 'SMS: sendAt more than 30 days ahead',
    act: m('createSMSModule', 'send', SMS, new Date(Date.now() + 31 * DAY)),
    text: 'Scheduled time should not be further than 30 days in the future',
  },
  {
    name: 'SMS: sendAt not a date',
    act: m('createSMSModule', 'send', SMS, new Date(Number.NaN)),
    text: 'Invalid date format',
  },
  {
    name: 'SMS: sendAt checked before the message',
    act: m('createSMSModule', 'send', { ...SMS, message: '' }, new Date(Date.now() - 60_000)),
    text: 'Scheduled time must be in future',
  },

  // Calls, in the established order of checks: to, from, deviceId, callerId.
  {
    name: 'call: a callee that is not a phone number',
    act: m('createCallModule', 'initiate', { from: 'e0', to: 'call-me-maybe' }),
    text: 'Invalid phone number (please provide number in E.164 format):',
    value: 'call-me-maybe',
  },
  {
    name: 'call: an extension as callee',
    act: m('createCallModule', 'initiate', { from: 'e0', to: 'e1' }),
    text: 'Invalid phone number (please provide number in E.164 format):',
  },
  {
    name: 'call: a caller of another extension type',
    act: m('createCallModule', 'initiate', { from: 'w0', to: TO }),
    text: 'Caller is not a valid extension or phone number',
  },
  {
    name: 'call: a caller that is neither',
    act: m('createCallModule', 'initiate', { from: 'call-me-maybe', to: TO }),
    text: 'Caller is not a valid extension or phone number',
    value: 'call-me-maybe',
  },
  {
    name: 'call: a deviceId of another extension type',
    act: m('createCallModule', 'initiate', { from: '+4921100000001', to: TO, deviceId: 'w0' }),
    text: 'Invalid extension',
  },
  {
    name: 'call: an invalid deviceId is named before an invalid callerId',
    act: m('createCallModule', 'initiate', { from: 'e0', to: TO, deviceId: 'w0', callerId: 'nope' }),
    text: 'Invalid extension',
  },
  {
    name: 'call: a callerId that is not a phone number',
    act: m('createCallModule', 'initiate', { from: 'e0', to: TO, callerId: 'call-me-maybe' }),
    text: 'CallerId is not a valid phone number',
    value: 'call-me-maybe',
  },

  // Webhook settings.
  {
    name: 'settings: an incoming URL without http(s)://',
    act: m('createSettingsModule', 'setIncomingUrl', 'example.com/in'),
    text: 'Invalid webhook URL',
    value: 'example.com/in',
  },
  {
    name: 'settings: an outgoing URL of another scheme',
    act: m('createSettingsModule', 'setOutgoingUrl', 'ftp://example.com/out'),
    text: 'Invalid webhook URL',
    value: 'ftp://example.com/out',
  },
  {
    name: 'settings: a whitelist with a device',
    act: m('createSettingsModule', 'setWhitelist', ['p0', 'e12']),
    text: "Whitelist allows only 'p' and 'g' extensions",
    value: 'e12',
  },

  // History filters.
  {
    name: 'history: a connection id that is not an extension',
    act: m('createHistoryModule', 'fetchAll', { connectionIds: ['p0', 'line-one'] }),
    text: 'Invalid extension',
    value: 'line-one',
  },
  {
    name: 'history export: a connection id that is not an extension',
    act: m('createHistoryModule', 'exportAsCsvString', { connectionIds: ['line-one'] }),
    text: 'Invalid extension',
    value: 'line-one',
  },

  // Real-time call control and fax.
  {
    name: 'RTCM: a DTMF sequence with another character',
    act: m('createRTCMModule', 'sendDTMF', { callId: 'abc' }, '12x'),
    text: 'The provided DTMF sequence is invalid',
  },
  {
    name: 'fax: a file that is not a PDF',
    act: m('createFaxModule', 'send', { to: '+4921112345678', fileContent: Buffer.from('hello'), faxlineId: 'f0' }),
    text: 'Invalid PDF file',
  },

  // Webhook replies.
  {
    name: 'gatherDTMF: maxDigits below 1',
    act: webhookResponse('gatherDTMF', { maxDigits: 0, timeout: 2000 }),
    text: 'Invalid DTMF maxDigits. The max digits should be equal or greater than 1',
  },
  {
    name: 'gatherDTMF: a negative timeout',
    act: webhookResponse('gatherDTMF', { maxDigits: 1, timeout: -1 }),
    text: 'Invalid DTMF timeout. The timeout should be equal or greater than 0',
  },
  {
    name: 'playAudioAndHangUp: an announcement in another format',
    act: (library) => {
      nock(AUDIO)
        .get('/stereo.wav')
        .reply(200, wav({ channels: 2, sampleRate: 44100 }));
      return webhookResponse(
        'playAudioAndHangUp',
        { announcement: `${AUDIO}/stereo.wav` },
        library.client,
        'abc',
        0,
      )(library);
    },
    text: 'Invalid audio format. Please use 16bit PCM WAVE mono audio at 8kHz.',
  },
];

/**
 * The established texts no case above provokes, each with the reason. Texts sipgate's answers
 * produce are compared by the error replay of every scenario (modules.parity.test.ts).
 */
const NOT_PROVOKED_HERE: Record<string, string> = {
  Unauthorized: 'an HTTP answer (401)',
  Forbidden: 'an HTTP answer (403)',
  'Invalid SMS extension': 'an HTTP answer (403 to an SMS request)',
  'Fax was not found': 'an HTTP answer (404)',
  'Invalid filter or pagination input': 'an HTTP answer (400 to a history request)',
  'The requested history event could not be found': 'an HTTP answer (404)',
  'The requested Call could not be found': 'an HTTP answer (404 to an RTCM request)',
  'sipgateIO is not booked for your account (or insufficient scopes)': 'an HTTP answer (403 to a settings request)',
  'Invalid Call object': 'an HTTP answer (400 to a call request)',
  'Insufficient funds': 'an HTTP answer (402 to a call request)',
  'Cannot access extension - not found or forbidden': 'an HTTP answer (403 to a call request)',
  'Invalid pagination input': 'an HTTP answer (400 to a numbers request)',
  'History item is not a fax':
    "sipgate's answer decides it; scenario 'createFaxModule.getFaxStatus: not a fax entry is refused'",
  'Number is not registered as a sender ID in your account':
    "sipgate's caller ID list decides it; scenario 'createSMSModule.send: an unregistered caller ID is refused'",
  'Number is not verified yet': "sipgate's caller ID list decides it; see 'an unverified caller ID' below",
  'Invalid SMS message': "scenario 'createSMSModule.send: an empty message is refused'",
  'DeviceId is required if caller is not an extension':
    "scenario 'createCallModule.initiate: a number without deviceId is refused'",
  'smsId must be assigned': 'defined by the established package but never thrown by it',
  'No default SmsId set':
    "this SDK sends from a caller ID also when none is the default (difference 'sms-default-sender')",
  'Caution! IP address is not from sipgate': "a webhook server's reply, not an error (difference 'webhook-strict')",
  'Signature verification failed.': "a webhook server's reply, not an error (difference 'webhook-strict')",
  'Given serverAddress does not match with Webhook URLs at console.sipgate.com. Follow-Up events will likely fail.':
    'a console message of the established webhook server, not an error',
  'No serverAddress set. No Follow-Up Events will be sent.':
    "this SDK derives serverAddress from hostname and port when none is given (difference 'server-address')",
};

/** The contacts module's texts are compared by the contacts scenarios and tests. */
const CONTACTS_TEXTS = new Set(
  Object.values(
    (require('sipgateio/dist/contacts/errors/handleContactsError') as { ContactsErrorMessage: Record<string, string> })
      .ContactsErrorMessage,
  ),
);

afterEach(() => nock.cleanAll());

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
  it('is refused by both with the established text, before anything is sent here, without the value', async () => {
    const runs = await runBoth(testCase.act, api);
    const theirs = runs.established.outcome;
    const ours = runs.ours.outcome;
    // The case itself is right about the established package.
    expect(theirs.kind).toBe('rejected');
    expect(theirs.kind === 'rejected' && fixedTextOf(theirs.message, FIXED_TEXTS)).toBe(testCase.text);
    expect(ours.kind).toBe('rejected');
    if (theirs.kind !== 'rejected' || ours.kind !== 'rejected') return;
    expect(fixedTextProblem(theirs.message, ours.message, FIXED_TEXTS)).toBeUndefined();
    expect(ours.error).toBeInstanceOf(SipgateIOValidationError);
    expect((ours.error as SipgateIOValidationError).detail).toEqual(expect.any(String));
    if (testCase.value !== undefined) expect(ours.message).not.toContain(testCase.value);
    expect(runs.ours.wire).toEqual([]);
  });
});

describe('what the established package accepts is accepted here', () => {
  const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3MCJ9.c2lnbmF0dXJl';
  it.each([
    ['a personal access token', { tokenId: 'token-ABC123', token: CREDENTIALS.token }],
    ['an upper-case personal access token', { tokenId: 'token-abc123', token: CREDENTIALS.token.toUpperCase() }],
    ['an OAuth token', { token: JWT }],
    ['an e-mail address and password', { username: 'ada.lovelace+sipgate@example.co.uk', password: 'pass:wörd' }],
  ])('%s', async (_name, credentials) => {
    const runs = await runBoth(create(credentials), api);
    expect(runs.established.outcome).toMatchObject({ kind: 'resolved', value: 'created' });
    expect(runs.ours.outcome).toMatchObject({ kind: 'resolved', value: 'created' });
  });

  it('an unverified caller ID as SMS sender: the same text', async () => {
    const router = (request: Parameters<typeof api>[0]): ReturnType<typeof api> =>
      request.method === 'GET' && request.path === '/w0/sms/s0/callerids'
        ? {
            status: 200,
            body: {
              items: [
                { id: 0, phonenumber: '+4915711111111', verified: false, defaultNumber: false },
                { id: 1, phonenumber: 'sipgate', verified: true, defaultNumber: true },
              ],
            },
          }
        : api(request);
    const runs = await runBoth(
      m('createSMSModule', 'send', { from: '+4915711111111', to: SMS.to, message: 'Hi' }),
      router,
    );
    expect(runs.established.outcome).toMatchObject({ kind: 'rejected', message: 'Number is not verified yet' });
    expect(runs.ours.outcome).toMatchObject({ kind: 'rejected', message: 'Number is not verified yet' });
  });
});

it('every validation text of the established package is provoked here or exempted with a reason', () => {
  const covered = new Set(CASES.map((c) => c.text));
  const missing = [...FIXED_TEXTS].filter(
    (text) => !covered.has(text) && !(text in NOT_PROVOKED_HERE) && !CONTACTS_TEXTS.has(text),
  );
  expect(missing).toEqual([]);
  // An exemption for a text the package no longer has is stale.
  expect(Object.keys(NOT_PROVOKED_HERE).filter((text) => !FIXED_TEXTS.has(text))).toEqual([]);
  expect(established.sipgateIO).toEqual(expect.any(Function));
});
