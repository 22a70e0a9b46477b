/**
 * What the sandbox remembers between requests: a small sipgate account (one user with a device,
 * a phone line, a group, a fax line, an SMS extension and two numbers), what was sent, and the
 * history those sends leave. `createState` makes a fresh copy; `reset()` replaces it.
 */

/** A history entry as `GET /history` answers it. */
export interface SandboxHistoryEntry {
  id: string;
  source: string;
  target: string;
  sourceAlias: string;
  targetAlias: string;
  type: 'CALL' | 'VOICEMAIL' | 'SMS' | 'FAX';
  created: string;
  lastModified: string;
  direction: 'INCOMING' | 'OUTGOING' | 'MISSED_INCOMING' | 'MISSED_OUTGOING';
  incoming: boolean;
  status: 'NOPICKUP' | 'BUSY' | 'PICKUP' | 'FORWARD';
  connectionIds: string[];
  read: boolean;
  archived: boolean;
  note: string;
  endpoints: Array<{ type: string; endpoint: { extension: string; type: string } }>;
  starred: boolean;
  labels: string[];
  faxStatusType?: 'SENT' | 'PENDING' | 'FAILED' | 'SENDING' | 'SCHEDULED';
}

/** An SMS the app sent through `POST /sessions/sms`. */
export interface SandboxSms {
  /** The history entry it created. */
  id: string;
  /** The SMS extension (`s0`) it was sent from. */
  smsId: string;
  /** The sender the recipient sees: the extension's default caller ID when it was sent. */
  from: string;
  to: string;
  message: string;
  /** When it is to be sent, for scheduled SMS (ISO 8601). */
  sendAt?: string;
  created: string;
}

/** A fax the app sent through `POST /sessions/fax`. */
export interface SandboxFax {
  /** The session id, which is also its history entry's id. */
  id: string;
  faxlineId: string;
  to: string;
  filename: string;
  /** Size of the decoded document. @unit bytes */
  bytes: number;
  status: 'SENDING' | 'SENT' | 'FAILED';
  created: string;
}

/** A call placed by the app (`POST /sessions/calls`) or to the app (`sandbox.call()`). */
export interface SandboxCall {
  /** The session id (click-to-call) or the call id the webhooks carried. */
  id: string;
  direction: 'in' | 'out';
  from: string;
  to: string;
  /** The device that rang first for click-to-call. */
  deviceId?: string;
  callerId?: string;
  /** How the webhook exchange ended, when one took place. */
  outcome?: string;
  /** The simulator's transcript of the webhook exchange (empty without a webhook URL). */
  transcript: string[];
  created: string;
}

/** A contact (`GET /contacts` item). */
export interface SandboxContact {
  id: string;
  name: string;
  family?: string;
  given?: string;
  picture: string | null;
  emails: Array<{ email: string; type: string[] }>;
  numbers: Array<{ number: string; type: string[] }>;
  addresses: Array<Record<string, string>>;
  organization: string[][];
  scope: 'PRIVATE' | 'SHARED' | 'INTERNAL';
}

type Row = Record<string, unknown>;

/** Everything the sandbox keeps; read through the sandbox's getters, changed only by requests. */
export interface SandboxState {
  /** Balance in ten-thousandths of the currency unit (sipgate's unit). */
  balance: { amount: number; currency: string };
  userinfo: { sub: string; domain: string; masterSipId: string; locale: string };
  users: Row[];
  /** Devices by id, with the user they belong to. */
  devices: Array<Row & { id: string; owner: string }>;
  phonelines: Array<Row & { id: string; owner: string }>;
  /** Device ids per phone line id. */
  phonelineDevices: Record<string, string[]>;
  forwardings: Record<string, Row[]>;
  parallelForwardings: Record<string, Array<Row & { id: string }>>;
  groups: Array<Row & { id: string }>;
  groupDevices: Record<string, string[]>;
  faxlines: Array<Row & { id: string; owner: string }>;
  smsExtensions: Array<Row & { id: string; owner: string }>;
  /** Caller IDs per SMS extension id (`GET /{userId}/sms/{smsId}/callerids`). */
  smsCallerIds: Record<string, Array<{ id: number; phonenumber: string; verified: boolean; defaultNumber: boolean }>>;
  numbers: Array<Row & { id: string }>;
  blacklist: Array<{ phoneNumber: string; isBlock: boolean }>;
  settings: { incomingUrl: string; outgoingUrl: string; log: boolean; whitelist: string[] | null };
  history: SandboxHistoryEntry[];
  contacts: SandboxContact[];
  sms: SandboxSms[];
  faxes: SandboxFax[];
  calls: SandboxCall[];
  /** Per-id counter for the ids the sandbox hands out. */
  nextId: number;
}

/** What a send costs, in ten-thousandths of a euro (roughly sipgate's prices). */
export const PRICES = { sms: 900, fax: 1_900, call: 290 } as const;

/** The number the sandbox's account owns and sends from. */
export const ACCOUNT_NUMBER = '+4921100000000';

/** A fresh account. `webhookUrl` presets both webhook URLs (as the settings endpoint would). */
export function createState(webhookUrl = ''): SandboxState {
  return {
    balance: { amount: 100_000, currency: 'EUR' },
    userinfo: { sub: 'w0', domain: 'sipgate.de', masterSipId: '1234567', locale: 'de_DE' },
    users: [
      {
        id: 'w0',
        firstname: 'Ada',
        lastname: 'Lovelace',
        email: 'ada@example.com',
        defaultDevice: 'e0',
        busyOnBusy: false,
        addressId: '13',
        directDialIds: ['10'],
        admin: true,
        timezone: 'Europe/Berlin',
      },
    ],
    devices: [
      {
        id: 'e0',
        owner: 'w0',
        alias: 'VoIP phone of Ada',
        type: 'REGISTER',
        online: true,
        dnd: false,
        activePhonelines: [{ id: 'p0', alias: 'Ada Lovelace' }],
        activeGroups: [{ id: 'g0', alias: 'Sales' }],
      },
      {
        id: 'x0',
        owner: 'w0',
        alias: 'Mobile of Ada',
        type: 'MOBILE',
        online: true,
        dnd: false,
        activePhonelines: [{ id: 'p0', alias: 'Ada Lovelace' }],
        activeGroups: [],
      },
    ],
    phonelines: [{ id: 'p0', owner: 'w0', alias: 'Ada Lovelace' }],
    phonelineDevices: { p0: ['e0', 'x0'] },
    forwardings: { p0: [] },
    parallelForwardings: { p0: [] },
    groups: [{ id: 'g0', alias: 'Sales' }],
    groupDevices: { g0: ['e0'] },
    faxlines: [{ id: 'f0', owner: 'w0', alias: "Ada's fax", tagline: 'Sandbox Ltd.', canSend: true, canReceive: true }],
    smsExtensions: [{ id: 's0', owner: 'w0', alias: "Ada's SMS", callerId: ACCOUNT_NUMBER }],
    smsCallerIds: { s0: [{ id: 0, phonenumber: ACCOUNT_NUMBER, verified: true, defaultNumber: true }] },
    numbers: [
      {
        id: 'n0',
        number: ACCOUNT_NUMBER,
        localized: '0211 00000000',
        type: 'LANDLINE',
        endpointId: 'p0',
        endpointAlias: 'Ada Lovelace',
        endpointUrl: '/w0/phonelines/p0',
      },
      {
        id: 'n1',
        number: '+4921100000001',
        localized: '0211 00000001',
        type: 'FAX',
        endpointId: 'f0',
        endpointAlias: "Ada's fax",
        endpointUrl: '/w0/faxlines/f0',
      },
    ],
    blacklist: [],
    settings: { incomingUrl: webhookUrl, outgoingUrl: webhookUrl, log: false, whitelist: null },
    history: [],
    contacts: [],
    sms: [],
    faxes: [],
    calls: [],
    nextId: 1,
  };
}

/** A new id with the given prefix, unique within this state. */
export function newId(state: SandboxState, prefix: string): string {
  const id = `${prefix}${String(state.nextId).padStart(6, '0')}`;
  state.nextId += 1;
  return id;
}
