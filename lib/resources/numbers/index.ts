import { bindRoutes } from '../../core/internal/route';
import { NUMBERS_ROUTES, type NumbersOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { withEstablishedMessages } from '../../compat/established-messages';
import { paginate, paginationQuery, type Pagination, type PaginateOptions } from '../../core/pagination';
import { expectList, expectObject } from '../../core/internal/response';

/** What kind of number an account number is. */
export enum NumberResponseItemType {
  MOBILE = 'MOBILE',
  LANDLINE = 'LANDLINE',
  QUICKDIAL = 'QUICKDIAL',
  INTERNATIONAL = 'INTERNATIONAL',
}

/** Number portability state of a mobile number; `releasedUntil` is a `Date`. */
export interface NumberMnpState {
  isReleased: boolean;
  releasedUntil: Date;
}

/** One of the account's phone numbers and the extension it routes to. */
export interface NumberResponseItem {
  id: string;
  number: string;
  localized: string;
  type: NumberResponseItemType;
  endpointId: string;
  endpointAlias: string;
  endpointUrl: string;
  mnpState?: NumberMnpState;
  portId?: number;
}

/** A page of the account's numbers (`getAllNumbers`). */
export interface NumberResponse {
  items: NumberResponseItem[];
  totalCount?: number;
}

/** The numbers module; create it with `createNumbersModule(client)`. */
export interface NumbersModule extends NumbersOperations {
  /**
   * The account's phone numbers.
   * @example
   * ```ts
   * const { items } = await numbers.getAllNumbers({ limit: 50 });
   * ```
   */
  getAllNumbers(pagination?: Pagination, options?: RequestOptions): Promise<NumberResponse>;
  /**
   * Every number of the account across all pages, one page in memory at a time.
   * @example
   * ```ts
   * for await (const number of numbers.iterate({ pageSize: 50 })) console.log(number.number, number.endpointId);
   * ```
   */
  iterate(options?: NumbersIterateOptions): AsyncGenerator<NumberResponseItem, void, undefined>;
}

/** Options of `numbers.iterate`: page size, where to start, when to stop, and request options. */
export type NumbersIterateOptions = Omit<PaginateOptions<NumberResponseItem, NumberResponseItem>, 'query' | 'map'>;

function toItem(raw: NumberResponseItem): NumberResponseItem {
  const mnp = raw.mnpState as (Omit<NumberMnpState, 'releasedUntil'> & { releasedUntil: string | Date }) | undefined;
  if (!mnp) return raw;
  return { ...raw, mnpState: { ...mnp, releasedUntil: new Date(mnp.releasedUntil) } };
}

/**
 * Creates the numbers module.
 *
 * @example
 * ```ts
 * const { items } = await createNumbersModule(client).getAllNumbers();
 * ```
 */
export function createNumbersModule(client: SipgateIOClient): NumbersModule {
  const api = withEstablishedMessages(client, { 400: 'Invalid pagination input' });
  return {
    ...bindRoutes<NumbersOperations, typeof NUMBERS_ROUTES>(client, NUMBERS_ROUTES),
    async getAllNumbers(pagination, options) {
      const response = expectObject<NumberResponse>(
        await api.get('/numbers', { ...options, query: paginationQuery(pagination) }),
        'GET',
        '/numbers',
      );
      return { ...response, items: expectList<NumberResponseItem>(response, 'GET', '/numbers').map(toItem) };
    },
    iterate(options) {
      return paginate<NumberResponseItem, NumberResponseItem>(api, '/numbers', { ...options, map: toItem });
    },
  };
}
