import * as fc from 'fast-check';
import { stringify } from 'qs';
import { encodeQuery } from '../../../lib/core/internal/query';

// The established library encoded `params` with qs like this; the SDK's own encoder must produce
// the same string for every query, flat or nested. qs is the oracle (a dev dependency only).
const withQs = (query: Record<string, unknown>): string =>
  stringify(query, { arrayFormat: 'repeat', skipNulls: true, serializeDate: (date: Date) => date.toISOString() });

const scalar = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
);
const key = fc.string({ unit: 'grapheme', minLength: 1 }).filter((k) => !/[[\].]/.test(k) && k !== '__proto__');
const flat = fc.oneof(scalar, fc.constant(null), fc.constant(undefined), fc.array(scalar, { maxLength: 4 }));
const nested = fc.oneof(
  flat,
  fc.dictionary(key, flat, { maxKeys: 3 }),
  fc.array(fc.dictionary(key, scalar, { maxKeys: 2 }), { maxLength: 2 }),
);

it('encodes every flat query exactly as qs did (property)', () => {
  fc.assert(
    fc.property(fc.dictionary(key, flat, { maxKeys: 6 }), (query) => {
      expect(encodeQuery(query as never)).toBe(withQs(query));
    }),
    { numRuns: 3_000 },
  );
});

it('encodes nested objects and arrays of objects as qs did (property), for code passing axios-style params', () => {
  fc.assert(
    fc.property(fc.dictionary(key, nested, { maxKeys: 4 }), (query) => {
      expect(encodeQuery(query as never)).toBe(withQs(query));
    }),
    { numRuns: 2_000 },
  );
});

it('encodes the SDK’s typical queries', () => {
  const query = {
    types: ['CALL', 'SMS'],
    from: new Date('2026-01-01T00:00:00Z'),
    archived: false,
    limit: 10,
    phonenumber: '+49 211 (0)',
    skip: null,
    gone: undefined,
  };
  expect(encodeQuery(query)).toBe(
    'types=CALL&types=SMS&from=2026-01-01T00%3A00%3A00.000Z&archived=false&limit=10&phonenumber=%2B49%20211%20%280%29',
  );
  expect(encodeQuery({ filter: { a: 'b', c: ['d', 'e'] } } as never)).toBe(
    'filter%5Ba%5D=b&filter%5Bc%5D=d&filter%5Bc%5D=e',
  );
});
