import { SipgateIOError } from '../core/errors';

/** What the authorization server (or the callback) said went wrong. */
export interface SipgateIOOAuthErrorDetails {
  /** The RFC 6749 error code, e.g. `invalid_grant`, `access_denied`, or `state_mismatch` for a callback that fails the state check. */
  error: string;
  /** The server's `error_description`, with any secret of this exchange removed. */
  errorDescription?: string;
  /** HTTP status of the token endpoint's answer, when the error came from one. */
  status?: number;
}

/**
 * An OAuth step failed: the user declined (`access_denied`), the callback's `state` did not
 * match (`state_mismatch`), the code or refresh token is expired, used or revoked
 * (`invalid_grant`: sign the user in again), or the client credentials are wrong
 * (`invalid_client`). Never holds a client secret, code, verifier or token.
 *
 * @example
 * ```ts
 * try {
 *   await sms.send({ smsId: 's0', to: '+4915799912345', message: 'Hi' });
 * } catch (error) {
 *   if (error instanceof SipgateIOOAuthError && error.error === 'invalid_grant') redirectToSignIn();
 * }
 * ```
 */
export class SipgateIOOAuthError extends SipgateIOError {
  override name = 'SipgateIOOAuthError';
  /** The RFC 6749 error code. */
  readonly error: string;
  /** The server's description of the error, secrets removed. */
  readonly errorDescription?: string;

  constructor(message: string, details: SipgateIOOAuthErrorDetails) {
    super(message, 'oauth', { status: details.status, code: details.error, apiMessage: details.errorDescription });
    this.error = details.error;
    if (details.errorDescription !== undefined) this.errorDescription = details.errorDescription;
  }

  /**
   * The base fields plus this class's own (see {@link SipgateIOError.toJSON}).
   * @example
   * ```ts
   * logger.error('sign-in failed', error.toJSON()); // no secret, no token
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      error: this.error,
      ...(this.errorDescription === undefined ? {} : { errorDescription: this.errorDescription }),
    };
  }
}
