import type * as OAuthLib from 'oauth4webapi';
import { SipgateIOError, SipgateIOTimeoutError, SipgateIOValidationError } from '../core/errors';
import { connectionError } from '../core/internal/connection-error';
import { redactSecrets, secretSpellings } from '../core/credentials';
import { readBodyUpTo } from '../core/internal/read-body';
import { rejectUnknownKeys, requireText, requireTimeout } from '../core/internal/validate';
import { SipgateIOOAuthError } from './errors';
import { createTokenSource, tokensFromResponse } from './token-source';
import type {
  AuthorizationRequest,
  CallbackParameters,
  ExpectedCallback,
  OAuthClient,
  OAuthClientOptions,
  OAuthEndpoints,
  OAuthTokens,
} from './types';

/**
 * The protocol itself is oauth4webapi's (OpenID-certified, no dependencies, WebCrypto and fetch
 * only, so it runs in Node, browsers and edge runtimes alike); this file adds sipgate's defaults,
 * input checks before anything is sent, typed errors without secrets, and the loopback rule.
 * oauth4webapi loads on first use: importing the SDK does not load it.
 */
type UsedLib = typeof import('./protocol');
let oauthLib: Promise<UsedLib> | undefined;
function loadOAuthLib(): Promise<UsedLib> {
  oauthLib ??= import('./protocol');
  return oauthLib;
}

/** sipgate's OpenID Connect issuer (a Keycloak realm), the default of {@link createOAuthClient}. */
export const SIPGATE_OAUTH_ISSUER = 'https://login.sipgate.com/auth/realms/third-party';
const SIPGATE_ENDPOINTS = {
  authorization: `${SIPGATE_OAUTH_ISSUER}/protocol/openid-connect/auth`,
  token: `${SIPGATE_OAUTH_ISSUER}/protocol/openid-connect/token`,
};
const DEFAULT_OAUTH_TIMEOUT_MS = 10_000;
/**
 * The largest answer read from the provider (token endpoint, discovery, revocation): 1 MiB.
 * sipgate's token answers and metadata are a few kilobytes; anything near this is not one, and
 * is not read into memory.
 */
export const MAX_OAUTH_ANSWER_BYTES = 1024 * 1024;

const OPTION_KEYS = ['clientId', 'clientSecret', 'redirectUri', 'scopes', 'issuer', 'endpoints', 'timeout'] as const;
const ENDPOINT_KEYS = ['authorization', 'token', 'revocation', 'endSession'] as const;
const AUTHORIZATION_URL_KEYS = ['scopes', 'state', 'prompt', 'loginHint', 'extraParams'] as const;
// Where each endpoint sits in the provider's metadata (RFC 8414, OpenID Connect Discovery).
const METADATA_FIELD = {
  authorization: 'authorization_endpoint',
  token: 'token_endpoint',
  revocation: 'revocation_endpoint',
  endSession: 'end_session_endpoint',
} as const;
const CALLBACK_KEYS = ['code', 'state', 'error', 'error_description', 'iss'] as const;
// Parameters the SDK sets itself; `extraParams` may not replace them.
const RESERVED_PARAMS = new Set([
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
]);

/** Hosts where plain http is allowed (RFC 8252 §7.3: loopback never leaves the machine). */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

const HTTPS_ONLY = 'must use https (plain http only on loopback: localhost, 127.0.0.0/8, [::1]).';

/** An absolute URL whose http form, if any, is on loopback. */
function requireSafeUrl(value: unknown, field: string): URL {
  let url: URL;
  try {
    url = new URL(requireText(value, field));
  } catch (error) {
    if (error instanceof SipgateIOValidationError) throw error;
    throw new SipgateIOValidationError(field, 'must be an absolute URL.');
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) throw new SipgateIOValidationError(field, HTTPS_ONLY);
  return url;
}

/** An endpoint: https, or http on loopback only. */
function requireEndpoint(value: unknown, field: string): URL {
  const url = requireSafeUrl(value, field);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SipgateIOValidationError(field, HTTPS_ONLY);
  return url;
}

/** Redirect URIs may also use an app's own scheme (RFC 8252 §7.1); http only on loopback. */
function requireRedirectUri(value: unknown, field: string): string {
  const url = requireSafeUrl(value, field);
  if (url.hash !== '') throw new SipgateIOValidationError(field, 'must not have a fragment (#…).');
  return value as string;
}

function requireScopes(value: unknown, field: string): string[] {
  const list = typeof value === 'string' ? value.split(' ').filter((scope) => scope !== '') : value;
  if (!Array.isArray(list))
    throw new SipgateIOValidationError(field, "must be an array of scope names, e.g. ['balance:read'].");
  return list.map((scope, index) => {
    if (typeof scope !== 'string' || scope === '' || /\s/.test(scope)) {
      throw new SipgateIOValidationError(`${field}[${index}]`, 'must be a scope name without spaces.');
    }
    return scope;
  });
}

function callbackParameters(callback: unknown): URLSearchParams {
  if (callback instanceof URLSearchParams) return new URLSearchParams(callback);
  if (callback instanceof URL) return new URLSearchParams(callback.search);
  if (typeof callback === 'string') {
    // A full URL, a request path ('/callback?code=…') or a bare query string.
    const query = callback.includes('?') ? callback.slice(callback.indexOf('?') + 1) : callback;
    return new URLSearchParams(query.split('#')[0]);
  }
  if (typeof callback === 'object' && callback !== null) {
    rejectUnknownKeys(callback, CALLBACK_KEYS, 'callback');
    const params = new URLSearchParams();
    for (const [key, item] of Object.entries(callback as CallbackParameters)) {
      if (item === undefined) continue;
      if (typeof item !== 'string') throw new SipgateIOValidationError(`callback.${key}`, 'must be a string.');
      params.set(key, item);
    }
    return params;
  }
  throw new SipgateIOValidationError(
    'callback',
    'pass the callback URL (or its query string), its URLSearchParams, or { code, state }.',
  );
}

/**
 * Creates an OAuth 2.0 client for "Sign in with sipgate": authorization code flow with PKCE S256
 * and a random `state`, code exchange, refresh with rotation, a self-refreshing token source for
 * {@link sipgateIO}, revocation and logout. Options are checked here, before anything is sent.
 *
 * @throws {SipgateIOValidationError} for a missing client id, a non-https endpoint (http is fine
 *   on loopback), an unknown option.
 * @example
 * ```ts
 * const oauth = createOAuthClient({
 *   clientId: process.env.SIPGATE_CLIENT_ID!,
 *   clientSecret: process.env.SIPGATE_CLIENT_SECRET!,
 *   redirectUri: 'http://localhost:3000/callback',
 *   scopes: ['balance:read'],
 * });
 * const { url, state, codeVerifier } = await oauth.authorizationUrl();
 * ```
 */
export function createOAuthClient(options: OAuthClientOptions): OAuthClient {
  if (typeof options !== 'object' || options === null) {
    throw new SipgateIOValidationError(
      'options',
      'pass { clientId, redirectUri, clientSecret?, scopes?, issuer?, endpoints? }.',
    );
  }
  rejectUnknownKeys(options, OPTION_KEYS, 'options', {
    tokenId: 'a personal access token belongs in sipgateIO({ tokenId, token })',
  });
  const clientId = requireText(options.clientId, 'options.clientId');
  const clientSecret =
    options.clientSecret === undefined ? undefined : requireText(options.clientSecret, 'options.clientSecret');
  const redirectUri = requireRedirectUri(options.redirectUri, 'options.redirectUri');
  const defaultScopes = options.scopes === undefined ? [] : requireScopes(options.scopes, 'options.scopes');
  const issuer = requireEndpoint(options.issuer ?? SIPGATE_OAUTH_ISSUER, 'options.issuer');
  const timeout = requireTimeout(options.timeout, 'options.timeout', DEFAULT_OAUTH_TIMEOUT_MS);
  if (options.endpoints !== undefined && (typeof options.endpoints !== 'object' || options.endpoints === null)) {
    throw new SipgateIOValidationError('options.endpoints', 'must be an object, e.g. { token: "https://…" }.');
  }
  rejectUnknownKeys(options.endpoints, ENDPOINT_KEYS, 'options.endpoints');
  const given: Partial<Record<keyof OAuthEndpoints, URL>> = {};
  for (const key of ENDPOINT_KEYS) {
    const value = options.endpoints?.[key];
    if (value !== undefined) given[key] = requireEndpoint(value, `options.endpoints.${key}`);
  }
  if (options.issuer === undefined) {
    given.authorization ??= new URL(SIPGATE_ENDPOINTS.authorization);
    given.token ??= new URL(SIPGATE_ENDPOINTS.token);
  }

  const client: OAuthLib.Client = { client_id: clientId };
  // Each secret as sent (form-encoded in the body), URL-encoded and as is: what an endpoint or a
  // proxy may echo into an error. The same spellings the REST client redacts. The client secret
  // goes in the body (client_secret_post), never as Basic, so it has no base64 form to echo.
  const secrets = (...more: (string | undefined)[]): string[] => secretSpellings([clientSecret, ...more]);

  // Each call gets its own deadline (which the reading of the answer shares), answers are read up
  // to MAX_OAUTH_ANSWER_BYTES, and plain http is allowed only for loopback URLs (checked above).
  const requestOptions = async (url: URL | undefined): Promise<{ signal: AbortSignal; [key: symbol]: unknown }> => {
    const lib = await loadOAuthLib();
    return {
      signal: AbortSignal.timeout(timeout),
      [lib.allowInsecureRequests]: url?.protocol === 'http:',
      [lib.customFetch]: boundedFetch,
    };
  };

  let metadata: Promise<OAuthLib.AuthorizationServer> | undefined;
  const discover = async (): Promise<OAuthLib.AuthorizationServer> => {
    const lib = await loadOAuthLib();
    const response = await lib.discoveryRequest(issuer, { algorithm: 'oidc', ...(await requestOptions(issuer)) });
    return lib.processDiscoveryResponse(issuer, response);
  };
  /** The server's metadata, with `needed` endpoints guaranteed; discovery runs only for a missing one, once. */
  const server = async (
    needed: keyof OAuthEndpoints,
    operation: string,
  ): Promise<{ as: OAuthLib.AuthorizationServer; url: URL }> => {
    let discovered: OAuthLib.AuthorizationServer | undefined;
    if (given[needed] === undefined) {
      metadata ??= discover().catch((error: unknown) => {
        metadata = undefined; // a failed discovery is tried again next time
        throw error;
      });
      discovered = await metadata;
    }
    const endpoints = ENDPOINT_KEYS.map((key) => {
      const name = METADATA_FIELD[key];
      const advertised = discovered?.[name];
      // Endpoints the provider advertises obey the same https-or-loopback rule as given ones.
      return [
        name,
        given[key]?.href ??
          (typeof advertised === 'string' ? requireEndpoint(advertised, `the issuer's ${name}`).href : undefined),
      ];
    });
    const as: OAuthLib.AuthorizationServer = {
      ...discovered,
      issuer: discovered?.issuer ?? issuer.href.replace(/\/$/, ''),
      ...(Object.fromEntries(endpoints) as Partial<OAuthLib.AuthorizationServer>),
    };
    const url = as[METADATA_FIELD[needed]];
    if (url === undefined) {
      throw new SipgateIOOAuthError(
        `The provider at ${issuer.host} has no ${needed} endpoint, so ${operation} is not possible; set options.endpoints.${needed} if it has one.`,
        {
          error: `${needed === 'endSession' ? 'logout' : needed}_unsupported`,
        },
      );
    }
    return { as, url: new URL(url) };
  };
  const clientAuth = async (): Promise<OAuthLib.ClientAuth> => {
    const lib = await loadOAuthLib();
    return clientSecret === undefined ? lib.None() : lib.ClientSecretPost(clientSecret);
  };

  /** Runs one exchange with the authorization server, turning every failure into a typed, secret-free error. */
  const exchange = async <T>(
    operation: string,
    url: () => URL | undefined,
    run: () => Promise<T>,
    exchangeSecrets: string[],
  ): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw typedError(error, operation, url()?.host ?? issuer.host, exchangeSecrets);
    }
  };

  const tokenRequest = async (
    operation: string,
    send: (
      lib: UsedLib,
      as: OAuthLib.AuthorizationServer,
      auth: OAuthLib.ClientAuth,
      requestOptions: { signal: AbortSignal },
    ) => Promise<Response>,
    process: (
      lib: UsedLib,
      as: OAuthLib.AuthorizationServer,
      response: Response,
    ) => Promise<OAuthLib.TokenEndpointResponse>,
    exchangeSecrets: string[],
  ): Promise<OAuthLib.TokenEndpointResponse> => {
    let target: URL | undefined;
    return exchange(
      operation,
      () => target,
      async () => {
        const lib = await loadOAuthLib();
        const { as, url } = await server('token', operation);
        target = url;
        const response = await send(lib, as, await clientAuth(), await requestOptions(url));
        return process(lib, as, response);
      },
      exchangeSecrets,
    );
  };

  const refresh = async (refreshToken: string): Promise<OAuthTokens> => {
    const token = requireText(refreshToken, 'refreshToken');
    const answer = await tokenRequest(
      'the token refresh',
      (lib, as, auth, request) => lib.refreshTokenGrantRequest(as, client, auth, token, request),
      (lib, as, response) => lib.processRefreshTokenResponse(as, client, response),
      secrets(token),
    );
    return tokensFromResponse(answer, { refreshToken: token });
  };

  const oauthClient: OAuthClient = {
    clientId,
    redirectUri,

    async authorizationUrl(urlOptions = {}) {
      if (typeof urlOptions !== 'object' || urlOptions === null)
        throw new SipgateIOValidationError('options', 'must be an object.');
      rejectUnknownKeys(urlOptions, AUTHORIZATION_URL_KEYS, 'options');
      const scopes =
        urlOptions.scopes === undefined ? defaultScopes : requireScopes(urlOptions.scopes, 'options.scopes');
      if (urlOptions.state !== undefined && (typeof urlOptions.state !== 'string' || urlOptions.state.length < 16)) {
        throw new SipgateIOValidationError(
          'options.state',
          'must be a string of at least 16 characters (unguessable); leave it out for a random one.',
        );
      }
      const extra = urlOptions.extraParams ?? {};
      for (const [key, value] of Object.entries(extra)) {
        if (RESERVED_PARAMS.has(key))
          throw new SipgateIOValidationError(`options.extraParams.${key}`, 'is set by the SDK and cannot be replaced.');
        if (typeof value !== 'string')
          throw new SipgateIOValidationError(`options.extraParams.${key}`, 'must be a string.');
      }
      const lib = await loadOAuthLib();
      const { url: endpoint } = await exchange(
        'the authorization URL',
        () => issuer,
        () => server('authorization', 'signing in'),
        [],
      );
      const state = urlOptions.state ?? lib.generateRandomState();
      const codeVerifier = lib.generateRandomCodeVerifier();
      const url = new URL(endpoint);
      const params: Record<string, string | undefined> = {
        ...extra,
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: scopes.length > 0 ? scopes.join(' ') : undefined,
        state,
        code_challenge: await lib.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        prompt: urlOptions.prompt,
        login_hint: urlOptions.loginHint,
      };
      for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
      const request: AuthorizationRequest = { url: url.href, state, codeVerifier };
      return request;
    },

    async exchangeCode(callback, expected: ExpectedCallback) {
      if (typeof expected !== 'object' || expected === null) {
        throw new SipgateIOValidationError(
          'expected',
          'pass { state, codeVerifier } as authorizationUrl returned them.',
        );
      }
      const expectedState = requireText(expected.state, 'expected.state');
      const codeVerifier = requireText(expected.codeVerifier, 'expected.codeVerifier');
      const params = callbackParameters(callback);
      // Checked before anything else, error answers included: a callback that does not carry
      // the state this sign-in began with may be forged (CSRF) and is not acted on.
      if (params.get('state') !== expectedState) {
        throw new SipgateIOOAuthError(
          params.has('state')
            ? "The callback's state does not match the one this sign-in began with; it may be forged, so it was not used. Start the sign-in again."
            : 'The callback has no state parameter; it may be forged, so it was not used. Start the sign-in again.',
          { error: 'state_mismatch' },
        );
      }
      const code = params.get('code') ?? undefined;
      const answer = await tokenRequest(
        'the code exchange',
        async (lib, as, auth, request) => {
          const validated = lib.validateAuthResponse(as, client, params, expectedState);
          return lib.authorizationCodeGrantRequest(as, client, auth, validated, redirectUri, codeVerifier, request);
        },
        (lib, as, response) => lib.processAuthorizationCodeResponse(as, client, response),
        secrets(code, codeVerifier),
      );
      return tokensFromResponse(answer, {});
    },

    refresh,

    tokenSource(tokens, sourceOptions) {
      return createTokenSource(tokens, sourceOptions, refresh);
    },

    async revoke(token) {
      const secret = requireText(token, 'token');
      let target: URL | undefined;
      await exchange(
        'the revocation',
        () => target,
        async () => {
          const lib = await loadOAuthLib();
          const { as, url } = await server('revocation', 'revoking a token');
          target = url;
          const response = await lib.revocationRequest(
            as,
            client,
            await clientAuth(),
            secret,
            await requestOptions(url),
          );
          await lib.processRevocationResponse(response);
        },
        secrets(secret),
      );
    },

    async logoutUrl(logoutOptions = {}) {
      rejectUnknownKeys(logoutOptions, ['idToken', 'postLogoutRedirectUri', 'state'], 'options');
      const { url } = await exchange(
        'the logout URL',
        () => issuer,
        () => server('endSession', 'logging out'),
        [],
      );
      const logout = new URL(url);
      logout.searchParams.set('client_id', clientId);
      const params = {
        id_token_hint: logoutOptions.idToken,
        post_logout_redirect_uri: logoutOptions.postLogoutRedirectUri,
        state: logoutOptions.state,
      };
      for (const [key, value] of Object.entries(params)) {
        if (value === undefined) continue;
        if (typeof value !== 'string') throw new SipgateIOValidationError(`options.${key}`, 'must be a string.');
        logout.searchParams.set(key, value);
      }
      return logout.href;
    },
  };
  return oauthClient;
}

/**
 * fetch, with the answer read up to {@link MAX_OAUTH_ANSWER_BYTES} before oauth4webapi sees it
 * (it would read any length). Answers without a body (an opaque redirect) pass unchanged.
 */
async function boundedFetch(url: string, init: RequestInit): Promise<Response> {
  const response = await globalThis.fetch(url, init);
  if (response.body === null) return response;
  const bytes = await readBodyUpTo(response, MAX_OAUTH_ANSWER_BYTES);
  if (bytes === undefined) {
    throw new SipgateIOOAuthError(
      `The answer from ${new URL(url).host} is larger than ${MAX_OAUTH_ANSWER_BYTES} bytes; it was not read (an OAuth answer is a few kilobytes).`,
      { error: 'invalid_response', status: response.status },
    );
  }
  // A fetch body stream yields ArrayBuffer-backed chunks, which BodyInit takes.
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** Any failure of an exchange as a typed error whose texts hold none of the exchange's secrets. */
function typedError(error: unknown, operation: string, host: string, secrets: string[]): SipgateIOError {
  if (error instanceof SipgateIOError) return error;
  const clean = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : (redactSecrets(text, secrets) as string);
  const failure = error as {
    name?: string;
    code?: string;
    error?: unknown;
    error_description?: unknown;
    status?: unknown;
    message?: string;
    cause?: unknown;
  };
  if (
    typeof failure?.error === 'string' &&
    (failure.code === 'OAUTH_RESPONSE_BODY_ERROR' || failure.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR')
  ) {
    // The error code is the server's text too: an endpoint that echoes the request can put a secret there.
    const code = clean(failure.error) as string;
    const description = typeof failure.error_description === 'string' ? clean(failure.error_description) : undefined;
    const status = typeof failure.status === 'number' ? failure.status : undefined;
    const advice =
      failure.error === 'invalid_grant'
        ? ' The code or refresh token is expired, used or revoked: sign the user in again.'
        : '';
    return new SipgateIOOAuthError(`${operation} failed: ${code}${description ? ` (${description})` : ''}.${advice}`, {
      error: code,
      ...(description === undefined ? {} : { errorDescription: description }),
      ...(status === undefined ? {} : { status }),
    });
  }
  if (failure?.code === 'OAUTH_WWW_AUTHENTICATE_CHALLENGE') {
    const status = typeof failure.status === 'number' ? failure.status : 401;
    return new SipgateIOOAuthError(`${operation} failed: ${host} refused the client credentials.`, {
      error: 'invalid_client',
      status,
    });
  }
  if (failure?.name === 'TimeoutError')
    return new SipgateIOTimeoutError(`${operation} timed out: ${host} did not answer in time.`, {});
  if (failure?.name === 'TypeError' && !failure.code) {
    // fetch() failed: DNS, refused, reset.
    return connectionError(failure, { host, doing: operation, hint: 'check the network and the OAuth endpoints.' });
  }
  // oauth4webapi's checks of the server's answers (wrong issuer, malformed JSON, …).
  const message = clean(failure?.message) ?? 'unknown failure';
  return new SipgateIOOAuthError(`${operation} failed: the answer from ${host} was not acceptable (${message}).`, {
    error: 'invalid_response',
  });
}
