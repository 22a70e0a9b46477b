/**
 * What every build offers, the CDN bundle included: the core client, every REST module, the
 * OAuth client and the typed-request types. The browser and Node entries add the webhook helpers.
 */
export * from './core';
export * from './resources';
export {
  createOAuthClient,
  SIPGATE_OAUTH_ISSUER,
  SipgateIOOAuthError,
  type SipgateIOOAuthErrorDetails,
  type OAuthEndpoints,
  type OAuthClientOptions,
  type AuthorizationUrlOptions,
  type AuthorizationRequest,
  type CallbackParameters,
  type ExpectedCallback,
  type OAuthTokens,
  type SavedOAuthTokens,
  type TokenSourceOptions,
  type OAuthTokenSource,
  type LogoutUrlOptions,
  type OAuthClient,
} from './oauth';
export type {
  ApiRoute,
  ApiOperation,
  ApiPathParams,
  ApiQuery,
  ApiBody,
  ApiResult,
  ApiRequest,
  ApiRequestArgs,
} from './api/types';
