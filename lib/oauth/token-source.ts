import type { TokenEndpointResponse } from 'oauth4webapi';
import type { AccessTokenContext } from '../core/credentials';
import { SipgateIOValidationError } from '../core/errors';
import { rejectUnknownKeys } from '../core/internal/validate';
import { SipgateIOOAuthError } from './errors';
import type { OAuthTokens, OAuthTokenSource, SavedOAuthTokens, TokenSourceOptions } from './types';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const SECRET_FIELDS = new Set(['accessToken', 'refreshToken', 'idToken']);
const TOKEN_KEYS = [
  'accessToken',
  'tokenType',
  'expiresAt',
  'refreshToken',
  'refreshExpiresAt',
  'idToken',
  'scope',
] as const;
const SOURCE_OPTION_KEYS = ['onTokens', 'refreshBeforeExpiry'] as const;
const DEFAULT_REFRESH_BEFORE_EXPIRY_S = 30;
// Answers that no repetition can fix: the refresh token (or the client) is no longer accepted.
const FINAL_ERRORS = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'invalid_scope']);

/**
 * Tokens as plain data (JSON-serialisable for storage) that show their secrets as `[REDACTED]`
 * when logged with `console.log` or `util.inspect`: the view is a non-enumerable symbol, so
 * `JSON.stringify` and spreading see only the data.
 */
function withSafeView(tokens: OAuthTokens): OAuthTokens {
  const copy: OAuthTokens = {};
  for (const key of TOKEN_KEYS) if (tokens[key] !== undefined) (copy as Record<string, unknown>)[key] = tokens[key];
  Object.defineProperty(copy, inspectSymbol, {
    enumerable: false,
    value: () =>
      `OAuthTokens ${JSON.stringify(Object.fromEntries(Object.entries(copy).map(([key, value]) => [key, SECRET_FIELDS.has(key) ? '[REDACTED]' : value])))}`,
  });
  return copy;
}

/**
 * Turns a token endpoint answer into {@link OAuthTokens} with absolute expiry times. `previous`
 * supplies what a refresh answer may leave out: without a new refresh token the old one stays valid.
 */
export function tokensFromResponse(
  answer: TokenEndpointResponse,
  previous: Pick<OAuthTokens, 'refreshToken' | 'refreshExpiresAt'>,
): OAuthTokens {
  const now = Date.now();
  const seconds = (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? now + value * 1000 : undefined;
  const rotated = typeof answer.refresh_token === 'string' && answer.refresh_token !== '';
  return withSafeView({
    accessToken: answer.access_token,
    tokenType: answer.token_type,
    expiresAt: seconds(answer.expires_in),
    refreshToken: rotated ? answer.refresh_token : previous.refreshToken,
    refreshExpiresAt: rotated ? seconds(answer.refresh_expires_in) : previous.refreshExpiresAt,
    idToken: answer.id_token,
    scope: answer.scope,
  });
}

function toMillis(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const millis = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : value;
  if (typeof millis !== 'number' || !Number.isFinite(millis)) {
    throw new SipgateIOValidationError(field, 'must be milliseconds since the epoch, an ISO 8601 string or a Date.');
  }
  return millis;
}

function savedTokens(saved: unknown): OAuthTokens {
  if (typeof saved !== 'object' || saved === null)
    throw new SipgateIOValidationError('tokens', 'pass the tokens exchangeCode or onTokens gave you.');
  rejectUnknownKeys(saved, TOKEN_KEYS, 'tokens');
  const given = saved as SavedOAuthTokens;
  for (const key of ['accessToken', 'refreshToken', 'idToken', 'tokenType', 'scope'] as const) {
    const value = given[key];
    if (value !== undefined && (typeof value !== 'string' || value === ''))
      throw new SipgateIOValidationError(`tokens.${key}`, 'must be a non-empty string.');
  }
  if (given.accessToken === undefined && given.refreshToken === undefined) {
    throw new SipgateIOValidationError(
      'tokens',
      'has neither an accessToken nor a refreshToken: sign the user in first.',
    );
  }
  return withSafeView({
    ...given,
    expiresAt: toMillis(given.expiresAt, 'tokens.expiresAt'),
    refreshExpiresAt: toMillis(given.refreshExpiresAt, 'tokens.refreshExpiresAt'),
  });
}

/**
 * The token source behind {@link OAuthClient.tokenSource}: one refresh at a time (a rotated
 * refresh token spent twice would end the grant), refresh ahead of expiry and after a 401, a
 * final answer (`invalid_grant`) remembered, so a dead grant fails fast instead of asking the
 * provider again on every request, and new tokens stored through `onTokens` before any use,
 * retried on every use until the store takes them.
 */
export function createTokenSource(
  saved: SavedOAuthTokens,
  options: TokenSourceOptions = {},
  refresh: (refreshToken: string) => Promise<OAuthTokens>,
): OAuthTokenSource {
  let current = savedTokens(saved);
  if (typeof options !== 'object' || options === null)
    throw new SipgateIOValidationError('options', 'must be an object.');
  rejectUnknownKeys(options, SOURCE_OPTION_KEYS, 'options');
  const { onTokens } = options;
  if (onTokens !== undefined && typeof onTokens !== 'function')
    throw new SipgateIOValidationError('options.onTokens', 'must be a function.');
  const aheadSeconds = options.refreshBeforeExpiry ?? DEFAULT_REFRESH_BEFORE_EXPIRY_S;
  if (typeof aheadSeconds !== 'number' || !Number.isFinite(aheadSeconds) || aheadSeconds < 0) {
    throw new SipgateIOValidationError('options.refreshBeforeExpiry', 'must be a number of seconds, 0 or more.');
  }

  let running: Promise<OAuthTokens> | undefined;
  let finalError: SipgateIOOAuthError | undefined;
  // Tokens onTokens has not stored yet. A refresh spends the stored refresh token, so until the
  // new one is stored the grant lives only in this process: every use tries to store it again
  // (one attempt at a time) before it goes on, and fails with onTokens' error while that fails.
  let unsaved: OAuthTokens | undefined;
  let saving: Promise<void> | undefined;

  const saveOnce = (): Promise<void> => {
    if (unsaved === undefined || onTokens === undefined) return Promise.resolve();
    saving ??= (async () => {
      const tokens = unsaved;
      await onTokens(withSafeView(tokens));
      if (unsaved === tokens) unsaved = undefined;
    })().finally(() => {
      saving = undefined;
    });
    return saving;
  };

  const refreshOnce = (): Promise<OAuthTokens> => {
    if (finalError !== undefined) return Promise.reject(finalError);
    running ??= (async () => {
      const { refreshToken } = current;
      if (refreshToken === undefined) {
        throw new SipgateIOOAuthError(
          'The access token expired and there is no refresh token: sign the user in again.',
          { error: 'invalid_grant' },
        );
      }
      if (current.refreshExpiresAt !== undefined && current.refreshExpiresAt <= Date.now()) {
        throw new SipgateIOOAuthError('The refresh token expired: sign the user in again.', { error: 'invalid_grant' });
      }
      try {
        current = await refresh(refreshToken);
      } catch (error) {
        if (error instanceof SipgateIOOAuthError && FINAL_ERRORS.has(error.error)) finalError = error;
        throw error;
      }
      unsaved = current;
      return withSafeView(current);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  /** Refreshes (joining a refresh under way) and stores the new tokens before handing them out. */
  const refreshAndSave = async (): Promise<OAuthTokens> => {
    const fresh = await refreshOnce();
    await saveOnce();
    return fresh;
  };

  const source = async (context?: AccessTokenContext): Promise<string> => {
    if (finalError !== undefined) throw finalError;
    await saveOnce();
    const { accessToken, expiresAt } = current;
    const rejected = context?.rejectedToken !== undefined && context.rejectedToken === accessToken;
    const expiring = expiresAt !== undefined && expiresAt - aheadSeconds * 1000 <= Date.now();
    if (accessToken !== undefined && !rejected && !expiring && running === undefined) return accessToken;
    const fresh = await refreshAndSave();
    if (fresh.accessToken === undefined)
      throw new SipgateIOOAuthError('The token endpoint answered without an access token.', {
        error: 'invalid_response',
      });
    return fresh.accessToken;
  };
  return Object.assign(source, {
    tokens: () => withSafeView(current),
    refresh: refreshAndSave,
  });
}
