/** Shared by the examples: builds a client from environment variables (see .env.example). */
import { sipgateIO, type SipgateIOClient } from '../lib';

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see examples/.env.example).`);
    process.exit(1);
  }
  return value;
}

export function clientFromEnv(): SipgateIOClient {
  return sipgateIO({ tokenId: requireEnv('SIPGATE_TOKEN_ID'), token: requireEnv('SIPGATE_TOKEN') });
}
