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

const TOKEN_ID_PATTERN = /^token-[A-Za-z0-9]+$/;
// Three base64url segments; the signature segment may be empty for unsigned JWTs.
const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `of type ${typeof value}`;
}

// Messages name the field and what is wrong with it, never the value: these are secrets.
function requireSecretString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new SipgateIOValidationError(field, `must be a string, got a value ${describe(value)}.`);
  if (value.trim() === '') throw new SipgateIOValidationError(field, 'must not be empty or whitespace.');
  if (/\s/.test(value)) throw new SipgateIOValidationError(field, 'must not contain whitespace (check for a copy-paste error).');
  return value;
}

function checkJwt(token: string, field: string): string {
  if (!JWT_PATTERN.test(token)) {
    throw new SipgateIOValidationError(
      field,
      'is not an OAuth access token (expected a JWT: three base64url parts separated by dots). ' +
        'For a personal access token pass both tokenId and token.',
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
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redactSecrets(key, secrets) as string, redactSecrets(item, secrets)]));
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
    const tokenId = requireSecretString(given.tokenId, 'credentials.tokenId');
    if (!TOKEN_ID_PATTERN.test(tokenId)) {
      throw new SipgateIOValidationError('credentials.tokenId', 'must be "token-" followed by letters or digits, as shown in the sipgate web app.');
    }
    const token = requireSecretString(given.token, 'credentials.token');
    const value = `Basic ${utf8ToBase64(`${tokenId}:${token}`)}`;
    return { scheme: 'basic', refreshable: false, header: async () => value };
  }

  if ('username' in given || 'password' in given) {
    const username = requireSecretString(given.username, 'credentials.username');
    if (typeof given.password !== 'string' || given.password === '') {
      throw new SipgateIOValidationError('credentials.password', 'must be a non-empty string.');
    }
    const value = `Basic ${utf8ToBase64(`${username}:${given.password}`)}`;
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
          return `Bearer ${checkJwt(requireSecretString(current, 'credentials.token()'), 'credentials.token()')}`;
        },
      };
    }
    const value = `Bearer ${checkJwt(requireSecretString(token, 'credentials.token'), 'credentials.token')}`;
    return { scheme: 'bearer', refreshable: false, header: async () => value };
  }

  throw new SipgateIOValidationError(
    'credentials',
    'no known fields: pass { tokenId, token } (personal access token), { token } (OAuth) or { username, password }.',
  );
}
