import type { SipgateIOClient } from '../client';
import type { AuthorizationSource } from '../credentials';
import { SipgateIOValidationError } from '../errors';

/**
 * Where a client keeps its credentials' source, for the SDK's helpers that fetch outside the JSON
 * pipeline (downloads). A non-enumerable symbol property holding closures: no log, JSON or
 * inspect output shows a secret through it.
 */
export const CLIENT_AUTHORIZATION = Symbol('sipgateio-sdk authorization');

/**
 * The credentials' source of a client made by `sipgateIO`.
 *
 * @throws {SipgateIOValidationError} for anything else (a hand-made mock has no credentials to lend).
 * @example
 * ```ts
 * const header = await authorizationOf(client).header(); // 'Basic …'
 * ```
 */
export function authorizationOf(client: SipgateIOClient): AuthorizationSource {
  const source = (client as { [CLIENT_AUTHORIZATION]?: AuthorizationSource } | undefined)?.[CLIENT_AUTHORIZATION];
  if (!source)
    throw new SipgateIOValidationError(
      'client',
      'must be a client made by sipgateIO(); downloads need its credentials.',
    );
  return source;
}
