/** SMS, fax and click-to-call: each send costs balance, leaves a history entry and is recorded. */
import { ACCOUNT_NUMBER, newId, PRICES, type SandboxHistoryEntry, type SandboxState } from '../state';
import { errorReply, invalidBase64, notFound, ok, type HandlerContext, type HandlerTable, type Reply } from './context';

type Body = Record<string, unknown>;

/** Charges a send, or answers 402 as sipgate does when the balance does not cover it. */
function charge(state: SandboxState, price: number): Reply | undefined {
  if (state.balance.amount < price) return errorReply(402, 'Insufficient funds: the balance does not cover this send.');
  state.balance.amount -= price;
  return undefined;
}

/** Adds a history entry for a send (newest first, as sipgate lists them). */
export function addHistory(
  state: SandboxState,
  entry: Partial<SandboxHistoryEntry> & Pick<SandboxHistoryEntry, 'type' | 'source' | 'target'>,
): SandboxHistoryEntry {
  const now = new Date().toISOString();
  const direction = entry.direction ?? 'OUTGOING';
  const full: SandboxHistoryEntry = {
    id: entry.id ?? newId(state, ''),
    sourceAlias: '',
    targetAlias: '',
    created: now,
    lastModified: now,
    direction,
    incoming: direction === 'INCOMING' || direction === 'MISSED_INCOMING',
    status: 'PICKUP',
    connectionIds: [],
    read: false,
    archived: false,
    note: '',
    endpoints: [],
    starred: false,
    labels: [],
    ...entry,
  };
  state.history.unshift(full);
  return full;
}

function sendSms(context: HandlerContext): Reply {
  const { state } = context;
  const body = context.body as Body;
  const extension = state.smsExtensions.find((candidate) => candidate.id === body.smsId);
  if (!extension) return notFound('SMS extension', body.smsId);
  const refused = charge(state, PRICES.sms);
  if (refused) return refused;
  const sender =
    state.smsCallerIds[extension.id]?.find((callerId) => callerId.defaultNumber)?.phonenumber ??
    String(extension.callerId ?? ACCOUNT_NUMBER);
  const sendAt = typeof body.sendAt === 'number' ? new Date(body.sendAt * 1000).toISOString() : undefined;
  const entry = addHistory(state, {
    type: 'SMS',
    source: sender,
    target: String(body.recipient),
    connectionIds: [extension.id],
    note: String(body.message),
    endpoints: [{ type: 'ROUTED', endpoint: { extension: extension.id, type: 'SMS' } }],
  });
  state.sms.push({
    id: entry.id,
    smsId: extension.id,
    from: sender,
    to: String(body.recipient),
    message: String(body.message),
    ...(sendAt ? { sendAt } : {}),
    created: entry.created,
  });
  context.note('sms', `SMS to ${String(body.recipient)}${sendAt ? ` at ${sendAt}` : ''}: ${String(body.message)}`, {
    id: entry.id,
  });
  return ok(context);
}

function sendFax(context: HandlerContext): Reply {
  const { state, options } = context;
  const body = context.body as Body;
  const malformed = invalidBase64(body);
  if (malformed) return malformed;
  const faxline = state.faxlines.find((candidate) => candidate.id === body.faxlineId);
  if (!faxline) return notFound('fax line', body.faxlineId);
  const refused = charge(state, PRICES.fax);
  if (refused) return refused;
  const to = String(body.recipient);
  const entry = addHistory(state, {
    type: 'FAX',
    source: ACCOUNT_NUMBER,
    target: to,
    connectionIds: [faxline.id],
    faxStatusType: 'SENDING',
    endpoints: [{ type: 'ROUTED', endpoint: { extension: faxline.id, type: 'FAX' } }],
  });
  const fax = {
    id: entry.id,
    faxlineId: faxline.id,
    to,
    filename: String(body.filename),
    bytes: Math.floor((String(body.base64Content).length * 3) / 4),
    status: 'SENDING' as const,
    created: entry.created,
  };
  state.faxes.push(fax);
  context.note('fax', `Fax ${fax.filename} to ${to}: SENDING`, { id: entry.id });
  const outcome = options.failingFaxNumbers.includes(to) ? 'FAILED' : 'SENT';
  options.schedule(options.faxDelay, () => {
    const current = state.faxes.find((candidate) => candidate.id === fax.id);
    if (current) current.status = outcome;
    entry.faxStatusType = outcome;
    entry.lastModified = new Date().toISOString();
    context.note('fax', `Fax ${fax.filename} to ${to}: ${outcome}`, { id: entry.id });
  });
  return ok(context, { sessionId: entry.id });
}

function initiateCall(context: HandlerContext): Reply {
  const { state, options } = context;
  const body = context.body as Body;
  const refused = charge(state, PRICES.call);
  if (refused) return refused;
  const from = String(body.callerId ?? body.caller);
  const to = String(body.callee);
  const deviceId =
    typeof body.deviceId === 'string'
      ? body.deviceId
      : /^[a-z]\d+$/.test(String(body.caller))
        ? String(body.caller)
        : undefined;
  const entry = addHistory(state, {
    type: 'CALL',
    source: from,
    target: to,
    connectionIds: deviceId ? [deviceId] : [],
  });
  const call = {
    id: entry.id,
    direction: 'out' as const,
    from,
    to,
    ...(deviceId ? { deviceId } : {}),
    ...(body.callerId ? { callerId: String(body.callerId) } : {}),
    transcript: [] as string[],
    created: entry.created,
  };
  state.calls.push(call);
  context.note('call', `Click-to-call from ${String(body.caller)} to ${to}`, { id: entry.id });
  if (state.settings.outgoingUrl) {
    context.later(async () => {
      const result = await options.runCall('out', from, to);
      Object.assign(call, { outcome: result.outcome, transcript: result.transcript });
    });
  }
  return ok(context, { sessionId: entry.id });
}

/** Handlers for sending and for the account's balance and identity. */
export const messagingHandlers: HandlerTable = {
  'POST /sessions/sms': sendSms,
  'POST /sessions/fax': sendFax,
  'POST /sessions/calls': initiateCall,
  'GET /balance': (context) => ok(context, { ...context.state.balance }),
  'GET /authorization/userinfo': (context) => ok(context, { ...context.state.userinfo }),
};
