import * as fc from 'fast-check';
import { encodeQuery as withQs } from '../../../lib/core/query-qs';
import { encodeQuery as lite } from '../../../lib/core/query-lite';

// Browser builds swap qs for query-lite; both must produce the same string for every query
// shape the SDK sends: scalars, dates, null/undefined, and arrays of scalars and dates.
const scalar = fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.date({ noInvalidDate: true }));
const value = fc.oneof(scalar, fc.constant(null), fc.constant(undefined), fc.array(scalar, { maxLength: 4 }));
const key = fc.string({ unit: 'grapheme', minLength: 1 }).filter((k) => !/[[\].]/.test(k) && k !== '__proto__');

it('the browser query encoder equals qs for every query the SDK can send (property)', () => {
  fc.assert(
    fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (query) => {
      expect(lite(query)).toBe(withQs(query));
    }),
    { numRuns: 3_000 },
  );
});

it('encodes the SDK’s typical queries identically', () => {
  const query = { types: ['CALL', 'SMS'], from: new Date('2026-01-01T00:00:00Z'), archived: false, limit: 10, phonenumber: '+49 211 (0)', skip: null, gone: undefined };
  expect(lite(query)).toBe('types=CALL&types=SMS&from=2026-01-01T00%3A00%3A00.000Z&archived=false&limit=10&phonenumber=%2B49%20211%20%280%29');
  expect(withQs(query)).toBe(lite(query));
});
