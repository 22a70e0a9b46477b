/**
 * Differential parity with the established `sipgateio` package: every member of every object its
 * factories return exists here, and for each one the same inputs put the same requests on the
 * wire and hand the caller the same result (or both reject, with the established fixed message
 * and `response.status` where it had them). Differences are allowed only where a scenario names
 * an entry of the table in `differences.ts`, and then the suite checks that they really differ,
 * so an entry cannot outlive its reason.
 */
import fc from 'fast-check';
import { DIFFERENCES } from './differences';
import {
  contains,
  establishedFactoryNames,
  establishedFixedMessages,
  fixedTextProblem,
  makeLibrary,
  routes,
  runBoth,
  type Outcome,
  type Run,
  type WireRequest,
} from './harness';
import { api, CONTACTS, SCENARIOS, type Scenario } from './scenarios';

const FIXED_MESSAGES = establishedFixedMessages();
const ERROR_STATUSES = [400, 401, 403, 404];

/** Requests in a stable order: libraries that fire requests concurrently may interleave them differently. */
function sorted(wire: WireRequest[]): WireRequest[] {
  return [...wire].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function wireProblem(theirs: Run, ours: Run): string | undefined {
  const a = JSON.stringify(sorted(theirs.wire));
  const b = JSON.stringify(sorted(ours.wire));
  return a === b ? undefined : `wire differs:\n established ${a}\n ours        ${b}`;
}

function outcomeProblem(theirs: Outcome, ours: Outcome): string | undefined {
  if (theirs.kind !== ours.kind) {
    const said = (o: Outcome): string =>
      o.kind === 'resolved' ? `resolved ${JSON.stringify(o.value)}` : `rejected "${o.message}"`;
    return `established ${said(theirs)}, ours ${said(ours)}`;
  }
  if (theirs.kind === 'resolved' && ours.kind === 'resolved') return contains(ours.value, theirs.value);
  if (theirs.kind === 'rejected' && ours.kind === 'rejected') {
    const message = fixedTextProblem(theirs.message, ours.message, FIXED_MESSAGES);
    if (message) return message;
    if (theirs.responseStatus !== undefined && ours.responseStatus !== theirs.responseStatus) {
      return `response.status: established ${theirs.responseStatus}, ours ${String(ours.responseStatus)}`;
    }
  }
  return undefined;
}

/** Compares one pair of runs, honouring (and checking) the scenario's exemptions. */
function compare(scenario: Pick<Scenario, 'exempt'>, runs: { established: Run; ours: Run }, replay = false): void {
  const known = new Set<string>(DIFFERENCES.map((d) => d.id));
  const wire = wireProblem(runs.established, runs.ours);
  const outcome = outcomeProblem(runs.established.outcome, runs.ours.outcome);
  if (scenario.exempt?.wire) {
    expect(known.has(scenario.exempt.wire)).toBe(true);
    // A replay with error answers may well converge; only the main run must show the difference.
    if (!replay && !wire)
      throw new Error(
        `The wire was expected to differ ("${scenario.exempt.wire}") but is the same: remove the exemption.`,
      );
  } else if (wire) {
    throw new Error(wire);
  }
  if (scenario.exempt?.outcome && !replay) {
    expect(known.has(scenario.exempt.outcome)).toBe(true);
    if (!outcome)
      throw new Error(
        `The result was expected to differ ("${scenario.exempt.outcome}") but is the same: remove the exemption.`,
      );
  } else if (outcome) {
    throw new Error(outcome);
  }
}

/** Members of the established object that this SDK's object lacks (or has as something other than a function). */
function missingMembers(theirs: object, ours: object | undefined): string[] {
  return Object.keys(theirs).filter(
    (member) => typeof (ours as Record<string, unknown> | undefined)?.[member] !== 'function',
  );
}

describe('every member of every established factory exists here and has scenarios', () => {
  const theirs = makeLibrary('established');
  const ours = makeLibrary('ours');
  const members: Array<[string, string]> = [];
  for (const member of Object.keys(theirs.client)) members.push(['client', member]);
  for (const factory of establishedFactoryNames()) {
    for (const member of Object.keys(theirs.modules[factory])) members.push([factory, member]);
  }

  it('finds the established factories at run time', () => {
    expect(establishedFactoryNames().length).toBeGreaterThanOrEqual(10);
    expect(members.length).toBeGreaterThan(50);
  });

  it.each(members)('%s.%s', (owner, member) => {
    const mine = owner === 'client' ? ours.client : ours.modules[owner];
    const reference = owner === 'client' ? theirs.client : theirs.modules[owner];
    expect(missingMembers(reference, mine)).not.toContain(member);
    expect(SCENARIOS[`${owner}.${member}`]?.length ?? 0).toBeGreaterThan(0);
  });

  it('has no scenario for a member the established library does not have', () => {
    const real = new Set(members.map(([owner, member]) => `${owner}.${member}`));
    expect(Object.keys(SCENARIOS).filter((key) => !real.has(key))).toEqual([]);
  });
});

describe.each(Object.entries(SCENARIOS))('%s', (_key, scenarios) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const runs = await runBoth(scenario.act, scenario.router);
    compare(scenario, runs);
    const replay = scenario.errorReplay ?? (runs.established.wire.length > 0 && runs.ours.wire.length > 0);
    if (!replay) return;
    for (const status of ERROR_STATUSES) {
      const failing = await runBoth(scenario.act, () => ({ status, body: { message: `status ${status}` } }));
      try {
        compare({ exempt: scenario.exempt?.wire ? { wire: scenario.exempt.wire } : undefined }, failing, true);
      } catch (error) {
        throw new Error(`answered ${status}: ${(error as Error).message}`);
      }
    }
  });
});

describe('property-based inputs', () => {
  const date = fc.date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-01-01T00:00:00Z'),
    noInvalidDate: true,
  });
  const extension = (prefixes: string[]): fc.Arbitrary<string> =>
    fc.tuple(fc.constantFrom(...prefixes), fc.nat({ max: 30 })).map(([p, n]) => `${p}${n}`);
  const pagination = fc.option(
    fc.record({ offset: fc.nat({ max: 500 }), limit: fc.integer({ min: 1, max: 1000 }) }, { requiredKeys: [] }),
    { nil: undefined },
  );

  it('history filters: every field, every enum member, booleans and their Starred alternatives', async () => {
    const filter = fc
      .record(
        {
          connectionIds: fc.array(extension(['p', 's', 'f', 'g', 'w', 'e']), { maxLength: 3 }),
          types: fc.uniqueArray(fc.constantFrom('CALL', 'VOICEMAIL', 'SMS', 'FAX')),
          directions: fc.uniqueArray(fc.constantFrom('INCOMING', 'OUTGOING', 'MISSED_INCOMING', 'MISSED_OUTGOING')),
          archived: fc.boolean(),
          starred: fc.constantFrom(true, false, 'STARRED', 'UNSTARRED'),
          startDate: date,
          endDate: date,
          phonenumber: fc.constantFrom('+4921100000001', '+4915799912345'),
        },
        { requiredKeys: [] },
      )
      .filter((f) => !(f.startDate && f.endDate && f.startDate > f.endDate));
    await fc.assert(
      fc.asyncProperty(filter, pagination, async (f, p) => {
        compare({}, await runBoth((library) => library.modules.createHistoryModule.fetchAll(f, p), api));
      }),
      { numRuns: 40 },
    );
  });

  it('contacts reads: scopes, pagination and the { phonenumbers } filter', async () => {
    const member = fc.constantFrom('paginatedGet', 'get', 'paginatedExportAsJSON', 'exportAsJSON');
    await fc.assert(
      fc.asyncProperty(
        member,
        fc.constantFrom('PRIVATE', 'SHARED', 'INTERNAL', 'ALL'),
        fc.record({ offset: fc.nat({ max: 5 }), limit: fc.integer({ min: 1, max: 5 }) }),
        fc.option(
          fc.record({
            phonenumbers: fc.array(fc.constantFrom('+4921163553355', '+4921100000001'), { minLength: 1, maxLength: 2 }),
          }),
          { nil: undefined },
        ),
        async (name, scope, page, filter) => {
          compare({}, await runBoth((library) => library.modules.createContactsModule[name](scope, page, filter), api));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('real-time call control: options, sequences and states', async () => {
    const action = fc.oneof(
      fc.record({ member: fc.constant('record'), arg: fc.record({ value: fc.boolean(), announcement: fc.boolean() }) }),
      fc.record({
        member: fc.constant('transfer'),
        arg: fc.record({ attended: fc.boolean(), phoneNumber: fc.constantFrom('+4915799912345', '+4921100000001') }),
      }),
      fc.record({ member: fc.constant('sendDTMF'), arg: fc.stringMatching(/^[0-9A-Da-d#*]{1,12}$/) }),
      fc.record({ member: fc.constantFrom('mute', 'hold'), arg: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(action, async ({ member, arg }) => {
        compare({}, await runBoth((library) => library.modules.createRTCMModule[member]({ callId: 'abc' }, arg), api));
      }),
      { numRuns: 40 },
    );
  });

  it('numbers pagination and the webhook whitelist', async () => {
    await fc.assert(
      fc.asyncProperty(pagination, fc.uniqueArray(extension(['p', 'g']), { maxLength: 4 }), async (p, whitelist) => {
        compare({}, await runBoth((library) => library.modules.createNumbersModule.getAllNumbers(p), api));
        compare({}, await runBoth((library) => library.modules.createSettingsModule.setWhitelist(whitelist), api));
      }),
      { numRuns: 25 },
    );
  });

  it('call initiation: every valid combination of caller, callee, callerId and deviceId', async () => {
    const number = fc.constantFrom('+4921100000001', '+4915799912345', '+4921165432');
    const callData = fc.oneof(
      fc.record({ from: extension(['e', 'p', 'x', 'y']), to: number }),
      fc.record({ from: extension(['e', 'p', 'x', 'y']), to: number, callerId: number }),
      fc.record({ from: number, to: number, deviceId: extension(['e', 'p', 'x', 'y']) }),
      fc.record({ from: number, to: number, callerId: number, deviceId: extension(['e', 'p', 'x', 'y']) }),
    );
    await fc.assert(
      fc.asyncProperty(callData, async (data) => {
        compare({}, await runBoth((library) => library.modules.createCallModule.initiate(data), api));
      }),
      { numRuns: 30 },
    );
  });
});

describe('contacts CSV import: the established fixed texts, exactly', () => {
  // The generic comparison checks only texts that are whole enum values; these carry a suffix
  // (`Missing header field in CSV: lastname`) or come from the established validation.
  it.each([
    ['no line', '\n\r\n'],
    ['a missing firstname column', 'name,lastname,number\nAlan,Turing,+4921163553355'],
    ['a missing lastname column', 'firstname,surname,number\nAlan,Turing,+4921163553355'],
    ['a missing number column', 'Firstname,Lastname\nAlan,Turing'],
    [
      'a short row among good ones',
      'firstname,lastname,number\nAda,Lovelace,+4921163553356\nAlan,Turing\nGrace,Hopper,+4921100000002',
    ],
    ['a long row', 'firstname,lastname,number\nAlan,Turing,+4921163553355,,'],
  ])('%s', async (_name, csv) => {
    const runs = await runBoth((library) => library.modules.createContactsModule.importFromCsvString(csv), api);
    expect(runs.established.outcome.kind).toBe('rejected');
    expect(runs.ours.outcome).toMatchObject({
      kind: 'rejected',
      message: (runs.established.outcome as { message: string }).message,
    });
    expect(runs.ours.wire).toEqual([]);
    expect(runs.established.wire).toEqual([]);
  });
});

describe('contacts CSV export: the established columns and quoting', () => {
  // Values that need quoting (quotes, the delimiter, line breaks), several and no list entries.
  const contacts = [
    ...CONTACTS,
    {
      id: 'c4',
      name: 'Grace "Amazing; Grace" Hopper',
      picture: null,
      emails: [
        { email: 'grace@example.com', type: [] },
        { email: 'hopper@example.com', type: ['work'] },
      ],
      numbers: [
        { number: '+4921100000003', type: [] },
        { number: '+4915799912345', type: ['cell'] },
      ],
      addresses: [
        {
          poBox: '',
          extendedAddress: 'c/o Navy',
          streetAddress: 'Line 1\nLine 2',
          locality: 'Arlington',
          region: 'VA',
          postalCode: '22201',
          country: 'US',
        },
      ],
      organization: [['US Navy', 'Research'], ['Yale']],
      scope: 'PRIVATE',
    },
  ];
  const router = routes({ 'GET /contacts': { status: 200, body: { items: contacts, totalCount: contacts.length } } });

  /** The cells of one CSV text exactly as written, quotes included. */
  function rawCells(csv: string, delimiter: string): string[][] {
    const rows: string[][] = [[]];
    let cell = '';
    let quoted = false;
    for (const char of csv) {
      if (char === '"') quoted = !quoted;
      if (!quoted && char === delimiter) {
        rows[rows.length - 1].push(cell);
        cell = '';
      } else if (!quoted && char === '\n') {
        rows[rows.length - 1].push(cell);
        rows.push([]);
        cell = '';
      } else {
        cell += char;
      }
    }
    rows[rows.length - 1].push(cell);
    return rows;
  }
  const unquote = (cell: string): string => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
  type Address = (typeof contacts)[number]['addresses'][number];
  const writtenOut = (a: Address): string =>
    [
      a.poBox,
      a.extendedAddress,
      a.streetAddress,
      [a.postalCode, a.locality].filter(Boolean).join(' '),
      a.region,
      a.country,
    ]
      .filter((p) => p && p.trim() !== '')
      .join(', ');
  // This SDK writes list cells as text where the established package wrote JSON (difference 'export-format').
  const asText: Record<string, (json: unknown) => string> = {
    emails: (json) => (json as string[]).join(', '),
    numbers: (json) => (json as string[]).join(', '),
    addresses: (json) => (json as Address[]).map(writtenOut).join(' | '),
    organizations: (json) => (json as string[][]).map((o) => o.join(' / ')).join(', '),
  };

  it.each([
    ['exportAsCsv', ','],
    ['exportAsCsv', ';'],
    ['paginatedExportAsCsv', '\t'],
  ])('%s with %j: same header, same quoting, the same values', async (member, delimiter) => {
    const runs = await runBoth(
      (library) => library.modules.createContactsModule[member]('ALL', delimiter, { offset: 0, limit: 10 }),
      router,
    );
    const text = (run: Run): string => {
      const value = (run.outcome as { value: unknown }).value;
      return typeof value === 'string' ? value : (value as { response: string }).response;
    };
    const theirs = rawCells(text(runs.established), delimiter);
    const ours = rawCells(text(runs.ours), delimiter);
    expect(ours[0]).toEqual(theirs[0]);
    expect(theirs[0].map(unquote)).toEqual(['id', 'name', 'emails', 'numbers', 'addresses', 'organizations']);
    expect(ours).toHaveLength(theirs.length);
    theirs.slice(1).forEach((row, r) => {
      const mine = ours[r + 1];
      expect(mine.map((cell) => cell.startsWith('"'))).toEqual(row.map((cell) => cell.startsWith('"')));
      expect(mine.slice(0, 2)).toEqual(row.slice(0, 2));
      theirs[0]
        .map(unquote)
        .slice(2)
        .forEach((column, c) => {
          expect(unquote(mine[c + 2])).toBe(asText[column](JSON.parse(unquote(row[c + 2]))));
        });
    });
  });
});

describe('the suite can fail', () => {
  it('records the requests a library starts without awaiting them', async () => {
    const slow = routes({ 'GET /balance': { status: 200, body: { amount: 1, currency: 'EUR' } } });
    const runs = await runBoth((library) => {
      // Started after the call has settled, as the established deleteAllShared starts its deletions.
      setImmediate(() => void library.client.get('balance').catch(() => undefined));
    }, slow);
    for (const run of [runs.established, runs.ours]) {
      expect(run.outcome.kind).toBe('resolved');
      expect(run.wire).toEqual([expect.objectContaining({ method: 'GET', path: '/balance' })]);
    }
  });

  it('notices a removed member and a changed wire request', async () => {
    const removed = { ...makeLibrary('ours').modules.createContactsModule } as Record<string, unknown>;
    delete removed.paginatedGet;
    expect(missingMembers(makeLibrary('established').modules.createContactsModule, removed)).toEqual(['paginatedGet']);

    const runs = await runBoth((library) => library.modules.createRTCMModule.mute({ callId: 'abc' }, true), api);
    runs.ours.wire[0] = { ...runs.ours.wire[0], body: { value: false } };
    expect(() => compare({}, runs)).toThrow(/wire differs/);
    const resolvedOther = {
      ...runs,
      ours: { ...runs.ours, wire: runs.established.wire, outcome: { kind: 'resolved' as const, value: [1] } },
    };
    const established = { ...resolvedOther.established, outcome: { kind: 'resolved' as const, value: [1, 2] } };
    expect(() => compare({}, { ...resolvedOther, established })).toThrow(/expected 2 items/);
  });
});
