/**
 * The public face of the core: the client, its options and errors, pagination and phone
 * numbers. Everything else in `lib/core` (retry decisions, path building, redaction, the
 * established library's error texts) is internal and may change without notice.
 */
export {
  SipgateIOError,
  SipgateIOValidationError,
  SipgateIOConnectionError,
  SipgateIOTimeoutError,
  SipgateIOAbortError,
  SipgateIOBadRequestError,
  SipgateIOAuthenticationError,
  SipgateIOInsufficientFundsError,
  SipgateIOPermissionError,
  SipgateIONotFoundError,
  SipgateIOConflictError,
  SipgateIORateLimitError,
  SipgateIOServerError,
  SipgateIOInvalidResponseError,
  SipgateIOPartialFailureError,
  SipgateIOCallNotFoundError,
  SipgateIOSmsSenderError,
  SipgateIOFaxFailedError,
  type SipgateIOErrorKind,
  type SipgateIOErrorDetails,
  type SipgateIOErrorResponse,
  type SipgateIOItemFailure,
  type SmsSenderProblem,
} from './errors';
export { createInProcessLock, type SipgateIOLock } from './lock';
export type {
  PersonalAccessTokenCredentials,
  AccessTokenProvider,
  AccessTokenContext,
  OAuthCredentials,
  BasicAuthCredentials,
  AuthCredentials,
} from './credentials';
export {
  sipgateIO,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RESPONSE_BYTES,
  type QueryValue,
  type QueryParams,
  type RequestOptions,
  type SipgateIOLogger,
  type RequestEvent,
  type ResponseEvent,
  type SipgateIOClientOptions,
  type SipgateIOClientInfo,
  type UserInfo,
  type DeleteRequestOptions,
  type Webuser,
  type SipgateIOClient,
} from './client';
export type {
  SipgateIOTracing,
  OperationTrace,
  AttemptTrace,
  WebhookTrace,
  TracedOperation,
  TracedFailure,
  TracedWebhookEvent,
  WebhookVerification,
} from './tracing';
export { paginate, type Pagination, type PagedResponse, type Page, type PaginateOptions } from './pagination';
export { SDK_NAME, SDK_VERSION } from './version';
export { normalisePhoneNumber, isValidPhoneNumberAsync } from './phone';
export type { ExtensionType } from './internal/validate';
