import type { RequestOptions, SipgateIOClient } from '../core/client';
import { withEstablishedMessages } from '../core/established';
import { paginationQuery, type Pagination } from '../core/pagination';
import { expectList, expectObject } from '../core/response';

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
export interface NumbersModule {
  /**
   * The account's phone numbers.
   * @example
   * ```ts
   * const { items } = await numbers.getAllNumbers({ limit: 50 });
   * ```
   */
  getAllNumbers(pagination?: Pagination, options?: RequestOptions): Promise<NumberResponse>;
}

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
export function createNumbersModule(sipgate: SipgateIOClient): NumbersModule {
  // The established library's fixed error texts for this module (see withEstablishedMessages).
  const client = withEstablishedMessages(sipgate, { 400: 'Invalid pagination input' });
  return {
    async getAllNumbers(pagination, options) {
      const response = expectObject<NumberResponse>(await client.get('/numbers', { ...options, query: paginationQuery(pagination) }), 'GET', '/numbers');
      return { ...response, items: expectList<NumberResponseItem>(response, 'GET', '/numbers').map(toItem) };
    },
  };
}
