import { bindRoutes } from '../../core/internal/route';
import { ACCOUNT_ROUTES, type AccountOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { SipgateIOInvalidResponseError } from '../../core/errors';

/** The account balance as sipgate reports it. */
export interface Balance {
  /** The amount in ten-thousandths of the currency unit (sipgate's unit): 123400 = 12.34 EUR. */
  amount: number;
  currency: string;
}

/** The account module; create it with `createAccountModule(client)`. */
export interface AccountModule extends AccountOperations {
  /**
   * How much credit is left.
   * @example
   * ```ts
   * const { amount, currency } = await createAccountModule(client).getBalance();
   * console.log(`${(amount / 10_000).toFixed(2)} ${currency}`);
   * ```
   */
  getBalance(options?: RequestOptions): Promise<Balance>;
}

/**
 * Creates the account module.
 *
 * @example
 * ```ts
 * const balance = await createAccountModule(client).getBalance();
 * ```
 */
export function createAccountModule(client: SipgateIOClient): AccountModule {
  return {
    ...bindRoutes<AccountOperations, typeof ACCOUNT_ROUTES>(client, ACCOUNT_ROUTES),
    async getBalance(options) {
      const balance = await client.get<Balance>('/balance', options);
      if (typeof balance?.amount !== 'number' || typeof balance.currency !== 'string') {
        throw new SipgateIOInvalidResponseError('GET /balance returned no amount and currency.', {
          method: 'GET',
          path: '/balance',
          body: balance,
        });
      }
      return { amount: balance.amount, currency: balance.currency };
    },
  };
}
