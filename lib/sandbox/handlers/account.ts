/**
 * The account's set-up: users, devices, phone lines (with devices and forwardings), groups,
 * numbers, fax lines, SMS extensions, the blacklist and the webhook settings. Unknown ids are
 * 404, as on sipgate; what is not kept here is answered from the contract's examples.
 */
import { newId, type SandboxState } from '../state';
import {
  errorReply,
  notFound,
  ok,
  page,
  publicRow,
  type HandlerContext,
  type HandlerTable,
  type Reply,
} from './context';

type Body = Record<string, unknown>;
type Row = Record<string, unknown> & { id: string };

const id = (context: HandlerContext, name: string): string => String(context.params[name]);
const body = (context: HandlerContext): Body => (context.body ?? {}) as Body;

/** Runs `then` with the row of `list` whose id is the path parameter `name`, or answers 404. */
function withRow<T extends Row>(
  context: HandlerContext,
  list: readonly T[],
  name: string,
  what: string,
  then: (row: T) => Reply | void,
): Reply {
  const row = list.find((candidate) => candidate.id === id(context, name));
  if (!row) return notFound(what, context.params[name]);
  return then(row) ?? ok(context);
}

const withUser = (context: HandlerContext, then: (user: Row) => Reply | void): Reply =>
  withRow(context, context.state.users as Row[], 'userId', 'user', then);

function withPhoneline(
  context: HandlerContext,
  then: (line: SandboxState['phonelines'][number]) => Reply | void,
): Reply {
  return withUser(context, (user) =>
    withRow(
      context,
      context.state.phonelines.filter((line) => line.owner === user.id),
      'phonelineId',
      'phone line',
      then,
    ),
  );
}

function withSmsExtension(
  context: HandlerContext,
  then: (callerIds: SandboxState['smsCallerIds'][string]) => Reply | void,
): Reply {
  return withUser(context, (user) =>
    withRow(
      context,
      context.state.smsExtensions.filter((extension) => extension.owner === user.id),
      'smsId',
      'SMS extension',
      (extension) => then((context.state.smsCallerIds[extension.id] ??= [])),
    ),
  );
}

function withSmsCallerId(
  context: HandlerContext,
  then: (
    callerId: SandboxState['smsCallerIds'][string][number],
    callerIds: SandboxState['smsCallerIds'][string],
  ) => Reply | void,
): Reply {
  return withSmsExtension(context, (callerIds) => {
    const callerId = callerIds.find((candidate) => candidate.id === context.params.callerId);
    if (!callerId) return notFound('caller ID', context.params.callerId);
    return then(callerId, callerIds);
  });
}

const items = <T extends Record<string, unknown>>(rows: readonly T[]): { items: Array<Omit<T, 'owner'>> } => ({
  items: rows.map(publicRow),
});

function deviceRows(state: SandboxState, ids: readonly string[]): Array<Record<string, unknown>> {
  return state.devices.filter((device) => ids.includes(device.id)).map(publicRow);
}

export const accountHandlers: HandlerTable = {
  // Users
  'GET /users': (context) => ok(context, { items: context.state.users.map((user) => ({ ...user })) }),
  'GET /users/{userId}': (context) => withUser(context, (user) => ok(context, { ...user })),
  'DELETE /users/{userId}': (context) =>
    withUser(context, (user) => {
      context.state.users = context.state.users.filter((candidate) => candidate !== user);
      return { status: 204 };
    }),
  'PUT /users/{userId}/busyonbusy': (context) =>
    withUser(context, (user) => void (user.busyOnBusy = Boolean(body(context).enabled))),
  'PUT /users/{userId}/defaultdevice': (context) =>
    withUser(context, (user) => {
      user.defaultDevice = String(body(context).deviceId);
    }),
  'PUT /users/{userId}/location': (context) =>
    withUser(context, (user) => void (user.addressId = body(context).addressId)),
  'PUT /users/{userId}/role': (context) =>
    withUser(context, (user) => void (user.admin = Boolean(body(context).admin))),

  // Devices
  'GET /{userId}/devices': (context) =>
    withUser(context, (user) => ok(context, items(context.state.devices.filter((device) => device.owner === user.id)))),
  'POST /{userId}/devices': (context) =>
    withUser(context, (user) => {
      const device = {
        id: newId(context.state, 'e'),
        owner: user.id,
        alias: String(body(context).alias ?? 'New device'),
        type: String(body(context).type),
        online: false,
        dnd: false,
        activePhonelines: [],
        activeGroups: [],
      };
      context.state.devices.push(device);
      return ok(context, publicRow(device));
    }),
  'GET /devices/{deviceId}': (context) =>
    withRow(context, context.state.devices, 'deviceId', 'device', (device) => ok(context, publicRow(device))),
  'PUT /devices/{deviceId}': (context) =>
    withRow(
      context,
      context.state.devices,
      'deviceId',
      'device',
      (device) => void (typeof body(context).dnd === 'boolean' && (device.dnd = body(context).dnd)),
    ),
  'PUT /devices/{deviceId}/alias': (context) =>
    withRow(
      context,
      context.state.devices,
      'deviceId',
      'device',
      (device) => void (device.alias = String(body(context).value ?? device.alias)),
    ),
  'DELETE /devices/{deviceId}': (context) =>
    withRow(context, context.state.devices, 'deviceId', 'device', (device) => {
      context.state.devices = context.state.devices.filter((candidate) => candidate !== device);
    }),

  // Phone lines, their devices and forwardings
  'GET /{userId}/phonelines': (context) =>
    withUser(context, (user) => ok(context, items(context.state.phonelines.filter((line) => line.owner === user.id)))),
  'POST /{userId}/phonelines': (context) =>
    withUser(context, (user) => {
      const line = { id: newId(context.state, 'p'), owner: user.id, alias: 'New phone line' };
      context.state.phonelines.push(line);
      context.state.phonelineDevices[line.id] = [];
      context.state.forwardings[line.id] = [];
      context.state.parallelForwardings[line.id] = [];
      return ok(context, publicRow(line));
    }),
  'GET /{userId}/phonelines/{phonelineId}': (context) => withPhoneline(context, (line) => ok(context, publicRow(line))),
  'PUT /{userId}/phonelines/{phonelineId}': (context) =>
    withPhoneline(
      context,
      (line) => void (typeof body(context).alias === 'string' && (line.alias = body(context).alias)),
    ),
  'DELETE /{userId}/phonelines/{phonelineId}': (context) =>
    withPhoneline(context, (line) => {
      context.state.phonelines = context.state.phonelines.filter((candidate) => candidate !== line);
    }),
  'GET /{userId}/phonelines/{phonelineId}/devices': (context) =>
    withPhoneline(context, (line) =>
      ok(context, { items: deviceRows(context.state, context.state.phonelineDevices[line.id] ?? []) }),
    ),
  'POST /{userId}/phonelines/{phonelineId}/devices': (context) =>
    withPhoneline(context, (line) => {
      const deviceId = String(body(context).deviceId);
      const list = (context.state.phonelineDevices[line.id] ??= []);
      if (!list.includes(deviceId)) list.push(deviceId);
    }),
  'DELETE /{userId}/phonelines/{phonelineId}/devices/{deviceId}': (context) =>
    withPhoneline(context, (line) => {
      context.state.phonelineDevices[line.id] = (context.state.phonelineDevices[line.id] ?? []).filter(
        (deviceId) => deviceId !== id(context, 'deviceId'),
      );
    }),
  'GET /{userId}/phonelines/{phonelineId}/forwardings': (context) =>
    withPhoneline(context, (line) =>
      ok(context, { items: (context.state.forwardings[line.id] ?? []).map((row) => ({ ...row })) }),
    ),
  'PUT /{userId}/phonelines/{phonelineId}/forwardings': (context) =>
    withPhoneline(context, (line) => {
      context.state.forwardings[line.id] = ((body(context).forwardings ?? []) as Body[]).map((row) => ({ ...row }));
    }),
  'GET /{userId}/phonelines/{phonelineId}/parallelforwardings': (context) =>
    withPhoneline(context, (line) =>
      ok(context, { items: (context.state.parallelForwardings[line.id] ?? []).map((row) => ({ ...row })) }),
    ),
  'POST /{userId}/phonelines/{phonelineId}/parallelforwardings': (context) =>
    withPhoneline(context, (line) => {
      (context.state.parallelForwardings[line.id] ??= []).push({ ...body(context), id: newId(context.state, 'pf') });
    }),
  'PUT /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}': (context) =>
    withPhoneline(context, (line) =>
      withRow(
        context,
        context.state.parallelForwardings[line.id] ?? [],
        'parallelForwardingId',
        'parallel forwarding',
        (row) => void Object.assign(row, body(context), { id: row.id }),
      ),
    ),
  'DELETE /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}': (context) =>
    withPhoneline(context, (line) =>
      withRow(
        context,
        context.state.parallelForwardings[line.id] ?? [],
        'parallelForwardingId',
        'parallel forwarding',
        (row) => {
          context.state.parallelForwardings[line.id] = (context.state.parallelForwardings[line.id] ?? []).filter(
            (candidate) => candidate !== row,
          );
        },
      ),
    ),
  'GET /{userId}/phonelines/{phonelineId}/numbers': (context) =>
    withPhoneline(context, (line) =>
      ok(context, {
        items: context.state.numbers.filter((number) => number.endpointId === line.id).map((number) => ({ ...number })),
      }),
    ),

  // Groups
  'GET /groups': (context) => ok(context, { items: context.state.groups.map((group) => ({ ...group })) }),
  'GET /groups/{groupId}': (context) =>
    withRow(context, context.state.groups, 'groupId', 'group', (group) => ok(context, { ...group })),
  'POST /groups/{groupId}/devices': (context) =>
    withRow(context, context.state.groups, 'groupId', 'group', (group) => {
      const list = (context.state.groupDevices[group.id] ??= []);
      const deviceId = String(body(context).deviceId);
      if (!list.includes(deviceId)) list.push(deviceId);
    }),
  'DELETE /groups/{groupId}/devices/{deviceId}': (context) =>
    withRow(context, context.state.groups, 'groupId', 'group', (group) => {
      context.state.groupDevices[group.id] = (context.state.groupDevices[group.id] ?? []).filter(
        (deviceId) => deviceId !== id(context, 'deviceId'),
      );
    }),
  'GET /groups/{groupId}/numbers': (context) =>
    withRow(context, context.state.groups, 'groupId', 'group', (group) =>
      ok(context, {
        items: context.state.numbers
          .filter((number) => number.endpointId === group.id)
          .map((number) => ({ ...number })),
      }),
    ),

  // Numbers
  'GET /numbers': (context) =>
    ok(
      context,
      page(
        context.state.numbers.map((number) => ({ ...number })),
        context.params,
      ),
    ),
  'PUT /numbers/{numberId}': (context) =>
    withRow(context, context.state.numbers, 'numberId', 'number', (number) => {
      if (typeof body(context).endpointId === 'string') number.endpointId = body(context).endpointId;
    }),

  // Fax lines and SMS extensions
  'GET /{userId}/faxlines': (context) =>
    withUser(context, (user) => ok(context, items(context.state.faxlines.filter((line) => line.owner === user.id)))),
  'GET /{userId}/sms': (context) =>
    withUser(context, (user) =>
      ok(context, items(context.state.smsExtensions.filter((extension) => extension.owner === user.id))),
    ),

  // SMS caller IDs: a new one starts unverified; the sandbox sends no code, so any code verifies it.
  'GET /{userId}/sms/{smsId}/callerids': (context) =>
    withSmsExtension(context, (callerIds) => ok(context, { items: callerIds.map((callerId) => ({ ...callerId })) })),
  'POST /{userId}/sms/{smsId}/callerids': (context) =>
    withSmsExtension(context, (callerIds) => {
      const phonenumber = body(context).phonenumber;
      if (typeof phonenumber !== 'string' || phonenumber.trim() === '')
        return errorReply(400, 'Invalid body.phonenumber: is required.', '/body/phonenumber');
      if (callerIds.some((callerId) => callerId.phonenumber === phonenumber)) return undefined;
      const next = callerIds.reduce((highest, callerId) => Math.max(highest, callerId.id + 1), 0);
      callerIds.push({ id: next, phonenumber, verified: false, defaultNumber: false });
    }),
  'PUT /{userId}/sms/{smsId}/callerids/{callerId}': (context) =>
    withSmsCallerId(context, (callerId, callerIds) => {
      if (body(context).defaultNumber !== true) callerId.defaultNumber = false;
      else for (const candidate of callerIds) candidate.defaultNumber = candidate === callerId;
    }),
  'DELETE /{userId}/sms/{smsId}/callerids/{callerId}': (context) =>
    withSmsCallerId(context, (callerId, callerIds) => {
      callerIds.splice(callerIds.indexOf(callerId), 1);
    }),
  'POST /{userId}/sms/{smsId}/callerids/{callerId}/verification': (context) =>
    withSmsCallerId(context, (callerId) => {
      callerId.verified = true;
    }),

  // Blacklist
  'GET /blacklist/incoming': (context) => ok(context, { items: context.state.blacklist.map((row) => ({ ...row })) }),
  'POST /blacklist/incoming': (context) => {
    const phoneNumber = String(body(context).phoneNumber);
    context.state.blacklist = context.state.blacklist.filter((row) => row.phoneNumber !== phoneNumber);
    context.state.blacklist.push({ phoneNumber, isBlock: body(context).isBlock !== false });
    return { status: 201 };
  },
  'DELETE /blacklist/incoming/{phoneNumber}': (context) => {
    const before = context.state.blacklist.length;
    context.state.blacklist = context.state.blacklist.filter((row) => row.phoneNumber !== id(context, 'phoneNumber'));
    return context.state.blacklist.length === before
      ? notFound('blacklist entry', context.params.phoneNumber)
      : ok(context);
  },

  // Webhook settings (the push API's URLs)
  'GET /settings/sipgateio': (context) => ok(context, { ...context.state.settings }),
  'PUT /settings/sipgateio': (context) => {
    const { incomingUrl, outgoingUrl, log, whitelist } = body(context);
    context.state.settings = {
      incomingUrl: String(incomingUrl ?? ''),
      outgoingUrl: String(outgoingUrl ?? ''),
      log: typeof log === 'boolean' ? log : context.state.settings.log,
      whitelist: Array.isArray(whitelist)
        ? whitelist.map(String)
        : whitelist === null
          ? null
          : context.state.settings.whitelist,
    };
    context.note(
      'webhook',
      `Webhook URLs set: incoming ${context.state.settings.incomingUrl || '(none)'}, outgoing ${context.state.settings.outgoingUrl || '(none)'}`,
    );
    return ok(context);
  },
};
