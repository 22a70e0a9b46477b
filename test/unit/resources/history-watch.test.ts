/**
 * history.watch against a fake history that changes while it is read: entries added during
 * paging (new ones, and a backdated one that shifts every page boundary, as a long call's entry
 * does when the call ends), entries modified after they were yielded, a 429 in the middle of a
 * poll. Every (id, lastModified) must come out exactly once, none missed; resuming from a saved
 * cursor continues exactly there; memory stays bounded.
 */
import nock from 'nock';
import {
  createHistoryModule,
  HistoryEntryType,
  SipgateIOAuthenticationError,
  SipgateIOValidationError,
  type HistoryEntry,
} from '../../../lib';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

interface Raw {
  id: string;
  type: string;
  created: string;
  lastModified: string;
  direction: string;
}

/** A stateful /history: filters by creation time [from, to) and type, newest first, offset/limit. */
class FakeHistory {
  entries: Raw[] = [];
  requests: Array<{ from: string; to: string; offset: number }> = [];
  /** Run before answering the n-th request (1-based); return a status to fail it with. */
  before: Record<number, () => number | void> = {};
  private next = 0;

  add(id: string, createdMsAgo: number, type = 'SMS'): Raw {
    const created = new Date(Date.now() - createdMsAgo).toISOString();
    const entry = { id, type, created, lastModified: created, direction: 'INCOMING' };
    this.entries.push(entry);
    return entry;
  }

  modify(id: string): void {
    const entry = this.entries.find((item) => item.id === id)!;
    entry.lastModified = new Date(Math.max(Date.now(), Date.parse(entry.lastModified) + 1)).toISOString();
  }

  serve(): void {
    nock(API)
      .get('/history')
      .query(true)
      .reply((uri) => {
        const query = new URL(uri, 'https://x').searchParams;
        this.next += 1;
        const status = this.before[this.next]?.();
        const offset = Number(query.get('offset'));
        this.requests.push({ from: query.get('from')!, to: query.get('to')!, offset });
        if (status) return [status, { message: 'slow down' }, { 'Retry-After': '0' }];
        const from = Date.parse(query.get('from')!);
        const to = Date.parse(query.get('to')!);
        const types = query.getAll('types');
        const matching = this.entries
          .filter(
            (entry) =>
              Date.parse(entry.created) >= from &&
              Date.parse(entry.created) < to &&
              (types.length === 0 || types.includes(entry.type)),
          )
          .sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
        return [
          200,
          { items: matching.slice(offset, offset + Number(query.get('limit'))), totalCount: matching.length },
        ];
      })
      .persist();
  }
}

const key = (entry: HistoryEntry): string => `${entry.id}@${entry.lastModified.toISOString()}`;

/** Collects from a watcher until `done` says so (or 10 s pass), then aborts it. */
async function collect(
  watcher: AsyncIterable<HistoryEntry>,
  controller: AbortController,
  done: (seen: HistoryEntry[]) => boolean,
  onEntry: (entry: HistoryEntry) => void = () => undefined,
): Promise<HistoryEntry[]> {
  const seen: HistoryEntry[] = [];
  const guard = setTimeout(() => controller.abort(), 10_000);
  for await (const entry of watcher) {
    seen.push(entry);
    onEntry(entry);
    if (done(seen)) controller.abort();
  }
  clearTimeout(guard);
  return seen;
}

it('yields every entry of a history that changes while it is read exactly once, and each change once more', async () => {
  const fake = new FakeHistory();
  for (let i = 1; i <= 5; i += 1) fake.add(`e${i}`, 60_000 - i * 1_000);
  // First poll, page 1 (e5, e4) answered: a new entry arrives (after the poll's `to`), and a
  // backdated one lands in front of the next offset, shifting it: page 2 repeats e4 and b1 is
  // not read by this poll at all.
  fake.before[2] = () => {
    fake.add('n1', 0);
    fake.add('b1', 55_500);
  };
  // Second poll: e2 is changed (a note, a transcription), and its second page fails with 429.
  fake.before[5] = () => fake.modify('e2');
  fake.before[6] = () => 429;
  fake.serve();
  const controller = new AbortController();
  const history = createHistoryModule(testClient());
  const since = new Date(Date.now() - 120_000);
  const watcher = history.watch({ since, interval: 20, lookback: 600_000, pageSize: 2, signal: controller.signal });

  const entries = await collect(watcher, controller, (seen) => seen.length >= 8);

  expect(entries.map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e2', 'b1', 'n1']);
  const keys = entries.map(key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(entries[5].lastModified.getTime()).toBeGreaterThan(entries[1].lastModified.getTime());
  // Page 2 of the first poll did repeat e4: the shift happened, and was absorbed.
  expect(fake.requests.slice(0, 3).map((request) => request.offset)).toEqual([0, 2, 4]);
  // The 429 was waited out and the poll repeated from its first page, with the same window.
  const failed = fake.requests[5];
  expect(fake.requests[6]).toMatchObject({ offset: 0, from: failed.from });
  expect(entries.every((entry) => entry.created instanceof Date)).toBe(true);
});

it('resumes from a saved cursor exactly where the app was, across a restart', async () => {
  const fake = new FakeHistory();
  for (let i = 1; i <= 6; i += 1) fake.add(`e${i}`, 30_000 - i * 1_000);
  fake.serve();
  const since = new Date(Date.now() - 60_000);
  let saved = '';
  const first = new AbortController();
  const watcher = createHistoryModule(testClient()).watch({
    since,
    interval: 20,
    pageSize: 4,
    lookback: 600_000,
    signal: first.signal,
  });
  // The app handles three entries, saving the cursor after each, then stops (a deploy, a crash).
  const before = await collect(
    watcher,
    first,
    (seen) => seen.length === 3,
    () => (saved = watcher.cursor),
  );
  expect(before.map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3']);

  fake.add('n1', 0);
  const second = new AbortController();
  const resumed = createHistoryModule(testClient()).watch({
    since: saved,
    interval: 20,
    pageSize: 4,
    lookback: 600_000,
    signal: second.signal,
  });
  const after = await collect(resumed, second, (seen) => seen.length === 4);
  expect(after.map((entry) => entry.id)).toEqual(['e4', 'e5', 'e6', 'n1']);
});

it('without `since` yields only what appears after the start, and honours the type filter', async () => {
  const fake = new FakeHistory();
  fake.add('old-sms', 5_000);
  fake.before[2] = () => {
    fake.add('new-call', 0, 'CALL');
    fake.add('new-sms', 0);
  };
  fake.serve();
  const controller = new AbortController();
  const watcher = createHistoryModule(testClient()).watch({
    types: [HistoryEntryType.SMS],
    interval: 20,
    lookback: 600_000,
    signal: controller.signal,
  });
  const entries = await collect(watcher, controller, (seen) => seen.length === 1);
  expect(entries.map((entry) => entry.id)).toEqual(['new-sms']);
  expect(fake.requests.length).toBeGreaterThanOrEqual(2);
});

it('stays bounded however long it runs: at most maxTracked entries remembered, entries leave with the window', async () => {
  const fake = new FakeHistory();
  let made = 0;
  // Every poll brings three new entries.
  for (let n = 1; n <= 400; n += 1) {
    fake.before[n] = () => {
      for (let i = 0; i < 3; i += 1) fake.add(`m${(made += 1)}`, 0);
    };
  }
  fake.serve();
  const controller = new AbortController();
  const watcher = createHistoryModule(testClient()).watch({
    since: new Date(Date.now() - 1_000),
    interval: 1,
    lookback: 200,
    maxTracked: 25,
    signal: controller.signal,
  });
  const sizes: number[] = [];
  const entries = await collect(
    watcher,
    controller,
    (seen) => seen.length >= 120,
    () => sizes.push((JSON.parse(watcher.cursor) as { seen: unknown[] }).seen.length),
  );
  expect(new Set(entries.map(key)).size).toBe(entries.length);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(25 + 3);
});

it('ends quietly on its signal, also while waiting between polls', async () => {
  new FakeHistory().serve();
  const controller = new AbortController();
  const watcher = createHistoryModule(testClient()).watch({
    interval: 60_000,
    lookback: 600_000,
    signal: controller.signal,
  });
  setTimeout(() => controller.abort(), 50);
  const started = Date.now();
  await expect(collect(watcher, controller, () => false)).resolves.toEqual([]);
  expect(Date.now() - started).toBeLessThan(2_000);
});

it('ends with the error when it is not worth waiting out (401)', async () => {
  nock(API).get('/history').query(true).reply(401, { message: 'bad token' });
  const watcher = createHistoryModule(testClient()).watch({ interval: 20, lookback: 600_000 });
  await expect(watcher.next()).rejects.toBeInstanceOf(SipgateIOAuthenticationError);
});

it('refuses bad options and cursors before anything is sent', () => {
  const history = createHistoryModule(testClient());
  expect(() => history.watch({ interval: 60_000, lookback: 60_000 })).toThrow(/at least twice/);
  expect(() => history.watch({ since: 'not a cursor' })).toThrow(SipgateIOValidationError);
  expect(() => history.watch({ since: new Date('x') })).toThrow(SipgateIOValidationError);
  expect(() => history.watch({ intervall: 5 } as never)).toThrow(/did you mean `interval`/);
  expect(() => history.watch({ from: new Date() } as never)).toThrow(SipgateIOValidationError);
  expect(() => history.watch({ types: ['MAIL' as HistoryEntryType] })).toThrow(SipgateIOValidationError);
});
