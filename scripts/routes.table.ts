/**
 * The one hand-kept list of the SDK's route-table methods: for each REST domain (its folder under
 * lib/resources), the interface its methods are declared in, and for each method the contract
 * operation it calls and the arguments of its `@example`. Everything else comes from the contract:
 * path parameters (names, and `string | number` where the contract types an id as a number),
 * whether the method takes the query (`?`), the body, or nothing (`-`), whether the query is
 * required, the result type and the summary (after scripts/contract-overlay.ts corrects it).
 *
 * `npm run generate` (scripts/generate-routes.ts) writes lib/resources/<folder>/routes.generated.ts
 * from it: the interface and the runtime table that `bindRoutes` binds. Methods keep this order.
 */

/** `[route, example arguments, summary]`: the summary only where the contract's does not fit the method. */
export type RouteMethodEntry = readonly [route: string, example: string, summary?: string];

export interface RouteModuleEntry {
  /** The generated interface: the whole module (`…Module`) or the part bound from routes (`…Operations`). */
  interface: string;
  /** The module's variable in the examples (and the table's name: `callRestrictions` → `CALL_RESTRICTIONS_ROUTES`). */
  variable: string;
  /** The interface's TSDoc summary. */
  doc: string;
  methods: Readonly<Record<string, RouteMethodEntry>>;
}

export const ROUTE_MODULES: Readonly<Record<string, RouteModuleEntry>> = {
  account: {
    interface: 'AccountOperations',
    variable: 'account',
    doc: `The account module's operations beyond the established library's, typed from the contract.`,
    methods: {
      getUrls: ['GET /', ''],
      getAccount: ['GET /account', ''],
      verify: ['PUT /account/verified', `{ verificationCode: 'ABC123' }`],
      getIdentityVerification: ['GET /identityVerification', '{ allowStart: false }'],
    },
  },
  addresses: {
    interface: 'AddressesModule',
    variable: 'addresses',
    doc: "The account's (emergency and billing) addresses and the numbers registered at them. Create it with `createAddressesModule(client)`.",
    methods: {
      list: ['GET /addresses', ''],
      count: ['GET /addresses/itemCount', ''],
      get: ['GET /addresses/{addressId}', `'a0'`],
      update: [
        'PUT /addresses/{addressId}',
        `'a0', { countrycode: 'DE', postcode: '40219', city: 'Düsseldorf', street: 'Gladbacher Str.', number: '74' }`,
      ],
      getNumbers: ['GET /addresses/{addressId}/numbers', `'a0'`],
    },
  },
  authorization: {
    interface: 'AuthorizationModule',
    variable: 'authorization',
    doc: 'OAuth clients of the account (create, read, update, delete, GDPR links). Create it with `createAuthorizationModule(client)`.',
    methods: {
      listClients: ['GET /authorization/oauth2/clients', ''],
      createClient: [
        'POST /authorization/oauth2/clients',
        `{ name: 'CRM', description: 'Calls from our CRM', redirectUris: ['https://crm.example.com/oauth/callback'], webOrigins: ['https://crm.example.com'], privacyUrl: 'https://crm.example.com/privacy', termsUrl: 'https://crm.example.com/terms' }`,
      ],
      getClient: ['GET /authorization/oauth2/clients/{clientId}', `'c0'`],
      updateClient: [
        'PUT /authorization/oauth2/clients/{clientId}',
        `'c0', { name: 'CRM', description: 'Calls from our CRM', redirectUris: ['https://crm.example.com/oauth/callback'], webOrigins: ['https://crm.example.com'], privacyUrl: 'https://crm.example.com/privacy', termsUrl: 'https://crm.example.com/terms' }`,
      ],
      deleteClient: ['DELETE /authorization/oauth2/clients/{clientId}', `'c0'`],
      getClientGdprUrls: ['GET /authorization/oauth2/clients/{clientId}/gdpr', `'c0'`],
    },
  },
  autorecording: {
    interface: 'AutorecordingModule',
    variable: 'autorecording',
    doc: 'Automatic call recording: its greeting and per-extension settings. Create it with `createAutorecordingModule(client)`.',
    methods: {
      getGreeting: ['GET /autorecordings/greetings', ''],
      addGreeting: [
        'POST /autorecordings/greetings',
        `{ base64Content: 'RG8uIE9yIGRvIG5vdC4gVGhlcmUgaXMgbm8gdHJ5LiAtLVlvZGEK', filename: 'greeting.mp3' }`,
      ],
      deleteGreeting: ['DELETE /autorecordings/greetings/{greetingId}', `'gr0'`],
      getSettings: ['GET /autorecordings/{extension}/settings', `'p0'`],
      updateSettings: ['PUT /autorecordings/{extension}/settings', `'p0', { active: false }`],
    },
  },
  blacklist: {
    interface: 'BlacklistModule',
    variable: 'blacklist',
    doc: 'The incoming-call blacklist. Create it with `createBlacklistModule(client)`.',
    methods: {
      listIncoming: ['GET /blacklist/incoming', ''],
      addIncoming: ['POST /blacklist/incoming', `{ phoneNumber: '+4902117654321', isBlock: true }`],
      removeIncoming: ['DELETE /blacklist/incoming/{phoneNumber}', `'+4921165432'`],
    },
  },
  call: {
    interface: 'CallOperations',
    variable: 'call',
    doc: `The call module's operations beyond the established library's, typed from the contract.`,
    methods: {
      recordIvrGreeting: [
        'POST /sessions/ivr/recording',
        `{ endpoint: 'MAIN, a0,a1,a2', targetId: 'v0', deviceId: 'e0' }`,
      ],
    },
  },
  callrestrictions: {
    interface: 'CallRestrictionsModule',
    variable: 'callRestrictions',
    doc: 'Call restrictions of users (e.g. no international or premium-rate calls). Create it with `createCallRestrictionsModule(client)`.',
    methods: {
      getRestrictions: ['GET /restrictions', `{ userId: 'w0' }`],
      list: ['GET /callrestrictions', `{ userIds: ['w0'] }`],
      set: ['POST /{userId}/callrestrictions/{restriction}', `'w0', 'CALL_INTERNATIONAL', { enabled: true }`],
    },
  },
  contacts: {
    interface: 'ContactsOperations',
    variable: 'contacts',
    doc: `The contacts module's operations beyond the established library's, typed from the contract.`,
    methods: {
      getInternal: ['GET /contacts/internal', ''],
      importFromGoogle: ['POST /contacts/import/google', `{ token: 'token' }`],
    },
  },
  devices: {
    interface: 'DevicesOperations',
    variable: 'devices',
    doc: `The devices module's operations beyond the established library's, typed from the contract.`,
    methods: {
      get: ['GET /devices/{deviceId}', `'e0'`],
      update: ['PUT /devices/{deviceId}', `'e0', { dnd: false, emergencyAddressId: 0 }`],
      delete: ['DELETE /devices/{deviceId}', `'e0'`],
      setAlias: ['PUT /devices/{deviceId}/alias', `'e0', { value: "Theodore Sturgeon's device" }`],
      getCallerId: ['GET /devices/{deviceId}/callerid', `'e0'`],
      setCallerId: ['PUT /devices/{deviceId}/callerid', `'e0', { value: '+4915799912345' }`],
      resetPassword: ['POST /devices/{deviceId}/credentials/password', `'e0'`],
      setExternalCallerDisplay: [
        'PUT /devices/{deviceId}/external/incomingcalldisplay',
        `'e0', { incomingCallDisplay: 'CALLED_NUMBER' }`,
      ],
      setExternalTargetNumber: ['PUT /devices/{deviceId}/external/targetnumber', `'e0', { number: '+4915799912345' }`],
      getLocalPrefix: ['GET /devices/{deviceId}/localprefix', `'e0'`],
      setLocalPrefix: ['PUT /devices/{deviceId}/localprefix', `'e0', { active: false, value: '030' }`],
      getSingleRowDisplay: ['GET /devices/{deviceId}/singlerowdisplay', `'e0'`],
      setSingleRowDisplay: ['PUT /devices/{deviceId}/singlerowdisplay', `'e0', { enabled: false }`],
      getTariffAnnouncement: ['GET /devices/{deviceId}/tariffannouncement', `'e0'`],
      setTariffAnnouncement: ['PUT /devices/{deviceId}/tariffannouncement', `'e0', { enabled: false }`],
      create: ['POST /{userId}/devices', `'w0', { alias: 'VoIP phone of Grace Hopper', type: 'REGISTER' }`],
      createExternal: [
        'POST /{userId}/devices/external',
        `'w0', { number: '+4915799912345', alias: 'External phone of Grace Hopper' }`,
      ],
      createMobile: ['POST /{userId}/devices/mobile', `'w0', { alias: 'Mobile phone phone of Grace Hopper' }`],
      createRegister: ['POST /{userId}/devices/register', `'w0', { alias: 'VoIP phone of Grace Hopper' }`],
      getContingents: ['GET /{userId}/devices/{deviceId}/contingents', `'w0', 'e0'`],
      activateSim: ['POST /{userId}/devices/{deviceId}/sim', `'w0', 'e0', { simId: '1234567' }`],
      deactivateSim: ['DELETE /{userId}/devices/{deviceId}/sim', `'w0', 'e0'`],
      orderSim: ['POST /{userId}/devices/{deviceId}/sim/orders', `'w0', 'e0', { addressId: '123456' }`],
    },
  },
  fax: {
    interface: 'FaxOperations',
    variable: 'fax',
    doc: `The fax module's operations beyond the established library's, typed from the contract.`,
    methods: {
      resend: ['POST /sessions/fax/resend', `{ faxId: '100018428', faxlineId: 'f0' }`],
    },
  },
  faxlines: {
    interface: 'FaxlinesModule',
    variable: 'faxlines',
    doc: 'Fax lines of a user: alias, caller ID, numbers and tagline. Create it with `createFaxlinesModule(client)`.',
    methods: {
      list: ['GET /{userId}/faxlines', `'w0'`],
      create: ['POST /{userId}/faxlines', `'w0'`],
      setAlias: ['PUT /{userId}/faxlines/{faxlineId}', `'w0', 'f0', { alias: "Theodore Sturgeon's connection" }`],
      delete: ['DELETE /{userId}/faxlines/{faxlineId}', `'w0', 'f0'`],
      getCallerId: ['GET /{userId}/faxlines/{faxlineId}/callerid', `'w0', 'f0'`],
      setCallerId: ['PUT /{userId}/faxlines/{faxlineId}/callerid', `'w0', 'f0', { value: '+4921112345678' }`],
      getNumbers: ['GET /{userId}/faxlines/{faxlineId}/numbers', `'w0', 'f0'`],
      setTagline: ['PUT /{userId}/faxlines/{faxlineId}/tagline', `'w0', 'f0', { value: 'Example Ltd.' }`],
    },
  },
  groups: {
    interface: 'GroupsModule',
    variable: 'groups',
    doc: 'Groups and group fax lines: members, devices, numbers, voicemail. Create it with `createGroupsModule(client)`.',
    methods: {
      listGroupFaxlines: ['GET /groupfaxlines', `{ userId: 'w0' }`],
      getGroupFaxlineCallerId: ['GET /groupfaxlines/{faxlineId}/callerid', `'f0'`],
      getGroupFaxlineNumbers: ['GET /groupfaxlines/{faxlineId}/numbers', `'f0'`],
      list: ['GET /groups', `{ userId: 'w0' }`],
      get: ['GET /groups/{groupId}', `'g0'`],
      addDevice: ['POST /groups/{groupId}/devices', `'g0', { deviceId: 'e0' }`],
      removeDevice: ['DELETE /groups/{groupId}/devices/{deviceId}', `'g0', 'e0'`],
      getFaxlines: ['GET /groups/{groupId}/faxlines', `'g0'`],
      getNumbers: ['GET /groups/{groupId}/numbers', `'g0'`],
      getUsers: ['GET /groups/{groupId}/users', `'g0'`],
      getVoicemail: ['GET /groups/{groupId}/voicemail', `'g0'`],
    },
  },
  history: {
    interface: 'HistoryOperations',
    variable: 'history',
    doc: `The history module's operations beyond the established library's, typed from the contract.`,
    methods: {
      setArchived: ['PUT /history/{entryId}/archive', `'123456', { value: true }`],
      setNote: ['PUT /history/{entryId}/note', `'123456', { note: 'note' }`],
      setRead: ['PUT /history/{entryId}/read', `'123456', { value: true }`],
    },
  },
  notifications: {
    interface: 'NotificationsModule',
    variable: 'notifications',
    doc: 'E-mail and SMS notifications of a user about calls, faxes, SMS and voicemails. Create it with `createNotificationsModule(client)`.',
    methods: {
      list: ['GET /{userId}/notifications', `'w0'`],
      addCallEmail: [
        'POST /{userId}/notifications/call/email',
        `'w0', { endpointId: 'e0/p0', cause: 'MISSED', email: 'grace.hopper@example.com', direction: 'INCOMING' }`,
      ],
      addCallSms: [
        'POST /{userId}/notifications/call/sms',
        `'w0', { number: '+4915799912345', endpointId: 'e0/p0', cause: 'MISSED', direction: 'INCOMING' }`,
      ],
      addFaxEmail: [
        'POST /{userId}/notifications/fax/email',
        `'w0', { faxlineId: 'f0', email: 'grace.hopper@example.com', direction: 'INCOMING' }`,
      ],
      addFaxReport: [
        'POST /{userId}/notifications/fax/report',
        `'w0', { faxlineId: 'f0', email: 'grace.hopper@example.com' }`,
      ],
      addFaxSms: [
        'POST /{userId}/notifications/fax/sms',
        `'w0', { number: '+4915799912345', faxlineId: 'f0', direction: 'INCOMING' }`,
      ],
      addSmsEmail: [
        'POST /{userId}/notifications/sms/email',
        `'w0', { endpointId: 'y0', email: 'grace.hopper@example.com' }`,
      ],
      addVoicemailEmail: [
        'POST /{userId}/notifications/voicemail/email',
        `'w0', { voicemailId: 'v0', email: 'grace.hopper@example.com' }`,
      ],
      addVoicemailSms: [
        'POST /{userId}/notifications/voicemail/sms',
        `'w0', { number: '+4915799912345', voicemailId: 'v0' }`,
      ],
      delete: ['DELETE /{userId}/notifications/{notificationId}', `'w0', 'nt0'`],
    },
  },
  numbers: {
    interface: 'NumbersOperations',
    variable: 'numbers',
    doc: `The numbers module's operations beyond the established library's, typed from the contract.`,
    methods: {
      addQuickDial: ['POST /numbers/quickdial', `{ number: '10', userId: 'w0' }`],
      validateQuickDial: ['GET /numbers/quickdial/validation/{quickDialNumber}', `'1234'`],
      changeQuickDial: ['PUT /numbers/quickdial/{numberId}', `'n0', { number: '10', userId: 'w0' }`],
      deleteQuickDial: ['DELETE /numbers/quickdial/{numberId}', `'n0'`],
      changeSettings: ['PUT /numbers/{numberId}', `'n0', { endpointId: 'p0', quickDial: false, releaseForMnp: false }`],
      getUserNumbers: ['GET /{userId}/numbers', `'w0'`],
    },
  },
  phonelines: {
    interface: 'PhonelinesModule',
    variable: 'phonelines',
    doc: 'Phone lines of a user: forwardings, parallel forwardings, devices, numbers, anonymous-call blocking, the per-line sipgate.io settings and log, voicemails, greetings and transcription. Create it with `createPhonelinesModule(client)`.',
    methods: {
      list: ['GET /{userId}/phonelines', `'w0'`],
      create: ['POST /{userId}/phonelines', `'w0'`],
      get: ['GET /{userId}/phonelines/{phonelineId}', `'w0', 'p0'`],
      setAlias: ['PUT /{userId}/phonelines/{phonelineId}', `'w0', 'p0', { alias: "Theodore Sturgeon's connection" }`],
      delete: ['DELETE /{userId}/phonelines/{phonelineId}', `'w0', 'p0'`],
      getBlockAnonymous: ['GET /{userId}/phonelines/{phonelineId}/blockanonymous', `'w0', 'p0'`],
      setBlockAnonymous: [
        'PUT /{userId}/phonelines/{phonelineId}/blockanonymous',
        `'w0', 'p0', { enabled: false, target: 'REJECT' }`,
      ],
      getDevices: ['GET /{userId}/phonelines/{phonelineId}/devices', `'w0', 'p0'`],
      addDevice: ['POST /{userId}/phonelines/{phonelineId}/devices', `'w0', 'p0', { deviceId: 'e0' }`],
      removeDevice: ['DELETE /{userId}/phonelines/{phonelineId}/devices/{deviceId}', `'w0', 'p0', 'e0'`],
      getForwardings: ['GET /{userId}/phonelines/{phonelineId}/forwardings', `'w0', 'p0'`],
      setForwardings: [
        'PUT /{userId}/phonelines/{phonelineId}/forwardings',
        `'w0', 'p0', { forwardings: [{ destination: '+4915799912345', active: false, timeout: 48 }] }`,
      ],
      getNumbers: ['GET /{userId}/phonelines/{phonelineId}/numbers', `'w0', 'p0'`],
      getParallelForwardings: ['GET /{userId}/phonelines/{phonelineId}/parallelforwardings', `'w0', 'p0'`],
      addParallelForwarding: [
        'POST /{userId}/phonelines/{phonelineId}/parallelforwardings',
        `'w0', 'p0', { destination: '+4915799912345', alias: "Bjarne Stroustrup's mobile", active: false }`,
      ],
      changeParallelForwarding: [
        'PUT /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}',
        `'w0', 'p0', 'pf0', { destination: '+4915799912345', alias: "Bjarne Stroustrup's mobile", active: false }`,
      ],
      deleteParallelForwarding: [
        'DELETE /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}',
        `'w0', 'p0', 'pf0'`,
      ],
      getIoSettings: ['GET /{userId}/phonelines/{phonelineId}/sipgateio', `'w0', 'p0'`],
      setIoSettings: [
        'PUT /{userId}/phonelines/{phonelineId}/sipgateio',
        `'w0', 'p0', { incomingActive: true, incomingUrl: 'https://example.com/in', outgoingActive: false, outgoingUrl: '', allowSelfSigned: false, log: false }`,
      ],
      getIoLog: ['GET /{userId}/phonelines/{phonelineId}/sipgateio/log', `'w0', 'p0'`],
      getVoicemails: ['GET /{userId}/phonelines/{phonelineId}/voicemails', `'w0', 'p0'`],
      changeVoicemail: [
        'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}',
        `'w0', 'p0', 'v0', { transcription: false, active: false, timeout: 42 }`,
      ],
      getVoicemailGreetings: [
        'GET /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings',
        `'w0', 'p0', 'v0'`,
      ],
      addVoicemailGreeting: [
        'POST /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings',
        `'w0', 'p0', 'v0', { base64Content: 'RG8uIE9yIGRvIG5vdC4gVGhlcmUgaXMgbm8gdHJ5LiAtLVlvZGEK', filename: 'greeting.mp3' }`,
      ],
      changeVoicemailGreeting: [
        'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}',
        `'w0', 'p0', 'v0', 'gr0', { active: false }`,
      ],
      deleteVoicemailGreeting: [
        'DELETE /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/greetings/{greetingId}',
        `'w0', 'p0', 'v0', 'gr0'`,
      ],
      setVoicemailTranscription: [
        'PUT /{userId}/phonelines/{phonelineId}/voicemails/{voicemailId}/transcriptions',
        `'w0', 'p0', 'v0', { active: false }`,
      ],
    },
  },
  portings: {
    interface: 'PortingsModule',
    variable: 'portings',
    doc: 'Number portings into sipgate. Create it with `createPortingsModule(client)`.',
    methods: {
      list: ['GET /portings', ''],
      get: ['GET /portings/{portingId}', '42'],
      revoke: ['DELETE /portings/{portingId}', '42'],
    },
  },
  settings: {
    interface: 'SettingsOperations',
    variable: 'settings',
    doc: `The settings module's operations beyond the established library's, typed from the contract.`,
    methods: {
      getWebhookLog: ['GET /log/webhooks', ''],
    },
  },
  sms: {
    interface: 'SMSOperations',
    variable: 'sms',
    doc: `The sms module's operations beyond the established library's, typed from the contract.`,
    methods: {
      setExtensionAlias: ['PUT /{userId}/sms/{smsId}', `'w0', 's0', { alias: "Theodore Sturgeon's connection" }`],
      addCallerId: ['POST /{userId}/sms/{smsId}/callerids', `'w0', 's0', { phonenumber: '+4915799912345' }`],
      deleteCallerId: ['DELETE /{userId}/sms/{smsId}/callerids/{callerId}', `'w0', 's0', 12345`],
      verifyCallerId: [
        'POST /{userId}/sms/{smsId}/callerids/{callerId}/verification',
        `'w0', 's0', 12345, { verificationCode: 'verificationCode' }`,
      ],
      setDefaultCallerId: [
        'PUT /{userId}/sms/{smsId}/callerids/{callerId}',
        `'w0', 's0', 12345, { defaultNumber: true }`,
        `Make a caller ID the SMS extension's default sender (or not)`,
      ],
    },
  },
  users: {
    interface: 'UsersModule',
    variable: 'users',
    doc: "The account's users (web users): details, role, location, default device, busy-on-busy. Create it with `createUsersModule(client)`.",
    methods: {
      list: ['GET /users', ''],
      get: ['GET /users/{userId}', `'w0'`],
      delete: ['DELETE /users/{userId}', `'w0'`],
      setBusyOnBusy: ['PUT /users/{userId}/busyonbusy', `'w0', { enabled: false }`],
      setDefaultDevice: ['PUT /users/{userId}/defaultdevice', `'w0', { deviceId: 'e0' }`],
      setLocation: ['PUT /users/{userId}/location', `'w0', { addressId: 0 }`],
      setRole: ['PUT /users/{userId}/role', `'w0', { admin: false }`],
    },
  },
  voicemails: {
    interface: 'VoicemailsOperations',
    variable: 'voicemails',
    doc: `The voicemails module's operations beyond the established library's, typed from the contract.`,
    methods: {
      playRecording: ['POST /sessions/voicemail/play', `{ datadId: '1000171', deviceId: 'e0' }`],
      recordGreeting: [
        'POST /sessions/voicemail/recording',
        `{ endpoint: 'MAIN, a0,a1,a2', targetId: 'v0', deviceId: 'e0' }`,
      ],
      get: ['GET /voicemails/{voicemailId}', `'v0'`],
    },
  },
};
