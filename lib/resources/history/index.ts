import { bindRoutes } from '../../core/internal/route';
import { HISTORY_ROUTES, type HistoryOperations } from './routes.generated';
import type { QueryParams, SipgateIOClient } from '../../core/client';
import { ESTABLISHED_TEXTS, withEstablishedMessages, withEstablishedText } from '../../compat/established-messages';
import { SipgateIOValidationError } from '../../core/errors';
import { paginate, paginationQuery, type Page } from '../../core/pagination';
import { apiPath } from '../../core/internal/path';
import { expectList, expectObject } from '../../core/internal/response';
import { requireBoolean, requireDate, requireText } from '../../core/internal/validate';
import { watchHistory } from './watch';
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
  // The API names a fax's state `faxStatusType`; the established library exposed it as `faxStatus`. Both are kept.
  if (entry.type === HistoryEntryType.FAX && entry.faxStatusType !== undefined && entry.faxStatus === undefined)
    entry.faxStatus = entry.faxStatusType;
  return entry as unknown as HistoryEntry;
}

function checkList(values: unknown, field: string, allowed?: Set<string>): string[] | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) throw new SipgateIOValidationError(field, 'must be an array.');
  return values.map((value, i) => {
    const text = requireText(value, `${field}[${i}]`);
    if (allowed && !allowed.has(text))
      throw new SipgateIOValidationError(`${field}[${i}]`, `must be one of ${[...allowed].join(', ')}.`);
    return text;
  });
}

/** A connection is an extension of any kind (`p0`, `s1`, `g12`…); anything else matches no entry. */
function checkConnectionId(id: string, field: string): string {
  if (!/^[a-z]\d+$/.test(id))
    throw new SipgateIOValidationError(field, 'is not an extension id (a letter followed by digits, e.g. p0).');
  return id;
}

/** Validates a filter and turns it into query parameters (arrays repeated, dates ISO 8601). */
function filterQuery(filter: HistoryFilter & BaseHistoryFilter = {}): QueryParams {
  if (typeof filter !== 'object' || filter === null) throw new SipgateIOValidationError('filter', 'must be an object.');
  const query: QueryParams = {
    connectionIds: withEstablishedText(ESTABLISHED_TEXTS.extension, () =>
      checkList(filter.connectionIds, 'filter.connectionIds')?.map((id, i) =>
        checkConnectionId(id, `filter.connectionIds[${i}]`),
      ),
    ),
    types: checkList(filter.types, 'filter.types', ENTRY_TYPES),
    directions: checkList(filter.directions, 'filter.directions', DIRECTIONS),
  };
  if (filter.archived !== undefined) query.archived = requireBoolean(filter.archived, 'filter.archived');
  if (filter.starred !== undefined) {
    // A boolean is the established library's preferred form; the Starred enum still works.
    const starred =
      filter.starred === true ? Starred.STARRED : filter.starred === false ? Starred.UNSTARRED : filter.starred;
    if (!STARRED.has(starred))
      throw new SipgateIOValidationError('filter.starred', 'must be true, false, STARRED or UNSTARRED.');
    query.starred = [starred];
  }
  const from = filter.from ?? filter.startDate;
  const to = filter.to ?? filter.endDate;
  if (from !== undefined)
    query.from = requireDate(from, filter.from !== undefined ? 'filter.from' : 'filter.startDate');
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
  // The established library's fixed error texts for this module (see withEstablishedMessages).
  const api = withEstablishedMessages(client, {
    400: 'Invalid filter or pagination input',
    404: 'The requested history event could not be found',
  });
  return {
    ...bindRoutes<HistoryOperations, typeof HISTORY_ROUTES>(client, HISTORY_ROUTES),
    async fetchAll(filter, pagination, options) {
      const query = { ...filterQuery(filter), ...paginationQuery(pagination) };
      return expectList<unknown>(
        await api.get<Page<unknown>>('/history', { ...options, query }),
        'GET',
        '/history',
      ).map(toHistoryEntry);
    },
    iterate(filter, options = {}) {
      const { pageSize, maxItems, ...requestOptions } = options;
      return paginate<unknown, HistoryEntry>(api, '/history', {
        ...requestOptions,
        query: filterQuery(filter),
        pageSize,
        maxItems,
        map: toHistoryEntry,
      });
    },
    watch(options) {
      return watchHistory(api, options, filterQuery, toHistoryEntry);
    },
    async fetchById(entryId, options) {
      const path = apiPath`/history/${requireText(entryId, 'entryId')}`;
      return toHistoryEntry(expectObject(await api.get(path, options), 'GET', path));
    },
    async deleteById(entryId, options) {
      await api.delete(apiPath`/history/${requireText(entryId, 'entryId')}`, options);
    },
    async deleteByListOfIds(entryIds, options) {
      const ids = checkList(entryIds, 'entryIds') ?? [];
      // Sequential on purpose: each chunk is confirmed before the next, so a failure leaves a clear boundary.
      for (const chunk of chunkIds(ids)) await api.delete('/history', { ...options, query: { id: chunk } });
    },
    async batchUpdateEvents(events, callback, options) {
      if (!Array.isArray(events)) throw new SipgateIOValidationError('events', 'must be an array of history entries.');
      if (typeof callback !== 'function')
        throw new SipgateIOValidationError('callback', 'must be a function returning the update for an entry.');
      const batch: Array<{ id: string } & HistoryEntryUpdateOptions> = [];
      const single: Array<{ id: string; update: HistoryEntryUpdateOptions }> = [];
      events.forEach((event, i) => {
        const id = requireText(event?.id, `events[${i}].id`);
        const update: HistoryEntryUpdateOptions = { ...(callback(event) ?? {}) };
        for (const [key, value] of Object.entries(update)) {
          if (value === undefined) delete update[key as keyof HistoryEntryUpdateOptions];
          else if (key === 'note') update.note = String(value);
          else requireBoolean(value, `update.${key}`);
        }
        if (Object.keys(update).length === 0) return;
        // The batch endpoint cannot set notes: an entry with a note goes alone, with all its changes.
        if (update.note !== undefined) single.push({ id, update });
        else batch.push({ id, ...update });
      });
      // Every update is attempted even when one fails (as the established library did), then the first failure is reported.
      const results = await Promise.allSettled([
        ...(batch.length > 0 ? [api.put('/history', batch, options)] : []),
        ...single.map(({ id, update }) => api.put(apiPath`/history/${id}`, update, options)),
      ]);
      const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) throw failed.reason;
    },
    async exportAsCsvString(filter, pagination, options) {
      const query = { ...filterQuery(filter), ...paginationQuery(pagination) };
      const csv = await api.get<unknown>('/history/export', {
        ...options,
        query,
        headers: { Accept: 'text/csv, application/json', ...options?.headers },
      });
      return typeof csv === 'string' ? csv : '';
    },
  };
}
