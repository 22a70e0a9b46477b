import { utf8ToBase64, base64ToBytes } from './internal/base64';
import { SipgateIOValidationError } from './errors';

/**
 * A personal access token, created in the sipgate web app. Sent as HTTP Basic `tokenId:token`.
 */
export interface PersonalAccessTokenCredentials {
  /** The token's id, e.g. `token-ABC123`. */
  tokenId: string;
  /** The token's secret. */
  token: string;
}

/**
 * What the client tells an {@link AccessTokenProvider} when it asks again after sipgate answered
 * 401: the token that was refused, so the provider can tell "refresh now" from "another request
 * already refreshed".
 */
export interface AccessTokenContext {
  /** The access token sipgate just refused with 401. */
  readonly rejectedToken: string;
}

/**
 * Returns the current OAuth access token; called before every request, so it may refresh. After
 * a 401 it is called once more with the refused token ({@link AccessTokenContext}).
 */
export type AccessTokenProvider = (context?: AccessTokenContext) => string | Promise<string>;

/** An OAuth 2.0 access token (a JWT), or a function that supplies the current one. Sent as `Bearer`. */
export interface OAuthCredentials {
  token: string | AccessTokenProvider;
}

/** Legacy sipgate username and password, sent as HTTP Basic. Prefer a personal access token. */
export interface BasicAuthCredentials {
  username: string;
  password: string;
}

/** Any credentials {@link sipgateIO} accepts. */
export type AuthCredentials = PersonalAccessTokenCredentials | OAuthCredentials | BasicAuthCredentials;

/** Produces the `Authorization` header value for one request. */
export interface AuthorizationSource {
  /** `'basic'` or `'bearer'`, for messages. */
  readonly scheme: 'basic' | 'bearer';
  /** The header value for the next request; `rejected` is the value sipgate just refused with 401. */
  header(rejected?: string): Promise<string>;
  /** Whether asking again after a 401 can yield a different token (only for OAuth providers). */
  readonly refreshable: boolean;
}

// The shapes sipgate issues; a refusal's `message` is the fixed text below (lib/compat/README.md).
const TOKEN_ID_PATTERN = /^token-[A-Za-z0-9]{6}$/;
// sipgate's personal access tokens are version-4 UUIDs.
const PERSONAL_ACCESS_TOKEN_PATTERN = /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/i;
const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
// Three base64url segments; the signature segment may be empty for unsigned JWTs.
const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const ESTABLISHED = {
  tokenId: 'Invalid token id',
  personalAccessToken: 'Invalid personal access token',
  oauthToken: 'The provided OAuth token is invalid',
  username: 'Invalid email',
  password: 'Invalid password',
} as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `of type ${typeof value}`;
}

// Messages name the field and what is wrong with it, never the value: these are secrets.
function requireSecretString(value: unknown, field: string, establishedMessage: string): string {
  if (typeof value !== 'string')
    throw new SipgateIOValidationError(field, `must be a string, got a value ${describe(value)}.`, establishedMessage);
  if (value.trim() === '')
    throw new SipgateIOValidationError(field, 'must not be empty or whitespace.', establishedMessage);
  if (/\s/.test(value))
    throw new SipgateIOValidationError(
      field,
      'must not contain whitespace (check for a copy-paste error).',
      establishedMessage,
    );
  return value;
}

/** Whether the middle part of a JWT is base64url-encoded JSON, as in every OAuth access token sipgate issues. */
function hasJsonPayload(token: string): boolean {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = base64ToBytes(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '='));
  if (!bytes) return false;
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

function checkJwt(token: string, field: string): string {
  if (!JWT_PATTERN.test(token) || !hasJsonPayload(token)) {
    throw new SipgateIOValidationError(
      field,
      'is not an OAuth access token (expected a JWT: three base64url parts separated by dots, the middle one JSON). ' +
        'For a personal access token pass both tokenId and token.',
      ESTABLISHED.oauthToken,
    );
  }
  return token;
}

/**
 * The secret strings an Authorization header carries, longest first: the header itself, its
 * credential part (a token, or the base64 of `id:secret`), and for Basic the decoded `id:secret`
 * and the secret alone, each also URL- and form-encoded. Redacted from every text the SDK keeps from a
 * response, so an API or proxy that echoes the request cannot put a credential into an error.
 *
 * @example
 * ```ts
 * credentialStrings('Bearer eyJ.abc.def'); // ['Bearer%20eyJ.abc.def', 'Bearer eyJ.abc.def', 'Bearer+eyJ.abc.def', 'eyJ.abc.def']
 * ```
 */
export function credentialStrings(header: string): string[] {
  const space = header.indexOf(' ');
  const value = space === -1 ? header : header.slice(space + 1);
  const found = [header, value];
  if (header.slice(0, space).toLowerCase() === 'basic') {
    const bytes = base64ToBytes(value);
    if (bytes) {
      const pair = new TextDecoder().decode(bytes);
      found.push(pair, pair.slice(pair.indexOf(':') + 1));
    }
  }
  return secretSpellings(found);
}

/**
 * Every spelling of the given secrets that a server or proxy could echo: each as is,
 * URL-encoded (`encodeURIComponent`) and form-encoded (`application/x-www-form-urlencoded`, as
 * in a token request's body: a space as `+`, `!'()~` escaped), longest first so that a longer
 * form is replaced before a shorter one inside it. Strings under 8 characters are left out: too
 * short to be a secret, too common to replace.
 *
 * @example
 * ```ts
 * secretSpellings(['s3cret value']); // ['s3cret%20value', 's3cret value', 's3cret+value']
 * ```
 */
export function secretSpellings(secrets: ReadonlyArray<string | undefined>): string[] {
  const all = secrets
    .filter((text): text is string => typeof text === 'string')
    .flatMap((text) => [text, encodeURIComponent(text), new URLSearchParams([['', text]]).toString().slice(1)])
    .filter((text) => text.length >= 8);
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** `value` with every occurrence of the given secrets replaced by `[REDACTED]`, in strings at any depth. */
export function redactSecrets(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') {
    let text = value;
    for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join('[REDACTED]');
    return text;
  }
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, secrets));
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redactSecrets(key, secrets) as string, redactSecrets(item, secrets)]),
    );
  }
  return value;
}

/**
 * Validates credentials and returns the source of the Authorization header. Throws a
 * {@link SipgateIOValidationError} naming the field, never echoing the secret.
 *
 * @example
 * ```ts
 * const auth = createAuthorizationSource({ tokenId: 'token-ABC123', token });
 * const header = await auth.header(); // 'Basic …'
 * ```
 */
export function createAuthorizationSource(credentials: unknown): AuthorizationSource {
  if (typeof credentials !== 'object' || credentials === null || Array.isArray(credentials)) {
    throw new SipgateIOValidationError(
      'credentials',
      'pass an object: { tokenId, token } (personal access token), { token } (OAuth) or { username, password }.',
    );
  }
  const given = credentials as Record<string, unknown>;

  if ('tokenId' in given) {
    const tokenId = requireSecretString(given.tokenId, 'credentials.tokenId', ESTABLISHED.tokenId);
    if (!TOKEN_ID_PATTERN.test(tokenId)) {
      throw new SipgateIOValidationError(
        'credentials.tokenId',
        'must be "token-" followed by six letters or digits, as shown in the sipgate web app.',
        ESTABLISHED.tokenId,
      );
    }
    const token = requireSecretString(given.token, 'credentials.token', ESTABLISHED.personalAccessToken);
    if (!PERSONAL_ACCESS_TOKEN_PATTERN.test(token)) {
      throw new SipgateIOValidationError(
        'credentials.token',
        'is not a personal access token: sipgate shows it once, when the token is created, as a UUID such as 0a1b2c3d-e5f6-4a8b-9c0d-e1f2a3b4c5d6.',
        ESTABLISHED.personalAccessToken,
      );
    }
    const value = `Basic ${utf8ToBase64(`${tokenId}:${token}`)}`;
    return { scheme: 'basic', refreshable: false, header: async () => value };
  }

  if ('username' in given || 'password' in given) {
    const username = requireSecretString(given.username, 'credentials.username', ESTABLISHED.username);
    if (!EMAIL_PATTERN.test(username)) {
      throw new SipgateIOValidationError(
        'credentials.username',
        'must be the e-mail address you sign in to sipgate with.',
        ESTABLISHED.username,
      );
    }
    const password = given.password;
    if (typeof password !== 'string' || password === '') {
      throw new SipgateIOValidationError('credentials.password', 'must be a non-empty string.', ESTABLISHED.password);
    }
    if (password.includes(' '))
      throw new SipgateIOValidationError('credentials.password', 'must not contain a space.', ESTABLISHED.password);
    const value = `Basic ${utf8ToBase64(`${username}:${password}`)}`;
    return { scheme: 'basic', refreshable: false, header: async () => value };
  }

  if ('token' in given) {
    const token = given.token;
    if (typeof token === 'function') {
      const provider = token as AccessTokenProvider;
      return {
        scheme: 'bearer',
        refreshable: true,
        header: async (rejected) => {
          const rejectedToken = rejected?.slice(rejected.indexOf(' ') + 1);
          const current = await (rejectedToken === undefined ? provider() : provider({ rejectedToken }));
          return `Bearer ${checkJwt(requireSecretString(current, 'credentials.token()', ESTABLISHED.oauthToken), 'credentials.token()')}`;
        },
      };
    }
    const value = `Bearer ${checkJwt(requireSecretString(token, 'credentials.token', ESTABLISHED.oauthToken), 'credentials.token')}`;
    return { scheme: 'bearer', refreshable: false, header: async () => value };
  }

  throw new SipgateIOValidationError(
    'credentials',
    'no known fields: pass { tokenId, token } (personal access token), { token } (OAuth) or { username, password }.',
  );
}
