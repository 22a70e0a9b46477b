/**
 * Property-based fuzzing (fast-check) of the inputs users and the network control: the phone
 * validator and the CSV and vCard importers never throw anything but typed errors, and their
 * round-trips hold. (The webhook parser and XML builder are fuzzed in test/webhook/web.test.ts.)
 */
import * as fc from 'fast-check';
import nock from 'nock';
import Papa from 'papaparse';
import { createContactsModule, normalisePhoneNumber, sipgateIO, SipgateIOValidationError } from '../../lib';
import { contactToVCard, parseVCards } from '../../lib/resources/contacts/vcard';

const API = 'https://api.test.invalid/v2';
const client = sipgateIO(
  { tokenId: 'token-FUZZ01', token: 'f0220000-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
  { baseUrl: API, maxRetries: 0, logger: { warn: () => undefined } },
);
beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const typedOnly = (error: unknown) => {
  if (!(error instanceof SipgateIOValidationError)) throw error;
};

it('phone validator: only validation errors, and normalised numbers are stable E.164 (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string(),
        fc.stringMatching(/^\+?[0-9 ()./-]{0,20}$/),
        fc.constantFrom('+4915799912345', '0049 211 123456', '015799912345'),
      ),
      fc.constantFrom('DE', 'GB', 'US', 'AT', 'CH', 'FR'),
      async (input, country) => {
        try {
          const e164 = await normalisePhoneNumber(input, 'to', country);
          expect(e164).toMatch(/^\+[1-9]\d{6,14}$/);
          await expect(normalisePhoneNumber(e164, 'to', country)).resolves.toBe(e164);
        } catch (error) {
          typedOnly(error);
        }
      },
    ),
    { numRuns: 1_500 },
  );
});

it('vCard parser: only validation errors on arbitrary text (property)', () => {
  const line = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'BEGIN:VCARD',
      'END:VCARD',
      'VERSION:4.0',
      'VERSION:3.0',
      'FN:',
      'N:;;;;',
      'TEL:',
      ' folded',
      'TEL;TYPE="a,b":+49',
      'ADR:;;;',
      'ORG:\\;\\,',
    ),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 20 }), fc.constantFrom('\r\n', '\n', '\r'), (lines, eol) => {
      try {
        parseVCards(lines.join(eol));
      } catch (error) {
        typedOnly(error);
      }
    }),
    { numRuns: 2_000 },
  );
});

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const nonBlank = text.filter((s) => s.trim() !== '' && s === s.trim());
const contact = fc.record({
  name: nonBlank,
  numbers: fc.array(
    fc.record({
      number: fc.stringMatching(/^\+[1-9][0-9]{6,12}$/),
      type: fc.array(fc.constantFrom('cell', 'work', 'home', 'fax'), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  emails: fc.array(
    fc.record({ email: fc.emailAddress(), type: fc.array(fc.constantFrom('work', 'home'), { maxLength: 1 }) }),
    { maxLength: 2 },
  ),
  addresses: fc.array(
    fc
      .record({
        poBox: text,
        extendedAddress: text,
        streetAddress: text,
        locality: text,
        region: text,
        postalCode: text,
        country: text,
      })
      .map((a) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.trim()]))),
    { maxLength: 2 },
  ),
  organization: fc.array(
    fc.array(
      text.map((s) => s.trim()),
      { minLength: 1, maxLength: 3 },
    ),
    { maxLength: 2 },
  ),
});

it('vCard round-trip: export then import yields the same contacts (property)', () => {
  fc.assert(
    fc.property(fc.array(contact, { minLength: 1, maxLength: 3 }), (contacts) => {
      const parsed = parseVCards(contacts.map((c) => contactToVCard(c as never)).join(''));
      expect(
        parsed.map(({ name, numbers, emails, addresses, organization }) => ({
          name,
          numbers,
          emails,
          addresses,
          organization,
        })),
      ).toEqual(contacts.map((c) => ({ ...c, organization: c.organization.filter((o) => o.length > 0) })));
    }),
    { numRuns: 500 },
  );
});

it('CSV importer: only validation errors, and the names it sends are the names it read (property)', async () => {
  const field = fc.oneof(text, fc.constantFrom('', ' ', '"', '""', ',', '\n', '\r\n', 'a,b', 'x"y'));
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(field, field, fc.oneof(fc.constant('+4921163553355'), field)), { maxLength: 6 }),
      fc.boolean(),
      async (rows, bom) => {
        const csv = `${bom ? '\uFEFF' : ''}FirstName,LastName,Number\r\n${rows.map((r) => r.map(quote).join(',')).join('\r\n')}`;
        let sent: string | undefined;
        nock(API)
          .post('/contacts/import/csv')
          .optionally()
          .reply(204, (_uri, body) => {
            sent = Buffer.from((body as { base64Content: string }).base64Content, 'base64').toString('utf8');
            return '';
          });
        // A blank row is skipped like an empty line; a row without a number or without any name
        // refuses the whole import, before anything is sent.
        const blank = (r: string[]) => r.every((v) => v.trim() === '');
        const lacking = rows.some(
          (r) => !blank(r) && (r[2].trim() === '' || (r[0].trim() === '' && r[1].trim() === '')),
        );
        try {
          await createContactsModule(client).importFromCsvString(csv);
          expect(lacking).toBe(false);
          const expected = rows.filter((r) => !blank(r));
          if (expected.length === 0) expect(sent).toBeUndefined();
          else {
            const back = Papa.parse<string[]>(sent ?? '', { skipEmptyLines: false }).data;
            expect(back[0]).toEqual(['firstname', 'lastname', 'number']);
            expect(back.slice(1)).toEqual(expected.map((r) => r.map((v) => v.trim())));
          }
        } catch (error) {
          typedOnly(error);
          if (lacking) expect((error as Error).message).toBe('Missing values in CSV');
          expect(sent).toBeUndefined();
        } finally {
          nock.cleanAll();
        }
      },
    ),
    { numRuns: 400 },
  );
});
