/**
 * The PBX modules (#25 item 9) sent phone numbers as typed: a forwarding to `0157 999 12345` or a
 * blacklist entry `abc` reached the wire unchanged. Every field of the contract's request bodies
 * (and paths) that holds a phone number is now validated and normalised to E.164 as `sms` and
 * `call` do, in one place: `sendRoute` normalises the fields each module declares next to its
 * route table (lib/core/route-phone-numbers.ts).
 */
import nock from 'nock';
import {
  createBlacklistModule,
  createDevicesModule,
  createFaxlinesModule,
  createNotificationsModule,
  createPhonelinesModule,
  createSMSModule,
  SipgateIOValidationError,
} from '../../../lib';
import { ROUTE_PHONE_NUMBER_FIELDS } from '../../helpers/phone-fields';
import { operationsOf, readSpec, applyOverlay } from '../../../scripts/contract-overlay';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

const E164 = '+4915799912345';
const NATIONAL = '0157 999 12345';

/** Records the JSON body of one request. */
function expectBody(method: 'post' | 'put', path: string): { body: () => unknown } {
  let seen: unknown;
  const scope = nock(API);
  scope[method](path, (body: unknown) => {
    seen = body;
    return true;
  }).reply(204);
  return { body: () => seen };
}

async function refusedBeforeSending(promise: Promise<unknown>, field: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SipgateIOValidationError);
  expect((error as SipgateIOValidationError).field).toBe(field);
  expect((error as Error).message).not.toContain('abc');
  // isolateNetwork fails the test on any request nock did not expect
}

describe('phone numbers in PBX request bodies are normalised to E.164', () => {
  it('a forwarding to a national number; an extension as destination stays as it is', async () => {
    const request = expectBody('put', '/w0/phonelines/p0/forwardings');
    const body = {
      forwardings: [
        { destination: NATIONAL, active: true, timeout: 20 },
        { destination: 'v0', active: true, timeout: 0 },
      ],
    };
    await createPhonelinesModule(testClient()).setForwardings('w0', 'p0', body);
    expect(request.body()).toEqual({
      forwardings: [
        { destination: E164, active: true, timeout: 20 },
        { destination: 'v0', active: true, timeout: 0 },
      ],
    });
    expect(body.forwardings[0].destination).toBe(NATIONAL); // the caller's object is not changed
  });

  it('parallel forwardings, added and changed', async () => {
    const added = expectBody('post', '/w0/phonelines/p0/parallelforwardings');
    const changed = expectBody('put', '/w0/phonelines/p0/parallelforwardings/pf0');
    const phonelines = createPhonelinesModule(testClient());
    await phonelines.addParallelForwarding('w0', 'p0', { destination: NATIONAL, alias: 'Mobile', active: true });
    await phonelines.changeParallelForwarding('w0', 'p0', 'pf0', {
      destination: '+49 157 999 12345',
      alias: 'Mobile',
      active: false,
    });
    expect(added.body()).toMatchObject({ destination: E164 });
    expect(changed.body()).toMatchObject({ destination: E164 });
  });

  it('a blacklist entry, and its removal by the same number', async () => {
    const request = expectBody('post', '/blacklist/incoming');
    nock(API)
      .delete(`/blacklist/incoming/${encodeURIComponent(E164)}`)
      .reply(204);
    const blacklist = createBlacklistModule(testClient());
    await blacklist.addIncoming({ phoneNumber: NATIONAL, isBlock: false });
    await blacklist.removeIncoming(NATIONAL);
    expect(request.body()).toEqual({ phoneNumber: E164, isBlock: false });
  });

  it('a blacklist prefix (isBlock: true) in international form', async () => {
    const request = expectBody('post', '/blacklist/incoming');
    await createBlacklistModule(testClient()).addIncoming({ phoneNumber: '0049 900', isBlock: true });
    expect(request.body()).toEqual({ phoneNumber: '+49900', isBlock: true });
  });

  it('device and fax-line caller IDs, external device numbers, SMS and notification numbers', async () => {
    const client = testClient();
    const requests = [
      expectBody('put', '/devices/e0/callerid'),
      expectBody('put', '/devices/x0/external/targetnumber'),
      expectBody('post', '/w0/devices/external'),
      expectBody('put', '/w0/faxlines/f0/callerid'),
      expectBody('post', '/w0/notifications/call/sms'),
      expectBody('post', '/w0/notifications/fax/sms'),
      expectBody('post', '/w0/notifications/voicemail/sms'),
      expectBody('post', '/w0/sms/s0/callerids'),
    ];
    const devices = createDevicesModule(client);
    const notifications = createNotificationsModule(client);
    await devices.setCallerId('e0', { value: NATIONAL });
    await devices.setExternalTargetNumber('x0', { number: NATIONAL });
    await devices.createExternal('w0', { number: NATIONAL, alias: 'Home' });
    await createFaxlinesModule(client).setCallerId('w0', 'f0', { value: NATIONAL });
    await notifications.addCallSms('w0', { number: NATIONAL } as never);
    await notifications.addFaxSms('w0', { number: NATIONAL, faxlineId: 'f0' } as never);
    await notifications.addVoicemailSms('w0', { number: NATIONAL } as never);
    await createSMSModule(client).addCallerId('w0', 's0', { phonenumber: NATIONAL });
    expect(requests.map((request) => request.body())).toEqual([
      { value: E164 },
      { number: E164 },
      { number: E164, alias: 'Home' },
      { value: E164 },
      expect.objectContaining({ number: E164 }),
      expect.objectContaining({ number: E164 }),
      expect.objectContaining({ number: E164 }),
      { phonenumber: E164 },
    ]);
  });
});

describe('what is not a phone number is refused before anything is sent', () => {
  it.each([
    [
      'a blacklist entry abc',
      () => createBlacklistModule(testClient()).addIncoming({ phoneNumber: 'abc', isBlock: false }),
      'request.body.phoneNumber',
    ],
    [
      'a blacklist prefix abc',
      () => createBlacklistModule(testClient()).addIncoming({ phoneNumber: 'abc', isBlock: true }),
      'request.body.phoneNumber',
    ],
    [
      'a short number without isBlock',
      () => createBlacklistModule(testClient()).addIncoming({ phoneNumber: '+49900', isBlock: false }),
      'request.body.phoneNumber',
    ],
    [
      'a blacklist prefix in national form',
      () => createBlacklistModule(testClient()).addIncoming({ phoneNumber: '0900', isBlock: true }),
      'request.body.phoneNumber',
    ],
    ['removing abc', () => createBlacklistModule(testClient()).removeIncoming('abc'), 'request.path.phoneNumber'],
    [
      'a forwarding to abc',
      () =>
        createPhonelinesModule(testClient()).setForwardings('w0', 'p0', {
          forwardings: [{ destination: 'abc', active: true, timeout: 20 }],
        }),
      'request.body.forwardings[0].destination',
    ],
    [
      'a parallel forwarding to 0157 (too short)',
      () =>
        createPhonelinesModule(testClient()).addParallelForwarding('w0', 'p0', {
          destination: '0157',
          alias: 'x',
          active: true,
        }),
      'request.body.destination',
    ],
    [
      'a device caller ID of another type',
      () => createDevicesModule(testClient()).setCallerId('e0', { value: 42 as never }),
      'request.body.value',
    ],
  ])('%s', async (_name, send, field) => {
    await refusedBeforeSending(send(), field);
  });
});

describe('the table holds every phone-number field of the contract', () => {
  // The contract gives no format for phone numbers; its examples do (YAML reads +4915799912345 as a number).
  const phoneExample = (value: unknown): boolean => typeof value === 'number' && value > 1e8;
  const NOT_IN_A_TABLE = new Set([
    // Contacts are an address book: their numbers are what the user typed (the contacts module's own business).
    'POST /contacts body.numbers[].number',
    'PUT /contacts/{contactId} body.numbers[].number',
    // Sent by sms.send, call.initiate, fax.send and rtcm.transfer, which validate and normalise them
    // themselves; client.request sends a body as given.
    'POST /sessions/sms body.recipient',
    'POST /sessions/calls body.callee',
    'POST /sessions/calls body.callerId',
    'POST /sessions/fax body.recipient',
    'POST /calls/{callId}/transfer body.phoneNumber',
    'POST /calls/{callId}/transfer body.callerId',
  ]);

  it('every string field whose example is a phone number is in the table, and the table names nothing else', () => {
    type Json = Record<string, unknown> & { $ref?: string };
    const spec = applyOverlay(readSpec()) as Json;
    const resolve = (node: unknown): Json => {
      let current = node as Json;
      while (current?.$ref)
        current = current.$ref
          .replace('#/', '')
          .split('/')
          .reduce((n: Json, key) => n[key] as Json, spec);
      return current;
    };
    const found = new Set<string>();
    const walk = (schema: unknown, at: string): void => {
      const node = resolve(schema);
      if (!node || typeof node !== 'object') return;
      for (const key of ['allOf', 'oneOf', 'anyOf']) for (const part of (node[key] as unknown[]) ?? []) walk(part, at);
      if (node.items) walk(node.items, `${at}[]`);
      for (const [name, property] of Object.entries((node.properties as Record<string, unknown>) ?? {})) {
        const resolved = resolve(property);
        const example = resolved.example ?? (node.example as Record<string, unknown> | undefined)?.[name];
        if (resolved.type === 'string' && phoneExample(example)) found.add(`${at}.${name}`);
        walk(resolved, `${at}.${name}`);
      }
    };
    for (const { method, path, operation } of operationsOf(spec)) {
      const body = resolve(operation.requestBody) as { content?: Record<string, { schema?: unknown }> } | undefined;
      const schema = body?.content?.['application/json']?.schema;
      if (schema) walk(schema, `${method.toUpperCase()} ${path} body`);
    }
    const inTable = new Set(
      Object.entries(ROUTE_PHONE_NUMBER_FIELDS).flatMap(([route, fields]) =>
        Object.keys(fields.body ?? {}).map((at) => `${route} body.${at}`),
      ),
    );
    expect([...found].filter((field) => !inTable.has(field) && !NOT_IN_A_TABLE.has(field)).sort()).toEqual([]);
    expect([...inTable].filter((field) => !found.has(field)).sort()).toEqual([]);
  });
});
