/**
 * The parts of oauth4webapi the OAuth client uses, named, so that bundlers (ours for the CDN
 * file, users' own for theirs) keep only these: about half the library. Loaded lazily by
 * client.ts; the CommonJS build loads oauth4webapi itself instead (see rollup.config.js).
 */
export {
  ClientSecretPost,
  None,
  allowInsecureRequests,
  customFetch,
  authorizationCodeGrantRequest,
  calculatePKCECodeChallenge,
  discoveryRequest,
  generateRandomCodeVerifier,
  generateRandomState,
  processAuthorizationCodeResponse,
  processDiscoveryResponse,
  processRefreshTokenResponse,
  processRevocationResponse,
  refreshTokenGrantRequest,
  revocationRequest,
  validateAuthResponse,
} from 'oauth4webapi';
