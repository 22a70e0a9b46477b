/**
 * The one function the SDK uses from libphonenumber-js (small metadata build), imported by name
 * so bundlers keep only what it needs. Loaded lazily by `phone.ts`.
 */
export { parsePhoneNumberFromString } from 'libphonenumber-js/min';
