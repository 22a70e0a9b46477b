import nock from 'nock';
import { paginate, SipgateIOAbortError, SipgateIOValidationError } from '../../../lib';
import { collectPages } from '../../../lib/core/pagination';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

const items = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: String(from + i) }));

describe('paginate', () => {
  it('walks every page until a short page, passing filters on each request', async () => {
    for (const [offset, count] of [
      [0, 2],
      [2, 2],
      [4, 2],
      [6, 1],
    ] as const) {
      nock(API)
        .get('/history')
        .query({ types: ['CALL', 'SMS'], offset: String(offset), limit: '2' })
        .reply(200, { items: items(offset, count) });
    }
    const ids: string[] = [];
    for await (const entry of paginate<{ id: string }>(testClient(), '/history', {
      pageSize: 2,
      query: { types: ['CALL', 'SMS'] },
    })) {
      ids.push(entry.id);
    }
    expect(ids).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });

  it('stops at totalCount without asking for an empty page', async () => {
    nock(API)
      .get('/numbers')
      .query({ offset: '0', limit: '3' })
      .reply(200, { items: items(0, 3), totalCount: 6 });
    nock(API)
      .get('/numbers')
      .query({ offset: '3', limit: '3' })
      .reply(200, { items: items(3, 3), totalCount: 6 });
    const all = await collectPages<{ id: string }>(testClient(), '/numbers', { pageSize: 3, maxItems: 100 });
    expect(all.map((n) => n.id)).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('maps items and honours maxItems by shrinking the last page', async () => {
    nock(API)
      .get('/contacts')
      .query({ offset: '0', limit: '2' })
      .reply(200, { items: items(0, 2) });
    nock(API)
      .get('/contacts')
      .query({ offset: '2', limit: '1' })
      .reply(200, { items: items(2, 1) });
    const all = await collectPages<{ id: string }, number>(testClient(), '/contacts', {
      pageSize: 2,
      maxItems: 3,
      map: (c) => Number(c.id),
    });
    expect(all).toEqual([0, 1, 2]);
  });

  it('stops between pages when the signal aborts', async () => {
    nock(API)
      .get('/history')
      .query(true)
      .reply(200, { items: items(0, 2) });
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const entry of paginate<{ id: string }>(testClient(), '/history', {
        pageSize: 2,
        signal: controller.signal,
      })) {
        seen.push(entry.id);
        controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(SipgateIOAbortError);
    expect(seen).toEqual(['0', '1']);
  });

  it('rejects a bad page size before any request', async () => {
    const run = async () => {
      for await (const _ of paginate(testClient(), '/history', { pageSize: 0 })) break;
    };
    await expect(run()).rejects.toBeInstanceOf(SipgateIOValidationError);
  });
});
