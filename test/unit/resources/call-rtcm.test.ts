import nock from 'nock';
import {
  createCallModule,
  createRTCMModule,
  SipgateIOCallNotFoundError,
  SipgateIONotFoundError,
  SipgateIOValidationError,
} from '../../../lib';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

describe('call.initiate', () => {
  it.each([
    ['extension → number', { from: 'e14', to: '+4921165432' }, { caller: 'e14', callee: '+4921165432' }],
    [
      'with callerId',
      { from: 'p0', to: '0211 65432', callerId: '+4917012345678' },
      { caller: 'p0', callee: '+4921165432', callerId: '+4917012345678' },
    ],
    [
      'extension with callerId and deviceId',
      { from: 'x1', to: '+4921165432', callerId: '+4917012345678', deviceId: 'e2' },
      { caller: 'x1', callee: '+4921165432', callerId: '+4917012345678', deviceId: 'e2' },
    ],
    [
      'number with deviceId',
      { from: '+4921123456', deviceId: 'e14', to: '+4921165432' },
      { caller: '+4921123456', callee: '+4921165432', deviceId: 'e14' },
    ],
    [
      'extension with deviceId',
      { from: 'y0', deviceId: 'e14', to: '+4921165432' },
      { caller: 'y0', callee: '+4921165432', deviceId: 'e14' },
    ],
    [
      'number with callerId and deviceId',
      { from: '+4921123456', callerId: '+4917012345678', deviceId: 'e14', to: '+4921165432' },
      { caller: '+4921123456', callee: '+4921165432', callerId: '+4917012345678', deviceId: 'e14' },
    ],
  ])('sends the %s combination', async (_label, callData, body) => {
    nock(API).post('/sessions/calls', body).reply(200, { sessionId: 'C1' });
    await expect(createCallModule(testClient()).initiate(callData)).resolves.toEqual({ sessionId: 'C1' });
  });

  it.each([
    ['a number as from without deviceId', { from: '+4921123456', to: '+4921165432' }, 'deviceId'],
    ['an extension as to', { from: 'e0', to: 'e1' }, 'to'],
    ['a web user as from', { from: 'w0', to: '+4921165432' }, 'from'],
    ['an invalid deviceId type', { from: 'e0', to: '+4921165432', deviceId: 's0' }, 'deviceId'],
    ['an invalid callerId', { from: 'e0', to: '+4921165432', callerId: 'me' }, 'callerId'],
    ['an invalid to', { from: 'e0', to: '+49' }, 'to'],
  ])('rejects %s, naming the field', async (_label, callData, field) => {
    const error = await createCallModule(testClient())
      .initiate(callData)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect((error as SipgateIOValidationError).field).toBe(field);
  });
});

describe('RTCM', () => {
  const call = { callId: 'CALL/1', muted: false, recording: false, hold: false, participants: [] };
  const rtcm = () => createRTCMModule(testClient());

  it('lists established calls', async () => {
    nock(API)
      .get('/calls')
      .reply(200, { data: [call] });
    await expect(rtcm().getEstablishedCalls()).resolves.toEqual([call]);
  });

  it.each([
    ['mute', (m: ReturnType<typeof rtcm>) => m.mute(call, true), 'put', '/calls/CALL%2F1/muted', { value: true }],
    ['hold', (m: ReturnType<typeof rtcm>) => m.hold('c2', false), 'put', '/calls/c2/hold', { value: false }],
    [
      'record',
      (m: ReturnType<typeof rtcm>) => m.record('c2', { value: true, announcement: false }),
      'put',
      '/calls/c2/recording',
      { value: true, announcement: false },
    ],
    [
      'announce',
      (m: ReturnType<typeof rtcm>) => m.announce('c2', 'https://example.com/a.wav'),
      'post',
      '/calls/c2/announcements',
      { url: 'https://example.com/a.wav' },
    ],
    [
      'transfer',
      (m: ReturnType<typeof rtcm>) => m.transfer('c2', { attended: true, phoneNumber: '0157 999 12345' }),
      'post',
      '/calls/c2/transfer',
      { attended: true, phoneNumber: '+4915799912345' },
    ],
    [
      'sendDTMF',
      (m: ReturnType<typeof rtcm>) => m.sendDTMF('c2', '0123*#abcd'),
      'post',
      '/calls/c2/dtmf',
      { sequence: '0123*#ABCD' },
    ],
  ] as const)('%s sends the right request', async (_label, act, method, path, body) => {
    nock(API)[method](path, body).reply(204);
    await act(rtcm());
  });

  it('hangUp deletes the call', async () => {
    nock(API).delete('/calls/c2').reply(204);
    await rtcm().hangUp('c2');
  });

  it('turns a 404 into a typed call-not-found error', async () => {
    nock(API).delete('/calls/gone').reply(404);
    const error = await rtcm()
      .hangUp({ callId: 'gone' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOCallNotFoundError);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(error).toMatchObject({ callId: 'gone', status: 404 });
  });

  it.each([
    ['DTMF with letters out of range', (m: ReturnType<typeof rtcm>) => m.sendDTMF('c', '12E'), 'sequence'],
    ['empty DTMF', (m: ReturnType<typeof rtcm>) => m.sendDTMF('c', ''), 'sequence'],
    ['a relative announcement URL', (m: ReturnType<typeof rtcm>) => m.announce('c', '/a.wav'), 'announcement'],
    ['a missing call id', (m: ReturnType<typeof rtcm>) => m.hangUp({} as never), 'call.callId'],
    ['a non-boolean mute', (m: ReturnType<typeof rtcm>) => m.mute('c', 'yes' as never), 'status'],
    [
      'an invalid transfer target',
      (m: ReturnType<typeof rtcm>) => m.transfer('c', { attended: false, phoneNumber: 'x' }),
      'transferOptions.phoneNumber',
    ],
  ])('rejects %s before any request', async (_label, act, field) => {
    const error = await act(rtcm()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect((error as SipgateIOValidationError).field).toBe(field);
  });
});
