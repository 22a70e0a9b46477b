/** Shared by the examples: loads examples/.env (as .env.example says) and builds a client from it. */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sipgateIO, type SipgateIOClient } from '../lib';

/**
 * Loads `examples/.env` (or the file in `EXAMPLES_ENV_FILE`) into `process.env` with Node's own
 * loader (`process.loadEnvFile`, Node 20.12+). Variables already set in the environment win.
 */
export function loadExampleEnv(file = process.env.EXAMPLES_ENV_FILE ?? join(__dirname, '.env')): void {
  if (!existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  for (const [name, value] of Object.entries(before)) process.env[name] = value;
}

loadExampleEnv();

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} in examples/.env (copy examples/.env.example) or in the environment.`);
    process.exit(1);
  }
  return value;
}

export function clientFromEnv(): SipgateIOClient {
  return sipgateIO({ tokenId: requireEnv('SIPGATE_TOKEN_ID'), token: requireEnv('SIPGATE_TOKEN') });
}

/** Where examples write files: `EXAMPLES_OUTPUT_DIR`, or a folder in the system's temp directory, never the repository. */
export function outputPath(name: string): string {
  const dir = process.env.EXAMPLES_OUTPUT_DIR ?? join(tmpdir(), 'sipgateio-sdk-examples');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
