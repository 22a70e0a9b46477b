import nock from 'nock';
import {
  createHistoryModule,
  HistoryDirection,
  HistoryEntryType,
  SipgateIOValidationError,
  Starred,
  type HistoryEntry,
} from '../../../lib';
import { MAX_DELETE_QUERY_LENGTH } from '../../../lib/resources/history';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

const raw = (id: string, type = 'CALL') => ({
  id,
  type,
  created: '2026-11-01T10:00:00Z',
  lastModified: '2026-11-02T11:30:00Z',
  direction: 'INCOMING',
  source: '+49211',
  target: '+49157',
});

describe('history', () => {
  it('fetchAll encodes every filter: repeated arrays, ISO dates, booleans and pagination', async () => {
    nock(API)
      .get('/history')
      .query((query) => {
        expect(query).toEqual({
          connectionIds: ['p0', 'p1'],
          types: ['CALL', 'SMS'],
          directions: 'MISSED_INCOMING', // a single repeated key parses as a plain value
          archived: 'false',
          starred: 'STARRED',
          from: '2026-11-01T00:00:00.000Z',
          to: '2026-11-20T00:00:00.000Z',
          phonenumber: '+4921165432',
          offset: '20',
          limit: '10',
        });
        return true;
      })
      .reply(200, { items: [raw('1'), raw('2', 'SMS')], totalCount: 2 });
    const entries = await createHistoryModule(testClient()).fetchAll(
      {
        connectionIds: ['p0', 'p1'],
        types: [HistoryEntryType.CALL, HistoryEntryType.SMS],
        directions: [HistoryDirection.MISSED_INCOMING],
        archived: false,
        starred: Starred.STARRED,
        from: new Date('2026-11-01T00:00:00Z'),
        to: new Date('2026-11-20T00:00:00Z'),
        phonenumber: '+4921165432',
      },
      { offset: 20, limit: 10 },
    );
    expect(entries.map((e) => e.type)).toEqual(['CALL', 'SMS']);
    expect(entries[0].created).toEqual(new Date('2026-11-01T10:00:00Z'));
    expect(entries[0].lastModified).toBeInstanceOf(Date);
  });

  it.each([
    ['an unknown type', { types: ['MMS'] }, 'filter.types[0]'],
    ['an unknown direction', { directions: ['SIDEWAYS'] }, 'filter.directions[0]'],
    ['an invalid date', { from: new Date('x') }, 'filter.from'],
    ['a date string', { to: '2026-01-01' }, 'filter.to'],
    ['from after to', { from: new Date('2026-02-01'), to: new Date('2026-01-01') }, 'filter.from'],
    ['a non-boolean archived', { archived: 'yes' }, 'filter.archived'],
  ])('rejects %s before any request', async (_label, filter, field) => {
    const error = await createHistoryModule(testClient())
      .fetchAll(filter as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect((error as SipgateIOValidationError).field).toBe(field);
  });

  it('iterate walks every page with the same filter and typed entries', async () => {
    for (const [offset, count] of [
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ]) {
      nock(API)
        .get('/history')
        .query({ types: 'FAX', offset: String(offset), limit: '3' })
        .reply(200, { items: Array.from({ length: count }, (_, i) => raw(String(offset + i), 'FAX')) });
    }
    const ids: string[] = [];
    for await (const entry of createHistoryModule(testClient()).iterate(
      { types: [HistoryEntryType.FAX] },
      { pageSize: 3 },
    )) {
      expect(entry.created).toBeInstanceOf(Date);
      ids.push(entry.id);
    }
    expect(ids).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('fetchById, deleteById and exportAsCsvString', async () => {
    nock(API).get('/history/a%2Fb').reply(200, raw('a/b', 'VOICEMAIL'));
    nock(API).delete('/history/42').reply(204);
    nock(API)
      .get('/history/export')
      .query({ types: 'CALL', from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z', limit: '5' })
      .reply(200, 'id,source\n1,+49211\n', { 'Content-Type': 'text/csv' });
    const history = createHistoryModule(testClient());
    await expect(history.fetchById('a/b')).resolves.toMatchObject({
      id: 'a/b',
      type: 'VOICEMAIL',
      created: new Date('2026-11-01T10:00:00Z'),
    });
    await history.deleteById('42');
    await expect(
      history.exportAsCsvString(
        {
          types: [HistoryEntryType.CALL],
          startDate: new Date('2026-01-01T00:00:00Z'),
          endDate: new Date('2026-02-01T00:00:00Z'),
        },
        { limit: 5 },
      ),
    ).resolves.toBe('id,source\n1,+49211\n');
  });

  it('deleteByListOfIds splits long lists so every URL stays short, deleting each id exactly once', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `entry-${String(i).padStart(12, '0')}`);
    const deleted: string[] = [];
    const queries: string[] = [];
    nock(API)
      .delete('/history')
      .query(true)
      .times(20)
      .reply(204, function handle() {
        const search = this.req.path.split('?')[1] ?? '';
        queries.push(search);
        deleted.push(...new URLSearchParams(search).getAll('id'));
        return '';
      });
    await createHistoryModule(testClient()).deleteByListOfIds(ids);
    nock.cleanAll();
    expect(queries.length).toBeGreaterThan(1);
    for (const query of queries) expect(query.length).toBeLessThanOrEqual(MAX_DELETE_QUERY_LENGTH);
    expect(deleted).toEqual(ids);
  });

  it('batchUpdateEvents sends flags in one PUT and notes one by one', async () => {
    const entries = [raw('1'), raw('2'), raw('3')] as unknown as HistoryEntry[];
    nock(API)
      .put('/history', [
        { id: '1', archived: true, read: true },
        { id: '2', starred: true },
      ])
      .reply(204);
    nock(API).put('/history/3', { note: 'call back' }).reply(204);
    await createHistoryModule(testClient()).batchUpdateEvents(entries, (entry) =>
      entry.id === '1' ? { archived: true, read: true } : entry.id === '2' ? { starred: true } : { note: 'call back' },
    );
  });

  it('batchUpdateEvents validates the updates before sending anything', async () => {
    const entries = [raw('1')] as unknown as HistoryEntry[];
    await expect(
      createHistoryModule(testClient()).batchUpdateEvents(entries, () => ({ archived: 'yes' as never })),
    ).rejects.toMatchObject({ field: 'update.archived' });
  });
});
