import type { AccessTokenProvider } from '../core/credentials';

/** The endpoints of an OAuth 2.0 authorization server. Each overrides what the issuer's metadata says. */
export interface OAuthEndpoints {
  /** Where the user's browser is sent to sign in and consent. */
  authorization: string;
  /** Where codes and refresh tokens are exchanged for tokens. */
  token: string;
  /** Where tokens are revoked (RFC 7009); discovered from the issuer's metadata when not given. */
  revocation: string;
  /** Where the user's session at the provider ends (OpenID Connect RP-initiated logout); discovered when not given. */
  endSession: string;
}

/** Options of {@link createOAuthClient}. */
export interface OAuthClientOptions {
  /** The OAuth client's id, from the sipgate console. */
  clientId: string;
  /**
   * The client secret of a confidential client (a server-side app). Leave it out for a public
   * client (a browser or mobile app): PKCE then protects the code exchange on its own.
   */
  clientSecret?: string;
  /** Where sipgate sends the user back; must be registered for the client. */
  redirectUri: string;
  /** Scopes to ask for unless {@link AuthorizationUrlOptions.scopes} says otherwise, e.g. `['balance:read', 'sessions:sms:write']`. */
  scopes?: readonly string[];
  /**
   * The authorization server's issuer identifier. Default: sipgate's
   * ({@link SIPGATE_OAUTH_ISSUER}). Endpoints not given in `endpoints` are read from
   * `<issuer>/.well-known/openid-configuration` on first need (sipgate's authorization and token
   * endpoints are built in).
   */
  issuer?: string;
  /** Endpoints to use instead of the discovered (or built-in) ones: proxies, other realms, tests. */
  endpoints?: Partial<OAuthEndpoints>;
  /**
   * Milliseconds each request to the authorization server may take.
   * @default 10000
   */
  timeout?: number;
}

/** Options of {@link OAuthClient.authorizationUrl}. */
export interface AuthorizationUrlOptions {
  /** Scopes for this sign-in; default: the client's `scopes`. */
  scopes?: readonly string[];
  /** Your own `state` value (at least 16 characters); default: a fresh random one. */
  state?: string;
  /** OpenID Connect `prompt`, e.g. `'login'` or `'consent'`. */
  prompt?: string;
  /** OpenID Connect `login_hint`: the user's e-mail address, to prefill the sign-in form. */
  loginHint?: string;
  /** Further query parameters for the authorization server. They cannot replace the ones this SDK sets. */
  extraParams?: Readonly<Record<string, string>>;
}

/** What {@link OAuthClient.authorizationUrl} returns. Keep `state` and `codeVerifier` for the callback (e.g. in the user's session). */
export interface AuthorizationRequest {
  /** Send the user's browser here. */
  url: string;
  /** The value the callback must carry back. */
  state: string;
  /** The PKCE secret the code exchange must prove; never send it to the browser. */
  codeVerifier: string;
}

/** The parameters sipgate sent to the redirect URI, when they are not at hand as a URL. */
export interface CallbackParameters {
  /** The authorization code. */
  code?: string;
  /** The state the sign-in began with. */
  state?: string;
  /** The RFC 6749 error code when the user declined or the request was refused. */
  error?: string;
  /** The provider's description of that error. */
  error_description?: string;
  /** The issuer (RFC 9207), when the provider sends it. */
  iss?: string;
}

/** What the callback must match, from {@link AuthorizationRequest}. */
export interface ExpectedCallback {
  /** The `state` that {@link OAuthClient.authorizationUrl} returned. */
  state: string;
  /** The `codeVerifier` that {@link OAuthClient.authorizationUrl} returned. */
  codeVerifier: string;
}

/**
 * A set of tokens, with absolute expiry times. Plain data: persist it as JSON (it holds secrets,
 * so store it like a password). `console.log` and `util.inspect` show it with the secrets hidden.
 */
export interface OAuthTokens {
  /** The access token (a JWT at sipgate), sent as `Authorization: Bearer`. Absent in saved tokens that kept only the refresh token. */
  accessToken?: string;
  /** Usually `'Bearer'`. */
  tokenType?: string;
  /** When the access token expires, in milliseconds since the epoch (`Date.now()` scale). */
  expiresAt?: number;
  /** The refresh token; rotated on every refresh at sipgate, so always keep the newest. */
  refreshToken?: string;
  /** When the refresh token expires (sipgate: 30 days), in milliseconds since the epoch. */
  refreshExpiresAt?: number;
  /** The OpenID Connect ID token, when the `openid` scope was granted. */
  idToken?: string;
  /** The scopes granted, space-separated. */
  scope?: string;
}

/** Saved tokens as a token source accepts them: expiry times may also be ISO strings or `Date`s (as a database returns them). */
export type SavedOAuthTokens = Omit<OAuthTokens, 'expiresAt' | 'refreshExpiresAt'> & {
  expiresAt?: number | string | Date;
  refreshExpiresAt?: number | string | Date;
};

/** Options of {@link OAuthClient.tokenSource}. */
export interface TokenSourceOptions {
  /**
   * Called with every new token set, before any request uses it: persist it here. A refresh
   * rotates the refresh token, so the saved one is spent. When it rejects, the requests waiting
   * for the token reject with its error, and every later use calls it again with the same
   * tokens (one call at a time) before going on, until it succeeds: the grant is never left only
   * in memory without a request failing. `source.tokens()` returns them for storing by hand.
   * One that never settles holds the requests until their `timeout` or `signal`.
   */
  onTokens?: (tokens: OAuthTokens) => void | Promise<void>;
  /**
   * Seconds before `expiresAt` at which the token is refreshed ahead of use.
   * @default 30
   */
  refreshBeforeExpiry?: number;
}

/**
 * Supplies the current access token to the client, refreshing it shortly before it expires and
 * after sipgate refuses it with 401. However many requests wait, one refresh runs at a time.
 * Pass it as the `token` of {@link sipgateIO}.
 */
export interface OAuthTokenSource extends AccessTokenProvider {
  /**
   * The current tokens (a copy).
   * @example
   * ```ts
   * await db.save(userId, source.tokens()); // e.g. when the user's session ends
   * ```
   */
  tokens(): OAuthTokens;
  /**
   * Refreshes now (joining a refresh already under way), stores the new tokens through
   * `onTokens` and returns them.
   * @example
   * ```ts
   * const { expiresAt } = await source.refresh();
   * ```
   */
  refresh(): Promise<OAuthTokens>;
}

/** Options of {@link OAuthClient.logoutUrl}. */
export interface LogoutUrlOptions {
  /** The ID token of the session to end (`id_token_hint`). */
  idToken?: string;
  /** Where the provider sends the browser afterwards; must be registered for the client. */
  postLogoutRedirectUri?: string;
  /** Passed back to `postLogoutRedirectUri`. */
  state?: string;
}

/** An OAuth 2.0 client for "Sign in with sipgate"; create it with {@link createOAuthClient}. */
export interface OAuthClient {
  /** The client's id. */
  readonly clientId: string;
  /** The registered redirect URI. */
  readonly redirectUri: string;
  /**
   * Builds the URL to send the user's browser to, with a random `state` and a PKCE S256 challenge.
   * @example
   * ```ts
   * const { url, state, codeVerifier } = await oauth.authorizationUrl({ scopes: ['balance:read'] });
   * session.oauth = { state, codeVerifier };
   * response.writeHead(302, { Location: url }).end();
   * ```
   */
  authorizationUrl(options?: AuthorizationUrlOptions): Promise<AuthorizationRequest>;
  /**
   * Checks the callback and exchanges its code for tokens. Refuses a missing or different `state`
   * (`state_mismatch`) before anything is sent; turns `?error=…` into a {@link SipgateIOOAuthError}.
   * @example
   * ```ts
   * const tokens = await oauth.exchangeCode(request.url, session.oauth); // '/callback?code=…&state=…' or a full URL
   * ```
   */
  exchangeCode(
    callback: string | URL | URLSearchParams | CallbackParameters,
    expected: ExpectedCallback,
  ): Promise<OAuthTokens>;
  /**
   * Exchanges a refresh token for new tokens; the answer's refresh token replaces the old one.
   * @example
   * ```ts
   * const fresh = await oauth.refresh(saved.refreshToken);
   * ```
   */
  refresh(refreshToken: string): Promise<OAuthTokens>;
  /**
   * A token source for {@link sipgateIO} that keeps the tokens fresh (see {@link OAuthTokenSource}).
   * @example
   * ```ts
   * const client = sipgateIO({ token: oauth.tokenSource(saved, { onTokens: (tokens) => db.save(userId, tokens) }) });
   * ```
   */
  tokenSource(tokens: SavedOAuthTokens, options?: TokenSourceOptions): OAuthTokenSource;
  /**
   * Revokes a token at the provider (RFC 7009); revoking the refresh token ends the grant.
   * @example
   * ```ts
   * await oauth.revoke(saved.refreshToken); // sign-out
   * ```
   */
  revoke(token: string): Promise<void>;
  /**
   * The provider's logout URL (OpenID Connect RP-initiated logout), to end the user's session
   * there too. Rejects with `logout_unsupported` when the provider has none.
   * @example
   * ```ts
   * response.writeHead(302, { Location: await oauth.logoutUrl({ idToken: saved.idToken }) }).end();
   * ```
   */
  logoutUrl(options?: LogoutUrlOptions): Promise<string>;
}
