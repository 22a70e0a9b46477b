import type { QueryParams, RequestOptions, SipgateIOClient } from './client';
import { SipgateIOInvalidResponseError, SipgateIOValidationError } from './errors';

/** `offset`/`limit` of a single-page read. */
export interface Pagination {
  offset?: number;
  limit?: number;
}

/** One page of a paginated read: what it holds, and whether the API has more after it. */
export interface PagedResponse<T> {
  response: T;
  hasMore: boolean;
}

/**
 * Validates a {@link Pagination} and turns it into query parameters.
 *
 * @example
 * ```ts
 * paginationQuery({ offset: 20, limit: 10 }); // { offset: 20, limit: 10 }
 * ```
 */
export function paginationQuery(pagination: Pagination | undefined): { offset?: number; limit?: number } {
  if (pagination === undefined) return {};
  if (typeof pagination !== 'object' || pagination === null)
    throw new SipgateIOValidationError('pagination', 'must be { offset?, limit? }.');
  const query: { offset?: number; limit?: number } = {};
  if (pagination.offset !== undefined) {
    checkCount(pagination.offset, 'pagination.offset', 0);
    query.offset = pagination.offset;
  }
  if (pagination.limit !== undefined) {
    checkCount(pagination.limit, 'pagination.limit', 1);
    query.limit = pagination.limit;
  }
  return query;
}

/** A page as the sipgate API returns it for list endpoints (`/history`, `/contacts`, `/numbers`). */
export interface Page<T> {
  items: T[];
  totalCount?: number;
}

/** Options of {@link paginate}. */
export interface PaginateOptions<Raw, Item> extends Omit<RequestOptions, 'query'> {
  /** Filters sent with every page request. */
  query?: QueryParams;
  /**
   * Items requested per page.
   * @default 100
   */
  pageSize?: number;
  /** Offset of the first item. @default 0 */
  offset?: number;
  /** Stop after this many items. */
  maxItems?: number;
  /** Converts each raw item (e.g. date strings into `Date`s). */
  map?: (raw: Raw) => Item;
}

function checkCount(value: number | undefined, field: string, min: number): void {
  if (value !== undefined && (!Number.isInteger(value) || value < min)) {
    throw new SipgateIOValidationError(field, `must be an integer >= ${min}.`);
  }
}

/**
 * Iterates over every item of an `offset`/`limit` list endpoint, one page in memory at a time.
 * Stops at a short page, at `totalCount`, or at `maxItems`; honours `signal` between pages.
 *
 * @example
 * ```ts
 * for await (const entry of paginate<HistoryEntry, HistoryEntry>(client, '/history', { query: { types: ['SMS'] } })) {
 *   console.log(entry.id);
 * }
 * ```
 */
export async function* paginate<Raw, Item = Raw>(
  client: SipgateIOClient,
  path: string,
  options: PaginateOptions<Raw, Item> = {},
): AsyncGenerator<Item, void, undefined> {
  const { query, pageSize = 100, offset: firstOffset = 0, maxItems, map, ...requestOptions } = options;
  checkCount(pageSize, 'pageSize', 1);
  checkCount(firstOffset, 'offset', 0);
  checkCount(maxItems, 'maxItems', 0);
  let offset = firstOffset;
  let yielded = 0;
  while (maxItems === undefined || yielded < maxItems) {
    const limit = maxItems === undefined ? pageSize : Math.min(pageSize, maxItems - yielded);
    const page = await client.get<Page<Raw>>(path, { ...requestOptions, query: { ...query, offset, limit } });
    if (typeof page !== 'object' || page === null || !Array.isArray(page.items)) {
      throw new SipgateIOInvalidResponseError(`GET ${path} did not return a page with an "items" array.`, {
        method: 'GET',
        path,
        body: page,
      });
    }
    for (const raw of page.items) {
      yield map ? map(raw) : (raw as unknown as Item);
      yielded += 1;
    }
    offset += page.items.length;
    const reachedTotal = typeof page.totalCount === 'number' && offset >= page.totalCount;
    if (page.items.length < limit || reachedTotal) return;
  }
}

/**
 * Collects every item of {@link paginate} into an array. Bounded on purpose: `maxItems` is required.
 *
 * @example
 * ```ts
 * const numbers = await collectPages(client, '/numbers', { maxItems: 1000 });
 * ```
 */
export async function collectPages<Raw, Item = Raw>(
  client: SipgateIOClient,
  path: string,
  options: PaginateOptions<Raw, Item> & { maxItems: number },
): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of paginate(client, path, options)) items.push(item);
  return items;
}
