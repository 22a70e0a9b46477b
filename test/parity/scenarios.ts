/**
 * Inputs for every member of every object the established library's factories return, taken from
 * its README and typings: each optional field, each enum member with its boolean or string
 * alternative. The suite enumerates the members at run time and fails for one without a
 * scenario here, so a member the established library adds cannot slip through.
 */
import type { DifferenceId } from './differences';
import { routes, type Library, type Reply, type Router, type WireRequest } from './harness';

export interface Scenario {
  name: string;
  act: (library: Library) => unknown;
  router: Router;
  /** Parts allowed to differ, each naming its entry in the table; the suite checks they really do. */
  exempt?: { wire?: DifferenceId; outcome?: DifferenceId };
  /** Whether the suite replays it with every request answered 400, 401, 403 and 404 (default: when it reaches the wire). */
  errorReplay?: boolean;
}

/** Every request reaches this client's base URL; a PDF both libraries accept. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const USERINFO: Reply = {
  status: 200,
  body: { sub: 'w0', domain: 'sipgate.de', masterSipId: '1234567', locale: 'de_DE' },
};

export const CONTACTS = [
  {
    id: 'c1',
    name: 'Ada Lovelace',
    picture: null,
    emails: [{ email: 'ada@example.com', type: ['work'] }],
    numbers: [{ number: '+4921163553355', type: ['cell'] }],
    addresses: [
      {
        poBox: '',
        extendedAddress: '',
        streetAddress: 'Gladbacher Str. 74',
        locality: 'Düsseldorf',
        region: 'NRW',
        postalCode: '40219',
        country: 'DE',
      },
    ],
    organization: [['sipgate', 'io']],
    scope: 'PRIVATE',
  },
  {
    id: 'c2',
    name: 'Alan Turing',
    picture: null,
    emails: [],
    numbers: [{ number: '+4921100000001', type: [] }],
    addresses: [],
    organization: [],
    scope: 'SHARED',
  },
  {
    id: 'c3',
    name: 'Grace Hopper',
    picture: null,
    emails: [],
    numbers: [{ number: '+4921100000002', type: ['home'] }],
    addresses: [],
    organization: [],
    scope: 'SHARED',
  },
];

const contactsPage = (request: WireRequest): Reply => {
  const offset = Number(request.query.offset?.[0] ?? 0);
  const limit = Number(request.query.limit?.[0] ?? 5000);
  return { status: 200, body: { items: CONTACTS.slice(offset, offset + limit), totalCount: CONTACTS.length } };
};

export const HISTORY_ITEMS = [
  {
    id: 'h1',
    source: '+4921100000001',
    target: '+4921100000002',
    sourceAlias: '',
    targetAlias: '',
    type: 'CALL',
    created: '2026-11-01T10:00:00Z',
    lastModified: '2026-11-01T10:05:00Z',
    direction: 'INCOMING',
    incoming: true,
    status: 'PICKUP',
    connectionIds: ['p0'],
    read: false,
    archived: false,
    note: '',
    endpoints: [],
    starred: false,
    labels: [],
    callId: 'abc',
    recordings: [],
    duration: 42,
    callStatus: 'SUCCESS',
  },
  {
    id: 'h2',
    source: '+4921100000001',
    target: '+4921100000003',
    sourceAlias: '',
    targetAlias: '',
    type: 'FAX',
    created: '2026-11-02T10:00:00Z',
    lastModified: '2026-11-02T10:01:00Z',
    direction: 'OUTGOING',
    incoming: false,
    status: 'PICKUP',
    connectionIds: ['f0'],
    read: true,
    archived: false,
    note: '',
    endpoints: [],
    starred: true,
    labels: [],
    faxStatusType: 'SENT',
    scheduled: '',
    documentUrl: 'https://example.com/d.pdf',
    reportUrl: 'https://example.com/r.pdf',
    previewUrl: 'https://example.com/p.png',
    pageCount: 1,
  },
  {
    id: 'h3',
    source: '+4921100000001',
    target: '+4915799912345',
    sourceAlias: '',
    targetAlias: '',
    type: 'SMS',
    created: '2026-11-03T10:00:00Z',
    lastModified: '2026-11-03T10:00:00Z',
    direction: 'OUTGOING',
    incoming: false,
    status: 'PICKUP',
    connectionIds: ['s0'],
    read: true,
    archived: true,
    note: 'sent',
    endpoints: [],
    starred: false,
    labels: ['x'],
    smsContent: 'Hello',
    scheduled: '',
  },
];

const COMMON: Record<string, Reply | ((request: WireRequest) => Reply)> = {
  'GET /authorization/userinfo': USERINFO,
  'GET /users': {
    status: 200,
    body: {
      items: [
        {
          id: 'w0',
          firstname: 'Ada',
          lastname: 'Lovelace',
          email: 'ada@example.com',
          defaultDevice: 'e0',
          busyOnBusy: false,
          addressId: '1',
          directDialIds: [],
          admin: true,
        },
      ],
    },
  },
  'GET /contacts': contactsPage,
  'POST /contacts': { status: 201 },
  'PUT /contacts/c1': { status: 204 },
  'DELETE /contacts/c1': { status: 204 },
  'DELETE /contacts/c2': { status: 204 },
  'DELETE /contacts/c3': { status: 204 },
  'DELETE /contacts': { status: 204 },
  'POST /contacts/import/csv': { status: 204 },
  'GET /history': { status: 200, body: { items: HISTORY_ITEMS, totalCount: HISTORY_ITEMS.length } },
  'GET /history/h1': { status: 200, body: HISTORY_ITEMS[0] },
  'GET /history/h2': { status: 200, body: HISTORY_ITEMS[1] },
  'DELETE /history/h1': { status: 204 },
  'DELETE /history': { status: 204 },
  'PUT /history': { status: 204 },
  'PUT /history/h1': { status: 204 },
  'PUT /history/h2': { status: 204 },
  'GET /history/export': { status: 200, body: 'id,type\nh1,CALL\n', headers: { 'Content-Type': 'text/csv' } },
  'POST /sessions/fax': { status: 200, body: { sessionId: 'F1' } },
  'POST /sessions/sms': { status: 204 },
  'POST /sessions/calls': { status: 200, body: { sessionId: 'C1' } },
  'GET /w0/faxlines': {
    status: 200,
    body: { items: [{ id: 'f0', alias: 'Fax', tagline: 'ACME', canSend: true, canReceive: true }] },
  },
  'GET /w0/sms': { status: 200, body: { items: [{ id: 's0', alias: 'SMS', callerId: '+4915711111111' }] } },
  'GET /w0/sms/s0/callerids': {
    status: 200,
    body: {
      items: [
        { id: 0, phonenumber: '+4915711111111', verified: true, defaultNumber: false },
        { id: 1, phonenumber: 'sipgate', verified: true, defaultNumber: true },
      ],
    },
  },
  'PUT /w0/sms/s0/callerids/0': { status: 204 },
  'PUT /w0/sms/s0/callerids/1': { status: 204 },
  'GET /numbers': {
    status: 200,
    body: {
      items: [
        {
          id: 'n1',
          number: '+4921100000001',
          localized: '0211 00000001',
          type: 'LANDLINE',
          endpointId: 'p0',
          endpointAlias: 'Ada',
          endpointUrl: '/w0/phonelines/p0',
          mnpState: { isReleased: false, releasedUntil: '2026-12-01T00:00:00Z' },
        },
      ],
      totalCount: 1,
    },
  },
  'GET /w0/devices': {
    status: 200,
    body: {
      items: [
        {
          id: 'e0',
          alias: 'Desk',
          type: 'REGISTER',
          online: true,
          dnd: false,
          activePhonelines: [],
          activeGroups: [],
          credentials: {
            username: 'u',
            password: 'p',
            sipServer: 'sipgate.de',
            outboundProxy: 'proxy',
            sipServerWebsocketUrl: 'wss://x',
          },
          registered: [],
          emergencyAddressId: '1',
          addressUrl: '/addresses/1',
        },
      ],
    },
  },
  'GET /voicemails': {
    status: 200,
    body: { items: [{ id: 'v0', alias: 'Voicemail', belongsToEndpoint: { extension: 'p0', type: 'PHONELINE' } }] },
  },
  'GET /settings/sipgateio': {
    status: 200,
    body: { incomingUrl: 'https://a.example.com', outgoingUrl: '', log: false, whitelist: ['p0'] },
  },
  'PUT /settings/sipgateio': { status: 204 },
  'GET /calls': {
    status: 200,
    body: { data: [{ callId: 'abc', muted: false, recording: false, hold: false, participants: [] }] },
  },
  'PUT /calls/abc/muted': { status: 204 },
  'PUT /calls/abc/recording': { status: 204 },
  'PUT /calls/abc/hold': { status: 204 },
  'POST /calls/abc/announcements': { status: 204 },
  'POST /calls/abc/transfer': { status: 204 },
  'POST /calls/abc/dtmf': { status: 204 },
  'DELETE /calls/abc': { status: 204 },
};

/** The router every scenario uses unless it brings its own. */
export const api: Router = routes(COMMON);

const call = { callId: 'abc' };
type Act = Scenario['act'];
const m =
  (factory: string, member: string, ...args: unknown[]): Act =>
  (library) =>
    library.modules[factory][member](...args);
const c =
  (member: string, ...args: unknown[]): Act =>
  (library) =>
    library.client[member](...args);
const one = (name: string, act: Act, extra: Partial<Scenario> = {}): Scenario => ({ name, act, router: api, ...extra });

const contactImport = {
  firstname: 'Ada',
  lastname: 'Lovelace',
  address: {
    poBox: '',
    extendedAddress: '',
    streetAddress: 'Gladbacher Str. 74',
    locality: 'Düsseldorf',
    region: 'NRW',
    postalCode: '40219',
    country: 'DE',
  },
  phone: { number: '+4921163553355', type: ['cell'] },
  email: { email: 'ada@example.com', type: ['work'] },
  picture: 'https://example.com/ada.png',
  organization: [['sipgate', 'io']],
};
const vcard = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:Lovelace;Ada;;;',
  'FN:Ada Lovelace',
  'TEL:+4921163553355',
  'EMAIL:ada@example.com',
  'ORG:sipgate;io',
  'ADR:;;Gladbacher Str. 74;Düsseldorf;NRW;40219;DE',
  'END:VCARD',
].join('\r\n');
const pagination = { offset: 0, limit: 2 };
/** One instant for every run of the scheduled-SMS scenario, so both libraries send the same `sendAt`. */
const IN_AN_HOUR = new Date(Math.ceil(Date.now() / 1000 + 3600) * 1000);
const filter = { phonenumbers: ['+4921163553355'] };
const exportScenarios = (member: string, exempt: Scenario['exempt'] = {}): Scenario[] => {
  // The CSV exports take a delimiter before the pagination.
  const lead = /Csv$/.test(member) ? [';'] : [];
  return [
    one('ALL, no pagination', m('createContactsModule', member, 'ALL'), { exempt: { wire: 'all-pages', ...exempt } }),
    one('SHARED with pagination', m('createContactsModule', member, 'SHARED', ...lead, pagination), { exempt }),
    one(
      'PRIVATE with pagination and the { phonenumbers } filter',
      m('createContactsModule', member, 'PRIVATE', ...lead, pagination, filter),
      { exempt },
    ),
  ];
};

export const SCENARIOS: Record<string, Scenario[]> = {
  'client.get': [
    one('a path with axios-style params', c('get', '/history', { params: { types: ['CALL', 'SMS'], limit: 5 } })),
  ],
  'client.post': [
    one('a JSON body', c('post', '/sessions/sms', { smsId: 's0', recipient: '+4915799912345', message: 'Hi' })),
  ],
  'client.put': [one('a JSON body', c('put', '/calls/abc/muted', { value: true }))],
  'client.patch': [
    one('a JSON body', c('patch', '/calls/abc/muted', { value: true }), {
      router: routes({ 'PATCH /calls/abc/muted': { status: 204 } }),
    }),
  ],
  'client.delete': [one('axios-style data', c('delete', '/history', { data: ['h1', 'h2'] }))],
  'client.getAuthenticatedWebuserId': [one('the userinfo sub', c('getAuthenticatedWebuserId'))],
  'client.getWebUsers': [one('the users list', c('getWebUsers'))],

  'createCallModule.initiate': [
    one('extension to number', m('createCallModule', 'initiate', { from: 'e14', to: '+4921165432' })),
    one(
      'with callerId',
      m('createCallModule', 'initiate', { from: 'p0', to: '+4921165432', callerId: '+4921100000001' }),
    ),
    one(
      'number with deviceId',
      m('createCallModule', 'initiate', { from: '+4921100000001', to: '+4921165432', deviceId: 'e0' }),
    ),
    one(
      'number, callerId and deviceId',
      m('createCallModule', 'initiate', {
        from: '+4921100000001',
        to: '+4921165432',
        callerId: '+4921100000001',
        deviceId: 'y0',
      }),
    ),
    // The established README's three scenarios, verbatim.
    one('README: basic call', m('createCallModule', 'initiate', { from: 'e14', to: '+4921165432' })),
    one(
      'README: custom caller id',
      m('createCallModule', 'initiate', { from: 'p0', to: '+4921165432', callerId: '+4917012345678' }),
    ),
    one(
      'README: group call',
      m('createCallModule', 'initiate', { from: '+4921123456', deviceId: 'e14', to: '+4921165432' }),
    ),
    one(
      'a number without deviceId is refused',
      m('createCallModule', 'initiate', { from: '+4921100000001', to: '+4921165432' }),
    ),
    one('an invalid callee is refused', m('createCallModule', 'initiate', { from: 'e0', to: 'nope' })),
  ],

  'createContactsModule.importFromCsvString': [
    one(
      'three columns in another order',
      m(
        'createContactsModule',
        'importFromCsvString',
        'lastname,firstname,number\nTuring,Alan,+4921163553355\nHopper,Grace,+4921100000002',
      ),
    ),
    // Both refuse the whole import, before any request, with the established fixed texts.
    one(
      'a row with fewer values than columns is refused',
      m(
        'createContactsModule',
        'importFromCsvString',
        'firstname,lastname,number\nAlan,Turing\nGrace,Hopper,+4921100000002',
      ),
    ),
    one(
      'a row with more values than columns is refused',
      m(
        'createContactsModule',
        'importFromCsvString',
        'firstname,lastname,number\nAlan,Turing,+4921163553355,x\nGrace,Hopper,+4921100000002',
      ),
    ),
    one('an empty text is refused', m('createContactsModule', 'importFromCsvString', '')),
  ],
  'createContactsModule.create': [
    one('every field', m('createContactsModule', 'create', contactImport, 'PRIVATE')),
    one(
      'only the required fields',
      m('createContactsModule', 'create', { firstname: 'Ada', lastname: 'Lovelace' }, 'SHARED'),
    ),
    one('a first name only', m('createContactsModule', 'create', { firstname: 'Ada', lastname: '' }, 'PRIVATE'), {
      exempt: { wire: 'trimmed-name' },
    }),
    one('no name is refused', m('createContactsModule', 'create', { firstname: '', lastname: '' }, 'PRIVATE')),
  ],
  'createContactsModule.update': [
    one('a contact as read', m('createContactsModule', 'update', { ...CONTACTS[0], name: 'Ada King' })),
  ],
  'createContactsModule.delete': [one('by id', m('createContactsModule', 'delete', 'c1'))],
  'createContactsModule.deleteAllPrivate': [one('one request', m('createContactsModule', 'deleteAllPrivate'))],
  'createContactsModule.deleteAllShared': [
    one('every shared contact', m('createContactsModule', 'deleteAllShared'), { exempt: { wire: 'all-pages' } }),
  ],
  'createContactsModule.importVCardString': [
    one('a vCard 4.0', m('createContactsModule', 'importVCardString', vcard, 'PRIVATE')),
  ],
  'createContactsModule.paginatedExportAsCsv': exportScenarios('paginatedExportAsCsv', { outcome: 'export-format' }),
  'createContactsModule.exportAsCsv': exportScenarios('exportAsCsv', { outcome: 'export-format' }),
  'createContactsModule.paginatedExportAsJSON': exportScenarios('paginatedExportAsJSON'),
  'createContactsModule.exportAsJSON': exportScenarios('exportAsJSON'),
  'createContactsModule.paginatedGet': exportScenarios('paginatedGet'),
  'createContactsModule.get': exportScenarios('get'),
  'createContactsModule.paginatedExportAsSingleVCard': exportScenarios('paginatedExportAsSingleVCard', {
    outcome: 'export-format',
  }),
  'createContactsModule.exportAsSingleVCard': exportScenarios('exportAsSingleVCard', { outcome: 'export-format' }),
  'createContactsModule.paginatedExportAsVCards': exportScenarios('paginatedExportAsVCards', {
    outcome: 'export-format',
  }),
  'createContactsModule.exportAsVCards': exportScenarios('exportAsVCards', { outcome: 'export-format' }),

  'createFaxModule.send': [
    one(
      'with faxlineId and a file name with extension',
      m('createFaxModule', 'send', { to: '+4921112345678', fileContent: PDF, filename: 'letter.pdf', faxlineId: 'f0' }),
    ),
    one(
      'a file name without extension',
      m('createFaxModule', 'send', { to: '+4921112345678', fileContent: PDF, filename: 'letter', faxlineId: 'f0' }),
      { exempt: { wire: 'fax-filename' } },
    ),
    one(
      'not a PDF is refused',
      m('createFaxModule', 'send', { to: '+4921112345678', fileContent: Buffer.from('hello'), faxlineId: 'f0' }),
    ),
    // The established README marks faxlineId optional; without it that library posted no faxlineId at all.
    // Not replayed with error answers: the faxline lookup fails first, on a request the established library never made.
    one(
      'no faxlineId',
      m('createFaxModule', 'send', { to: '+4921112345678', fileContent: PDF, filename: 'letter.pdf' }),
      { exempt: { wire: 'fax-default-line' }, errorReplay: false },
    ),
  ],
  'createFaxModule.getFaxStatus': [
    one('a fax entry', m('createFaxModule', 'getFaxStatus', 'h2')),
    one('not a fax entry is refused', m('createFaxModule', 'getFaxStatus', 'h1')),
  ],
  'createFaxModule.getFaxlines': [one("the user's faxlines", m('createFaxModule', 'getFaxlines'))],
  'createFaxModule.getFaxlinesByWebUser': [one('by web user', m('createFaxModule', 'getFaxlinesByWebUser', 'w0'))],

  'createHistoryModule.fetchAll': [
    one('no filter', m('createHistoryModule', 'fetchAll')),
    one(
      'every filter field and pagination',
      m(
        'createHistoryModule',
        'fetchAll',
        {
          connectionIds: ['p0', 's0'],
          types: ['CALL', 'FAX', 'SMS', 'VOICEMAIL'],
          directions: ['INCOMING', 'OUTGOING', 'MISSED_INCOMING', 'MISSED_OUTGOING'],
          archived: false,
          starred: true,
          startDate: new Date('2026-11-01T00:00:00Z'),
          endDate: new Date('2026-11-30T00:00:00Z'),
          phonenumber: '+4921100000001',
        },
        { offset: 10, limit: 20 },
      ),
    ),
    one('starred: false', m('createHistoryModule', 'fetchAll', { starred: false })),
    one('starred: Starred.STARRED', m('createHistoryModule', 'fetchAll', { starred: 'STARRED' })),
    one('starred: Starred.UNSTARRED', m('createHistoryModule', 'fetchAll', { starred: 'UNSTARRED' })),
    one('archived: true', m('createHistoryModule', 'fetchAll', { archived: true })),
    one('an invalid connection id is refused', m('createHistoryModule', 'fetchAll', { connectionIds: ['nope'] })),
  ],
  'createHistoryModule.fetchById': [one('an entry', m('createHistoryModule', 'fetchById', 'h1'))],
  'createHistoryModule.deleteById': [one('an entry', m('createHistoryModule', 'deleteById', 'h1'))],
  'createHistoryModule.deleteByListOfIds': [
    one('two ids', m('createHistoryModule', 'deleteByListOfIds', ['h1', 'h2'])),
  ],
  'createHistoryModule.batchUpdateEvents': [
    one('flags and a note together', (library) =>
      library.modules.createHistoryModule.batchUpdateEvents([{ id: 'h1' }, { id: 'h2' }], (entry: { id: string }) =>
        entry.id === 'h1' ? { note: 'called back', starred: true } : { archived: true, read: true },
      ),
    ),
    one(
      'only notes',
      (library) => library.modules.createHistoryModule.batchUpdateEvents([{ id: 'h1' }], () => ({ note: 'n' })),
      { exempt: { wire: 'no-empty-batch' } },
    ),
    one('only flags', (library) =>
      library.modules.createHistoryModule.batchUpdateEvents([{ id: 'h1' }, { id: 'h2' }], () => ({ starred: false })),
    ),
  ],
  'createHistoryModule.exportAsCsvString': [
    one('no filter', m('createHistoryModule', 'exportAsCsvString')),
    one(
      'a filter and pagination',
      m(
        'createHistoryModule',
        'exportAsCsvString',
        { types: ['CALL'], starred: true, startDate: new Date('2026-11-01T00:00:00Z') },
        { offset: 0, limit: 10 },
      ),
    ),
  ],

  'createNumbersModule.getAllNumbers': [
    one('no pagination', m('createNumbersModule', 'getAllNumbers')),
    one('with pagination', m('createNumbersModule', 'getAllNumbers', { offset: 5, limit: 10 })),
  ],

  'createRTCMModule.getEstablishedCalls': [one('the calls', m('createRTCMModule', 'getEstablishedCalls'))],
  'createRTCMModule.mute': [
    one('on', m('createRTCMModule', 'mute', call, true)),
    one('off', m('createRTCMModule', 'mute', call, false)),
  ],
  'createRTCMModule.record': [
    one('with announcement', m('createRTCMModule', 'record', call, { value: true, announcement: true })),
    one('stop', m('createRTCMModule', 'record', call, { value: false, announcement: false })),
  ],
  'createRTCMModule.announce': [one('a URL', m('createRTCMModule', 'announce', call, 'https://example.com/hello.wav'))],
  'createRTCMModule.transfer': [
    one('blind', m('createRTCMModule', 'transfer', call, { attended: false, phoneNumber: '+4915799912345' })),
    one('attended', m('createRTCMModule', 'transfer', call, { attended: true, phoneNumber: '+4915799912345' })),
  ],
  'createRTCMModule.sendDTMF': [
    one('digits', m('createRTCMModule', 'sendDTMF', call, '1234#*ABCD')),
    one('lower case', m('createRTCMModule', 'sendDTMF', call, 'abcd')),
    one('an invalid sequence is refused', m('createRTCMModule', 'sendDTMF', call, '12x')),
  ],
  'createRTCMModule.hold': [one('on', m('createRTCMModule', 'hold', call, true))],
  'createRTCMModule.hangUp': [one('a call', m('createRTCMModule', 'hangUp', call))],

  'createSMSModule.send': [
    one('by smsId', m('createSMSModule', 'send', { smsId: 's0', to: '+4915799912345', message: 'Hello' })),
    one('scheduled', (library) =>
      library.modules.createSMSModule.send({ smsId: 's0', to: '+4915799912345', message: 'Later' }, IN_AN_HOUR),
    ),
    one(
      'from a verified caller ID',
      m('createSMSModule', 'send', { from: '+4915711111111', to: '+4915799912345', message: 'From me' }),
      { exempt: { wire: 'sms-default-sender' } },
    ),
    one(
      'an unregistered caller ID is refused',
      m('createSMSModule', 'send', { from: '+4915722222222', to: '+4915799912345', message: 'x' }),
    ),
    one(
      'an empty message is refused',
      m('createSMSModule', 'send', { smsId: 's0', to: '+4915799912345', message: '' }),
    ),
  ],
  'createSMSModule.getSmsExtensions': [one('by web user', m('createSMSModule', 'getSmsExtensions', 'w0'))],

  'createSettingsModule.setIncomingUrl': [
    one('a URL', m('createSettingsModule', 'setIncomingUrl', 'https://example.com/in')),
    one('not a URL is refused', m('createSettingsModule', 'setIncomingUrl', 'example.com/in')),
  ],
  'createSettingsModule.setOutgoingUrl': [
    one('a URL', m('createSettingsModule', 'setOutgoingUrl', 'http://example.com/out')),
  ],
  'createSettingsModule.setWhitelist': [
    one('phonelines and groups', m('createSettingsModule', 'setWhitelist', ['p0', 'g1'])),
    one('another extension type is refused', m('createSettingsModule', 'setWhitelist', ['e0'])),
    one('a duplicate is sent once', m('createSettingsModule', 'setWhitelist', ['p0', 'p0']), {
      exempt: { wire: 'whitelist-unique' },
    }),
  ],
  'createSettingsModule.setLog': [one('on', m('createSettingsModule', 'setLog', true))],
  'createSettingsModule.clearIncomingUrl': [one('clear', m('createSettingsModule', 'clearIncomingUrl'))],
  'createSettingsModule.clearOutgoingUrl': [one('clear', m('createSettingsModule', 'clearOutgoingUrl'))],
  'createSettingsModule.clearWhitelist': [one('clear', m('createSettingsModule', 'clearWhitelist'))],
  'createSettingsModule.disableWhitelist': [one('null', m('createSettingsModule', 'disableWhitelist'))],
  'createSettingsModule.getWebhookSettings': [one('read', m('createSettingsModule', 'getWebhookSettings'))],

  'createVoicemailsModule.getVoicemails': [one('the list', m('createVoicemailsModule', 'getVoicemails'))],
  'createDevicesModule.getDevices': [one('by web user', m('createDevicesModule', 'getDevices', 'w0'))],
};
