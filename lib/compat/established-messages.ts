/**
 * Drop-in error texts: the established `sipgateio` library answered some failures with fixed
 * messages (`Unauthorized`, `Fax was not found`, …) that code written for it compares with
 * (README.md here lists them). Modules tag their requests with their table; the pipeline builds
 * errors with it. Internal: not exported from the package.
 */
import type { RequestOptions, SipgateIOClient } from '../core/client';
import { SipgateIOValidationError, type EstablishedMessages } from '../core/errors';

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
  const tag = <O extends RequestOptions>(options: O | undefined): O => ({
    ...(options as O),
    [ESTABLISHED_MESSAGES]: table,
  });
  return {
    ...client,
    get: (path, options) => client.get(path, tag(options)),
    post: (path, body, options) => client.post(path, body, tag(options)),
    put: (path, body, options) => client.put(path, body, tag(options)),
    patch: (path, body, options) => client.patch(path, body, tag(options)),
    delete: (path, options) => client.delete(path, tag(options)),
  };
}

/**
 * The established library's texts for refusing input, shared by several modules. Refusals keep
 * them as `message` (code written for it compares with them) and this SDK's explanation as
 * `detail`; the offending value is in neither.
 * @internal
 */
export const ESTABLISHED_TEXTS = Object.freeze({
  phoneNumber: 'Invalid phone number (please provide number in E.164 format):',
  extension: 'Invalid extension',
});

function withText(text: string, error: unknown): unknown {
  // Only plain validation errors: a subclass (the SMS sender's) carries its own text and fields.
  if (!(error instanceof SipgateIOValidationError) || error.constructor !== SipgateIOValidationError) return error;
  const prefix = `Invalid ${error.field}: `;
  const explanation = error.detail ?? error.message;
  return new SipgateIOValidationError(
    error.field,
    explanation.startsWith(prefix) ? explanation.slice(prefix.length) : explanation,
    text,
  );
}

/**
 * Runs a check and gives a validation error it throws the established library's text for that
 * refusal: `message` becomes `text`, the check's own explanation `detail`; the field stays.
 * @internal
 * @example
 * ```ts
 * const smsId = withEstablishedText('Invalid extension', () => validateExtension(given.smsId, 'smsId', ['s']));
 * ```
 */
export function withEstablishedText<T>(text: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw withText(text, error);
  }
}

/**
 * {@link withEstablishedText} for an asynchronous check (phone numbers load their metadata lazily).
 * @internal
 * @example
 * ```ts
 * const recipient = await withEstablishedTextAsync(ESTABLISHED_TEXTS.phoneNumber, () => normalisePhoneNumber(to, 'to'));
 * ```
 */
export async function withEstablishedTextAsync<T>(text: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    throw withText(text, error);
  }
}
