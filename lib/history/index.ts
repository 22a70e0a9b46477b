import type { QueryParams, SipgateIOClient } from '../core/client';
import { SipgateIOValidationError } from '../core/errors';
import { paginate, paginationQuery, type Page } from '../core/pagination';
import { apiPath } from '../core/path';
import { expectList, expectObject } from '../core/response';
import { requireBoolean, requireDate, requireText } from '../core/validate';
import {
  HistoryDirection,
  HistoryEntryType,
  Starred,
  type BaseHistoryFilter,
  type HistoryEntry,
  type HistoryEntryUpdateOptions,
  type HistoryFilter,
  type HistoryModule,
} from './history.types';

export * from './history.types';

/** Longest query string `deleteByListOfIds` puts in one request; URLs beyond ~2 KB risk 414s on proxies. */
export const MAX_DELETE_QUERY_LENGTH = 1_800;

const ENTRY_TYPES = new Set<string>(Object.values(HistoryEntryType));
const DIRECTIONS = new Set<string>(Object.values(HistoryDirection));
const STARRED = new Set<string>(Object.values(Starred));

function parseDate(value: unknown): Date | unknown {
  if (typeof value !== 'string') return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

/**
 * Turns the API's date strings into `Date`s.
 *
 * @example
 * ```ts
 * toHistoryEntry({ id: '1', type: 'CALL', created: '2026-11-01T10:00:00Z' }).created; // a Date
 * ```
 */
export function toHistoryEntry(raw: unknown): HistoryEntry {
  const entry = { ...(raw as Record<string, unknown>) };
  for (const key of ['created', 'lastModified', 'scheduled', 'scheduledFaxDateTime']) {
    if (key in entry) entry[key] = parseDate(entry[key]);
  }
  return entry as unknown as HistoryEntry;
}

function checkList(values: unknown, field: string, allowed?: Set<string>): string[] | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) throw new SipgateIOValidationError(field, 'must be an array.');
  return values.map((value, i) => {
    const text = requireText(value, `${field}[${i}]`);
    if (allowed && !allowed.has(text)) throw new SipgateIOValidationError(`${field}[${i}]`, `must be one of ${[...allowed].join(', ')}.`);
    return text;
  });
}

/** Validates a filter and turns it into query parameters (arrays repeated, dates ISO 8601). */
function filterQuery(filter: HistoryFilter & BaseHistoryFilter = {}): QueryParams {
  if (typeof filter !== 'object' || filter === null) throw new SipgateIOValidationError('filter', 'must be an object.');
  const query: QueryParams = {
    connectionIds: checkList(filter.connectionIds, 'filter.connectionIds'),
    types: checkList(filter.types, 'filter.types', ENTRY_TYPES),
    directions: checkList(filter.directions, 'filter.directions', DIRECTIONS),
  };
  if (filter.archived !== undefined) query.archived = requireBoolean(filter.archived, 'filter.archived');
  if (filter.starred !== undefined) {
    if (!STARRED.has(filter.starred)) throw new SipgateIOValidationError('filter.starred', 'must be STARRED or UNSTARRED.');
    query.starred = [filter.starred];
  }
  const from = filter.from ?? filter.startDate;
  const to = filter.to ?? filter.endDate;
  if (from !== undefined) query.from = requireDate(from, filter.from !== undefined ? 'filter.from' : 'filter.startDate');
  if (to !== undefined) query.to = requireDate(to, filter.to !== undefined ? 'filter.to' : 'filter.endDate');
  if (from instanceof Date && to instanceof Date && from.getTime() > to.getTime()) {
    throw new SipgateIOValidationError('filter.from', 'is after filter.to.');
  }
  if (filter.phonenumber !== undefined) query.phonenumber = requireText(filter.phonenumber, 'filter.phonenumber');
  return query;
}

/** Splits ids into groups whose `id=…&id=…` query stays under the limit. */
function chunkIds(ids: string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const id of ids) {
    const cost = 4 + encodeURIComponent(id).length; // "&id=" + value
    if (current.length > 0 && length + cost > MAX_DELETE_QUERY_LENGTH) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(id);
    length += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Creates the history module.
 *
 * @example
 * ```ts
 * const history = createHistoryModule(client);
 * const latest = await history.fetchAll({ types: [HistoryEntryType.CALL] }, { limit: 10 });
 * ```
 */
export function createHistoryModule(client: SipgateIOClient): HistoryModule {
  return {
    async fetchAll(filter, pagination, options) {
      const query = { ...filterQuery(filter), ...paginationQuery(pagination) };
      return expectList<unknown>(await client.get<Page<unknown>>('/history', { ...options, query }), 'GET', '/history').map(toHistoryEntry);
    },
    iterate(filter, options = {}) {
      const { pageSize, maxItems, ...requestOptions } = options;
      return paginate<unknown, HistoryEntry>(client, '/history', { ...requestOptions, query: filterQuery(filter), pageSize, maxItems, map: toHistoryEntry });
    },
    async fetchById(entryId, options) {
      const path = apiPath`/history/${requireText(entryId, 'entryId')}`;
      return toHistoryEntry(expectObject(await client.get(path, options), 'GET', path));
    },
    async deleteById(entryId, options) {
      await client.delete(apiPath`/history/${requireText(entryId, 'entryId')}`, options);
    },
    async deleteByListOfIds(entryIds, options) {
      const ids = checkList(entryIds, 'entryIds') ?? [];
      // Sequential on purpose: each chunk is confirmed before the next, so a failure leaves a clear boundary.
      for (const chunk of chunkIds(ids)) await client.delete('/history', { ...options, query: { id: chunk } });
    },
    async batchUpdateEvents(events, callback, options) {
      if (!Array.isArray(events)) throw new SipgateIOValidationError('events', 'must be an array of history entries.');
      if (typeof callback !== 'function') throw new SipgateIOValidationError('callback', 'must be a function returning the update for an entry.');
      const updates: Array<{ id: string } & Omit<HistoryEntryUpdateOptions, 'note'>> = [];
      const notes: Array<{ id: string; note: string }> = [];
      events.forEach((event, i) => {
        const id = requireText(event?.id, `events[${i}].id`);
        const { note, ...flags } = callback(event) ?? {};
        for (const [key, value] of Object.entries(flags)) requireBoolean(value, `update.${key}`);
        if (Object.keys(flags).length > 0) updates.push({ id, ...flags });
        if (note !== undefined) notes.push({ id, note: String(note) });
      });
      if (updates.length > 0) await client.put('/history', updates, options);
      // The batch endpoint cannot set notes; each note is one PUT on its entry.
      for (const { id, note } of notes) await client.put(apiPath`/history/${id}`, { note }, options);
    },
    async exportAsCsvString(filter, pagination, options) {
      const query = { ...filterQuery(filter), ...paginationQuery(pagination) };
      const csv = await client.get<unknown>('/history/export', { ...options, query, headers: { Accept: 'text/csv, application/json', ...options?.headers } });
      return typeof csv === 'string' ? csv : '';
    },
  };
}
