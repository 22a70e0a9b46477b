/**
 * Contract-test harness: runs the Prism mock of sipgate's OpenAPI contract on a free loopback
 * port and reports the request violations Prism finds in our calls. `describeAgainstContract`
 * runs a suite twice: against Prism and against the SDK's own sandbox (`sipgateio-sdk/sandbox`),
 * whose 400 answers name the violated field the same way.
 *
 * The spec is contract/sipgate-openapi.yaml. It has known defects (contract/corrections.md);
 * `patchSpec` mends a temporary copy, each patch narrow and
 * numbered after the note it answers, so that a correct client passes while a wrong path, field
 * or type still fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import axios from 'axios';
import { stringify } from 'yaml';
import { sipgateIO, type SipgateIOClient } from '../../lib';
import { startSandbox, type Sandbox } from '../../lib/sandbox';
import { applyOverlay, operationsOf, readSpec, type Json } from '../../scripts/contract-overlay';

/** Fixes the spec's documented defects on a parsed copy: the shared overlay (scripts/contract-overlay.ts,
 * also applied before type generation) plus what only a mock needs. Each step names its note. */
export function patchSpec(spec: Json): Json {
  applyOverlay(spec);
  const components = (spec.components ??= {}) as Json;
  const schemes = (components.securitySchemes ??= {}) as Json;
  // #1: personal access tokens are sent as HTTP Basic; allow it wherever OAuth is allowed.
  schemes.basic = { type: 'http', scheme: 'basic' };
  const addBasic = (security: unknown): unknown =>
    Array.isArray(security) && security.length > 0 ? [...security, { basic: [] }] : security;
  if (spec.security) spec.security = addBasic(spec.security);
  for (const { operation } of operationsOf(spec)) {
    if (operation.security) operation.security = addBasic(operation.security);
  }
  const schemas = (components.schemas ?? {}) as Record<string, Json>;
  // #5: the settings example has `whitelist: "[w0]"`, a string where the schema says array; a
  // client that reads it and writes it back would be blamed for the example. Same value, as array.
  const settingsExample = schemas.SipgateIoUrlResponse?.example as Json | undefined;
  if (settingsExample && typeof settingsExample.whitelist === 'string' && /^\[.*\]$/.test(settingsExample.whitelist)) {
    settingsExample.whitelist = settingsExample.whitelist
      .slice(1, -1)
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  }
  // #9: make the served history example a fax so that the fax status can be read from the mock.
  const historyEntry = schemas.HistoryEntryResponse;
  if (historyEntry) historyEntry.example = { ...(historyEntry.example as Json), type: 'FAX', faxStatusType: 'SENT' };
  return spec;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface PrismMock {
  baseUrl: string;
  stop(): Promise<void>;
  /** Which server answers: Prism (stateless, examples) or the sandbox (stateful). */
  kind?: 'prism' | 'sandbox';
  /** The sandbox, when `kind` is 'sandbox'. */
  sandbox?: Sandbox;
}

/** Starts the SDK's sandbox as a contract mock (faxes are SENT at once). */
export async function startSandboxMock(): Promise<PrismMock> {
  const sandbox = await startSandbox({ faxDelay: 0 });
  return { baseUrl: sandbox.url, kind: 'sandbox', sandbox, stop: () => sandbox.close() };
}

/**
 * The Prism mock for a suite: the one test/contract/global-prism.ts started for the whole run
 * (Prism is stateless, and each start costs seconds), or a new one when the run has none.
 */
export async function startPrism(): Promise<PrismMock> {
  const shared = process.env.SIPGATE_SHARED_PRISM_URL;
  if (shared) return { baseUrl: shared, kind: 'prism', stop: async () => undefined };
  return launchPrism();
}

/** Starts Prism on a patched temporary copy of the spec; resolves once it listens. */
export async function launchPrism(): Promise<PrismMock> {
  const dir = mkdtempSync(join(tmpdir(), 'sipgate-contract-'));
  const specCopy = join(dir, 'openapi.yaml');
  writeFileSync(specCopy, stringify(patchSpec(readSpec())));
  const port = await freePort();
  const bin = resolve(__dirname, '../../node_modules/.bin/prism');
  const child: ChildProcess = spawn(bin, ['mock', '-h', '127.0.0.1', '-p', String(port), specCopy], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Prism exited with ${code}:\n${output}`));
    });
  });
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        child.removeAllListeners('exit');
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** A request as it left the client (method, URL relative to the mock, serialised body). */
export interface SentRequest {
  method: string;
  url: string;
  data: unknown;
}

/** A violation Prism found in one of our requests. */
export interface Violation {
  request: string;
  location: string;
  message: string;
}

/**
 * A client against the mock that records Prism's request violations (the `sl-violations`
 * response header, or the `validation` list of its own 422 answer). Response-side violations
 * are the spec's fault, not ours, and are ignored.
 */
export function contractClient(prism: PrismMock): {
  client: SipgateIOClient;
  violations: Violation[];
  sent: SentRequest[];
} {
  const violations: Violation[] = [];
  const sent: SentRequest[] = [];
  const instance = axios.create();
  instance.interceptors.request.use((config) => {
    sent.push({
      method: config.method?.toUpperCase() ?? '',
      url: config.url?.replace(prism.baseUrl, '') ?? '',
      data: config.data as unknown,
    });
    return config;
  });
  instance.interceptors.response.use((response) => {
    const request = `${response.config.method?.toUpperCase()} ${response.config.url?.replace(prism.baseUrl, '')}`;
    const found: Array<{ location?: string[]; message?: string }> = [];
    if (prism.kind === 'sandbox' && response.status === 400) {
      // The sandbox names the field in its error's source pointer (/body/recipient).
      const errors =
        (JSON.parse(String(response.data)) as { errors?: Array<{ detail?: string; source?: { pointer?: string } }> })
          .errors ?? [];
      found.push(
        ...errors.map((e) => ({
          location: ['request', ...(e.source?.pointer ?? '').split('/').filter(Boolean)],
          message: e.detail,
        })),
      );
    }
    const header = response.headers['sl-violations'];
    if (typeof header === 'string') found.push(...(JSON.parse(header) as typeof found));
    if (response.status === 422 && typeof response.data === 'string' && response.data.includes('validation')) {
      // Prism's own 422 lists request violations with locations relative to the request.
      const listed = (JSON.parse(response.data) as { validation?: typeof found }).validation ?? [];
      found.push(...listed.map((v) => ({ ...v, location: ['request', ...(v.location ?? [])] })));
    }
    for (const violation of found) {
      const location = (violation.location ?? []).join('.');
      if (location.startsWith('request') || !location)
        violations.push({ request, location, message: violation.message ?? '' });
    }
    return response;
  });
  const client = sipgateIO(
    prism.sandbox?.credentials ?? { tokenId: 'token-CNTRCT', token: 'c0c0a700-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
    { baseUrl: prism.baseUrl, axiosInstance: instance, maxRetries: 0, timeout: 15_000 },
  );
  return { client, violations, sent };
}

/** A describe block with a Prism mock of the contract running for its tests. */
export function describeWithPrism(title: string, body: (prism: () => PrismMock) => void): void {
  describe(title, () => {
    let mock: PrismMock | undefined;
    beforeAll(async () => {
      mock = await startPrism();
    }, 90_000);
    afterAll(() => mock?.stop());
    body(() => {
      if (!mock) throw new Error('Prism did not start.');
      return mock;
    });
  });
}

/**
 * A describe block run twice, against Prism and against the sandbox, each started once for its
 * tests; the sandbox is reset before each test so that tests do not see each other's state.
 */
export function describeAgainstContract(title: string, body: (mock: () => PrismMock) => void): void {
  for (const [name, start] of [
    ['Prism', startPrism],
    ['sandbox', startSandboxMock],
  ] as const) {
    describe(`${title} [${name}]`, () => {
      let mock: PrismMock | undefined;
      beforeAll(async () => {
        mock = await start();
      }, 90_000);
      beforeEach(() => mock?.sandbox?.reset());
      afterAll(() => mock?.stop());
      body(() => {
        if (!mock) throw new Error(`${name} did not start.`);
        return mock;
      });
    });
  }
}
