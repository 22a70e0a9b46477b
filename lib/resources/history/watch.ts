/**
 * `history.watch`: new and changed history entries as they appear, by polling `/history`.
 *
 * sipgate pushes no SMS, fax or voicemail events, and the contract filters history by creation
 * time only (`from`, `to`), not by modification. So each poll re-reads a window of the last
 * `lookback` (ending at the poll's start, so nothing created during paging shifts the pages),
 * and yields what it has not yielded before, by id and `lastModified`. Every entry is read by
 * several polls while it is in the window: one that paging missed (an entry inserted or deleted
 * mid-read shifts the offsets) is found by the next, and a page read twice is deduplicated. The
 * window also covers the gap between this machine's clock and sipgate's, and entries that appear
 * late (a call's entry appears when it ends, dated when it began).
 *
 * What is remembered is bounded: the (id, lastModified, created) of entries in the window, at most
 * `maxTracked`; older ones are forgotten as the window moves. The cursor is that memory as a
 * string, for an app to save and resume from.
 */
import type { QueryParams, RequestOptions, SipgateIOClient } from '../../core/client';
import { SipgateIOError, SipgateIOValidationError } from '../../core/errors';
import { rejectUnknownKeys } from '../../core/internal/validate';
import { paginate } from '../../core/pagination';
import type { HistoryEntry, HistoryFilter, HistoryWatchOptions, HistoryWatcher } from './history.types';

const DEFAULT_INTERVAL_MS = 30_000;
const DEFAULT_LOOKBACK_MS = 60 * 60_000;
const DEFAULT_MAX_TRACKED = 10_000;
/** The longest wait between polls after failures. */
const MAX_BACKOFF_MS = 5 * 60_000;
/** Failures a poll waits out and repeats; anything else (401, 403, a bad filter) ends the watch. */
const TRANSIENT: ReadonlySet<string> = new Set(['rate_limited', 'server', 'connection', 'timeout', 'invalid_response']);
const CURSOR_VERSION = 1;
/** What `watch` takes: the filters of `fetchAll` but the dates (the watch sets them), and its own options. */
const WATCH_KEYS = [
  'connectionIds',
  'types',
  'directions',
  'archived',
  'starred',
  'phonenumber',
  'since',
  'interval',
  'lookback',
  'pageSize',
  'maxTracked',
  'signal',
  'timeout',
];

/** What the watch remembers of an entry it has yielded (or found at the start). */
interface Seen {
  modified: number;
  created: number;
}

/** The saved form: the window's start and the entries seen in it, as `[id, lastModified, created]` in ms. */
interface CursorData {
  v: number;
  from: number;
  seen: Array<[string, number, number]>;
}

const time = (value: unknown): number =>
  value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;

function positiveInteger(value: number | undefined, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new SipgateIOValidationError(field, 'must be a positive integer.');
  return value;
}

function readCursor(text: string): CursorData {
  let data: Partial<CursorData> | undefined;
  try {
    data = JSON.parse(text) as Partial<CursorData>;
  } catch {
    data = undefined;
  }
  const valid =
    data?.v === CURSOR_VERSION &&
    Number.isFinite(data.from) &&
    Array.isArray(data.seen) &&
    data.seen.every(
      (item) =>
        Array.isArray(item) && typeof item[0] === 'string' && Number.isFinite(item[1]) && Number.isFinite(item[2]),
    );
  if (!valid)
    throw new SipgateIOValidationError(
      'options.since',
      'is not a cursor saved from history.watch (watcher.cursor), nor a Date.',
    );
  return data as CursorData;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Starts watching the history (see the module comment) for `history.watch`, which passes its
 * filter validation and entry conversion. Everything is checked before anything is sent.
 *
 * @example
 * ```ts
 * const watcher = watchHistory(client, { types: [HistoryEntryType.SMS], interval: 60_000 }, filterQuery, toHistoryEntry);
 * ```
 */
export function watchHistory(
  client: SipgateIOClient,
  options: HistoryWatchOptions = {},
  toQuery: (filter: HistoryFilter) => QueryParams,
  toEntry: (raw: unknown) => HistoryEntry,
): HistoryWatcher {
  if (typeof options !== 'object' || options === null)
    throw new SipgateIOValidationError('options', 'must be an object.');
  rejectUnknownKeys(options, WATCH_KEYS, 'options');
  const {
    since,
    interval: givenInterval,
    lookback: givenLookback,
    pageSize: givenPageSize,
    maxTracked: givenMaxTracked,
    signal,
    timeout,
    ...rest
  } = options;
  const filter = toQuery(rest);
  const interval = positiveInteger(givenInterval, 'options.interval', DEFAULT_INTERVAL_MS);
  const lookback = positiveInteger(givenLookback, 'options.lookback', Math.max(DEFAULT_LOOKBACK_MS, 2 * interval));
  // A shorter window would let an entry be read by one poll only: a paging miss there would be final.
  if (lookback < 2 * interval)
    throw new SipgateIOValidationError(
      'options.lookback',
      'must be at least twice options.interval, so that every entry is read by two polls.',
    );
  const maxTracked = positiveInteger(givenMaxTracked, 'options.maxTracked', DEFAULT_MAX_TRACKED);
  const pageSize = positiveInteger(givenPageSize, 'options.pageSize', 100);
  const requestOptions: Omit<RequestOptions, 'query'> = timeout === undefined ? { signal } : { signal, timeout };

  const seen = new Map<string, Seen>();
  let windowStart: number;
  // Without a starting point, the first poll only learns what is already there.
  let baseline = false;
  if (since === undefined) {
    windowStart = Date.now() - lookback;
    baseline = true;
  } else if (since instanceof Date) {
    windowStart = time(since);
    if (Number.isNaN(windowStart)) throw new SipgateIOValidationError('options.since', 'is an invalid Date.');
  } else if (typeof since === 'string') {
    const cursor = readCursor(since);
    windowStart = cursor.from;
    for (const [id, modified, created] of cursor.seen) seen.set(id, { modified, created });
  } else {
    throw new SipgateIOValidationError('options.since', 'must be a cursor saved from watcher.cursor, or a Date.');
  }

  /**
   * Forgets entries that left the window. Beyond `maxTracked`, forgets the oldest and moves the
   * window's start past them: a forgotten entry still in the window would be yielded again.
   */
  const forget = (): void => {
    for (const [id, entry] of seen) if (entry.created < windowStart) seen.delete(id);
    if (seen.size <= maxTracked) return;
    const oldest = [...seen].sort((a, b) => a[1].created - b[1].created).slice(0, seen.size - maxTracked);
    for (const [id] of oldest) seen.delete(id);
    windowStart = Math.max(windowStart, oldest[oldest.length - 1][1].created + 1);
  };

  /** One poll: what is new or changed in [windowStart, until), oldest first, one entry per id. */
  async function poll(until: number): Promise<Array<{ entry: HistoryEntry; mark: Seen }>> {
    const found = new Map<string, { entry: HistoryEntry; modified: number; created: number }>();
    const query = { ...filter, from: new Date(windowStart), to: new Date(until) };
    for await (const entry of paginate<unknown, HistoryEntry>(client, '/history', {
      ...requestOptions,
      query,
      pageSize,
      map: toEntry,
    })) {
      const created = time(entry.created);
      const modified = time(entry.lastModified);
      const stamp = Number.isNaN(modified) ? (Number.isNaN(created) ? 0 : created) : modified;
      const known = seen.get(entry.id);
      if (known && known.modified >= stamp) continue;
      const already = found.get(entry.id);
      if (!already || already.modified < stamp)
        found.set(entry.id, { entry, modified: stamp, created: Number.isNaN(created) ? until : created });
    }
    return [...found.values()]
      .sort((a, b) => a.created - b.created || a.modified - b.modified)
      .map(({ entry, modified, created }) => ({ entry, mark: { modified, created } }));
  }

  async function* run(): AsyncGenerator<HistoryEntry, void, undefined> {
    let failures = 0;
    while (!signal?.aborted) {
      const until = Date.now();
      let changes: Array<{ entry: HistoryEntry; mark: Seen }>;
      try {
        changes = await poll(until);
      } catch (error) {
        if (signal?.aborted) return;
        if (!(error instanceof SipgateIOError) || !TRANSIENT.has(error.kind)) throw error;
        // The window stays where it was: the repeated poll re-reads it, and `seen` keeps it from repeating entries.
        failures += 1;
        const retryAfterMs = (error.retryAfter ?? 0) * 1000;
        await sleep(Math.max(retryAfterMs, Math.min(MAX_BACKOFF_MS, interval * 2 ** failures)), signal);
        continue;
      }
      failures = 0;
      for (const { entry, mark } of changes) {
        // Remembered before it is yielded: the cursor an app saves after handling an entry includes it.
        seen.set(entry.id, mark);
        if (!baseline) yield entry;
        if (signal?.aborted) return;
      }
      baseline = false;
      windowStart = Math.max(windowStart, until - lookback);
      forget();
      await sleep(interval, signal);
    }
  }

  const watcher = run() as HistoryWatcher;
  Object.defineProperty(watcher, 'cursor', {
    enumerable: true,
    get: (): string =>
      JSON.stringify({
        v: CURSOR_VERSION,
        from: windowStart,
        seen: [...seen].map(([id, entry]) => [id, entry.modified, entry.created]),
      } satisfies CursorData),
  });
  return watcher;
}
