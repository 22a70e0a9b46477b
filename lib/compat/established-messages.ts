/**
 * Drop-in error texts: the established `sipgateio` library answered some failures with fixed
 * messages (`Unauthorized`, `Fax was not found`, …) that code written for it compares with.
 * Modules tag their requests with their table; the pipeline builds errors with it. Internal:
 * not exported from the package.
 */
import type { RequestOptions, SipgateIOClient } from '../core/client';
import type { EstablishedMessages } from '../core/errors';

/**
 * Key of the internal request option that carries the established library's fixed error texts
 * (see `withEstablishedMessages`). A symbol, so no user option can collide with it.
 * @internal
 */
export const ESTABLISHED_MESSAGES: unique symbol = Symbol('sipgateio-sdk.establishedMessages');

/** The established library's texts for failures of every wrapped call (its `handleCoreError`). */
export const CORE_MESSAGES: EstablishedMessages = Object.freeze({ 401: 'Unauthorized', 403: 'Forbidden' });

/**
 * The client as a module sees it: every request carries the established library's fixed error
 * texts for that module, so `error.message === 'Unauthorized'` keeps working in code written
 * for it. Auth, retries and everything else stay the client's.
 * @internal
 */
export function withEstablishedMessages(client: SipgateIOClient, messages: EstablishedMessages): SipgateIOClient {
  const table = Object.freeze({ ...CORE_MESSAGES, ...messages });
  const tag = <O extends RequestOptions>(options: O | undefined): O => ({ ...(options as O), [ESTABLISHED_MESSAGES]: table });
  return {
    ...client,
    get: (path, options) => client.get(path, tag(options)),
    post: (path, body, options) => client.post(path, body, tag(options)),
    put: (path, body, options) => client.put(path, body, tag(options)),
    patch: (path, body, options) => client.patch(path, body, tag(options)),
    delete: (path, options) => client.delete(path, tag(options)),
  };
}
