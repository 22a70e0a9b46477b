import nock from 'nock';
import { createSMSModule, SipgateIOSmsSenderError, SipgateIOServerError, SipgateIOValidationError } from '../../../lib';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();
afterEach(() => jest.useRealTimers());

const userinfo = () => nock(API).get('/authorization/userinfo').reply(200, { sub: 'w0' });
const extensions = () =>
  nock(API)
    .get('/w0/sms')
    .reply(200, { items: [{ id: 's0', alias: 'SMS', callerId: '+4915700000000' }] });
const callerIds = (items: unknown[]) => nock(API).get('/w0/sms/s0/callerids').reply(200, { items });
const registered = [
  { id: 1, phonenumber: '+4915711111111', verified: true, defaultNumber: true },
  { id: 2, phonenumber: '4915722222222', verified: true, defaultNumber: false },
  { id: 3, phonenumber: '+4915733333333', verified: false, defaultNumber: false },
];

describe('SMS via smsId', () => {
  it('posts smsId, the E.164 recipient and the message', async () => {
    nock(API).post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'Hallo Welt' }).reply(204);
    await createSMSModule(testClient()).send({ smsId: 's0', to: '0157 999 12345', message: 'Hallo Welt' });
  });

  it('schedules with sendAt in whole Unix seconds', async () => {
    const sendAt = new Date(Date.now() + 3_600_000 + 123);
    nock(API)
      .post('/sessions/sms', {
        smsId: 's0',
        recipient: '+4915799912345',
        message: 'later',
        sendAt: Math.floor(sendAt.getTime() / 1000),
      })
      .reply(204);
    await createSMSModule(testClient()).schedule({ smsId: 's0', to: '+4915799912345', message: 'later' }, sendAt);
  });

  const future = new Date(Date.now() + 60_000);
  it.each([
    ['an empty message', { smsId: 's0', to: '+4915799912345', message: '' }, undefined, 'message'],
    ['a whitespace message', { smsId: 's0', to: '+4915799912345', message: '  \n' }, undefined, 'message'],
    ['an invalid recipient', { smsId: 's0', to: '12', message: 'x' }, undefined, 'to'],
    ['a missing recipient', { smsId: 's0', message: 'x' }, undefined, 'to'],
    ['a malformed smsId', { smsId: 'w0', to: '+4915799912345', message: 'x' }, undefined, 'smsId'],
    ['neither smsId nor from', { to: '+4915799912345', message: 'x' }, undefined, 'sms'],
    ['sendAt in the past', { smsId: 's0', to: '+4915799912345', message: 'x' }, new Date(Date.now() - 1000), 'sendAt'],
    [
      'sendAt over 30 days ahead',
      { smsId: 's0', to: '+4915799912345', message: 'x' },
      new Date(Date.now() + 31 * 86_400_000),
      'sendAt',
    ],
    ['an invalid Date', { smsId: 's0', to: '+4915799912345', message: 'x' }, new Date('nope'), 'sendAt'],
    ['a string date', { smsId: 's0', to: '+4915799912345', message: 'x' }, '2030-01-01', 'sendAt'],
  ])('rejects %s before any request', async (_label, sms, sendAt, field) => {
    const error = await createSMSModule(testClient())
      .send(sms as never, sendAt as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect((error as SipgateIOValidationError).field).toBe(field);
  });

  it('schedule() requires sendAt', async () => {
    await expect(
      createSMSModule(testClient()).schedule({ smsId: 's0', to: '+4915799912345', message: 'x' }, undefined as never),
    ).rejects.toMatchObject({
      field: 'sendAt',
    });
    expect(future.getTime()).toBeGreaterThan(0);
  });
});

describe('SMS via from (sender switch)', () => {
  it('makes from the default sender, sends, and restores the previous default', async () => {
    userinfo();
    extensions();
    callerIds(registered);
    const order: string[] = [];
    nock(API)
      .put('/w0/sms/s0/callerids/2', { defaultNumber: true })
      .reply(204, () => (order.push('switch'), ''));
    nock(API)
      .post('/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'hi' })
      .reply(204, () => (order.push('send'), ''));
    nock(API)
      .put('/w0/sms/s0/callerids/1', { defaultNumber: true })
      .reply(204, () => (order.push('restore'), ''));
    await createSMSModule(testClient()).send({ from: '015722222222', to: '+4915799912345', message: 'hi' });
    expect(order).toEqual(['switch', 'send', 'restore']);
  });

  it('sends directly when from already is the default', async () => {
    userinfo();
    extensions();
    callerIds(registered);
    nock(API).post('/sessions/sms').reply(204);
    await createSMSModule(testClient()).send({ from: '+4915711111111', to: '+4915799912345', message: 'hi' });
  });

  it('restores the previous default when sending fails', async () => {
    userinfo();
    extensions();
    callerIds(registered);
    nock(API).put('/w0/sms/s0/callerids/2').reply(204);
    nock(API).post('/sessions/sms').reply(500);
    const restore = nock(API).put('/w0/sms/s0/callerids/1', { defaultNumber: true }).reply(204);
    await expect(
      createSMSModule(testClient()).send({ from: '+4915722222222', to: '+4915799912345', message: 'hi' }),
    ).rejects.toBeInstanceOf(SipgateIOServerError);
    expect(restore.isDone()).toBe(true);
  });

  it('distinguishes an unregistered sender from an unverified one', async () => {
    const sms = createSMSModule(testClient());
    userinfo();
    extensions();
    callerIds(registered);
    const unregistered = await sms
      .send({ from: '+4915799999999', to: '+4915799912345', message: 'x' })
      .catch((e: unknown) => e);
    expect(unregistered).toBeInstanceOf(SipgateIOSmsSenderError);
    expect(unregistered).toMatchObject({ reason: 'not_registered', field: 'from' });

    extensions();
    callerIds(registered);
    const unverified = await sms
      .send({ from: '+4915733333333', to: '+4915799912345', message: 'x' })
      .catch((e: unknown) => e);
    expect(unverified).toMatchObject({ reason: 'not_verified' });
  });

  it('reports a user without SMS extension', async () => {
    userinfo();
    nock(API).get('/w0/sms').reply(200, { items: [] });
    await expect(
      createSMSModule(testClient()).send({ from: '+4915722222222', to: '+4915799912345', message: 'x' }),
    ).rejects.toMatchObject({
      reason: 'no_sms_extension',
    });
  });

  it('serialises concurrent sends so their sender switches never interleave', async () => {
    userinfo();
    extensions();
    extensions();
    // Each send reads the caller IDs as the server holds them at that moment.
    const state = registered.map((r) => ({ ...r }));
    const log: string[] = [];
    nock(API)
      .get('/w0/sms/s0/callerids')
      .times(2)
      .reply(200, () => ({ items: state.map((r) => ({ ...r })) }));
    nock(API)
      .put(/\/w0\/sms\/s0\/callerids\/\d+/)
      .times(4)
      .delay(20)
      .reply(204, (uri) => {
        const id = Number(uri.split('/').pop());
        for (const r of state) r.defaultNumber = r.id === id;
        log.push(`default=${id}`);
        return '';
      });
    nock(API)
      .post('/sessions/sms')
      .times(2)
      .delay(20)
      .reply(204, () => {
        log.push(`send as ${state.find((r) => r.defaultNumber)?.id}`);
        return '';
      });
    const sms = createSMSModule(testClient());
    // Make the second caller ID verified so both senders are usable.
    state[2].verified = true;
    await Promise.all([
      sms.send({ from: '+4915722222222', to: '+4915799912345', message: 'a' }),
      sms.send({ from: '+4915733333333', to: '+4915799912345', message: 'b' }),
    ]);
    expect(log).toEqual(['default=2', 'send as 2', 'default=1', 'default=3', 'send as 3', 'default=1']);
    expect(state.find((r) => r.defaultNumber)?.id).toBe(1);
  });
});
