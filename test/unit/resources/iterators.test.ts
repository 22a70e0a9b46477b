import nock from 'nock';
import { createContactsModule, createNumbersModule } from '../../../lib';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

describe('iterators over paged endpoints', () => {
  it('numbers.iterate walks every page with offset/limit and converts mnpState dates', async () => {
    nock(API)
      .get('/numbers')
      .query({ offset: '0', limit: '2' })
      .reply(200, {
        items: [
          { id: '1', number: '+4921165432' },
          { id: '2', number: '+4921165433', mnpState: { isReleased: true, releasedUntil: '2026-12-31T00:00:00Z' } },
        ],
        totalCount: 3,
      });
    nock(API)
      .get('/numbers')
      .query({ offset: '2', limit: '2' })
      .reply(200, { items: [{ id: '3', number: '+4921165434' }], totalCount: 3 });
    const seen = [];
    for await (const number of createNumbersModule(testClient()).iterate({ pageSize: 2 })) seen.push(number);
    expect(seen.map((number) => number.id)).toEqual(['1', '2', '3']);
    expect(seen[1].mnpState?.releasedUntil).toEqual(new Date('2026-12-31T00:00:00Z'));
  });

  it('contacts.iterate walks every page and keeps only the scope asked for', async () => {
    nock(API)
      .get('/contacts')
      .query({ offset: '0', limit: '100' })
      .reply(200, {
        items: [
          { id: 'a', name: 'Ada', scope: 'PRIVATE' },
          { id: 'b', name: 'Bob', scope: 'SHARED' },
        ],
        totalCount: 2,
      });
    const names = [];
    for await (const contact of createContactsModule(testClient()).iterate('SHARED')) names.push(contact.name);
    expect(names).toEqual(['Bob']);
    // Like the streaming exports, the scope is checked when the iterator is made, before any request.
    expect(() => createContactsModule(testClient()).iterate('NOPE' as 'ALL')).toThrow(
      expect.objectContaining({ name: 'SipgateIOValidationError', field: 'scope' }),
    );
  });
});
