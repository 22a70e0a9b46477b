/**
 * "Sign in with sipgate": OAuth 2.0 authorization code flow with PKCE, refresh with rotation, and
 * a token source that keeps a {@link sipgateIO} client signed in. Isomorphic (WebCrypto and
 * fetch); the protocol is oauth4webapi's, loaded on first use.
 */
export { createOAuthClient, SIPGATE_OAUTH_ISSUER } from './client';
export { SipgateIOOAuthError, type SipgateIOOAuthErrorDetails } from './errors';
export type {
  OAuthEndpoints,
  OAuthClientOptions,
  AuthorizationUrlOptions,
  AuthorizationRequest,
  CallbackParameters,
  ExpectedCallback,
  OAuthTokens,
  SavedOAuthTokens,
  TokenSourceOptions,
  OAuthTokenSource,
  LogoutUrlOptions,
  OAuthClient,
} from './types';
