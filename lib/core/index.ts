export * from './errors';
export * from './credentials';
export * from './client';
export * from './pagination';
export { apiPath } from './path';
export { serialise } from './serialise';
export { SDK_NAME, SDK_VERSION } from './version';
export { shouldRetry, backoffDelay, parseRetryAfter, retryDelay, provesNotSent } from './retry';
export type { AttemptFailure } from './retry';
