/**
 * `sipgateio-sdk/tracing`: OpenTelemetry spans for the client and the webhook handlers. The only
 * entry that imports `@opentelemetry/api` (an optional peer dependency): apps that do not trace
 * never load it, nor this code.
 */
export { openTelemetry, type OpenTelemetryOptions } from './open-telemetry';
export { maskPhoneNumber } from './redact';
export type { SipgateIOTracing } from '../core/tracing';
