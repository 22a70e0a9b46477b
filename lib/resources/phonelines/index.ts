import type { SipgateIOClient } from '../../core/client';
import { bindRoutes } from '../../core/internal/route';
import { PHONELINES_PHONE_NUMBER_FIELDS } from './phone-number-fields';
import { PHONELINES_ROUTES, type PhonelinesModule } from './routes.generated';

export type { PhonelinesModule } from './routes.generated';

/**
 * Creates the phonelines module. Methods take the path parameters in the order of the path, then the
 * body or query, then {@link RequestOptions}; results are the contract's types.
 *
 * @example
 * ```ts
 * const phonelines = createPhonelinesModule(client);
 * ```
 */
export function createPhonelinesModule(client: SipgateIOClient): PhonelinesModule {
  return bindRoutes<PhonelinesModule, typeof PHONELINES_ROUTES>(
    client,
    PHONELINES_ROUTES,
    PHONELINES_PHONE_NUMBER_FIELDS,
  );
}
