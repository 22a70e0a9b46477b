/**
 * `startSandbox()`: a local, stateful sipgate on loopback for tests and first steps. Node-only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SipgateIOValidationError } from '../core/errors';
import { simulateCall, type SimulatedCall } from '../webhook/simulator/simulate-call';
import { handleConsoleRequest, type ConsoleDeps } from './console/console-server';
import { FaultTable, type SandboxFault } from './faults';
import type { HandlerOptions, HandlerTable, TimelineKind } from './handlers/context';
import { accountHandlers } from './handlers/account';
import { contactHandlers } from './handlers/contacts';
import { historyHandlers } from './handlers/history';
import { addHistory } from './handlers/messaging';
import { messagingHandlers } from './handlers/messaging';
import { SANDBOX_PRIVATE_KEY, SANDBOX_PUBLIC_KEY } from './sandbox-key';
import { API_ROOT, handleApiRequest, KNOWN_ROUTES, type PipelineDeps } from './server';
import {
  ACCOUNT_NUMBER,
  createState,
  type SandboxCall,
  type SandboxContact,
  type SandboxFax,
  type SandboxHistoryEntry,
  type SandboxSms,
  type SandboxState,
} from './state';
import { BoundedLog, type SandboxRequest, type TimelineEntry } from './timeline';

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
  /** Port to listen on. @default 0 (a free port) */
  port?: number;
  /** Address to bind. Anything but loopback must be asked for explicitly. @default '127.0.0.1' */
  host?: string;
  /** The app's webhook URL, set as both incoming and outgoing URL (as `PUT /settings/sipgateio` would). */
  webhookUrl?: string;
  /** The personal access token clients authenticate with. @default a random one per sandbox */
  credentials?: { tokenId: string; token: string };
  /** The key pair webhooks are signed with. @default the sandbox's published test key pair */
  keyPair?: { publicKey: string; privateKey: string };
  /** How long a fax stays SENDING before it is SENT (or FAILED). @default 200 @unit milliseconds */
  faxDelay?: number;
  /** Recipients whose faxes end FAILED. @default [] */
  failingFaxNumbers?: string[];
  /** How many requests `sandbox.requests` keeps (the oldest are dropped). @default 1000 */
  maxLoggedRequests?: number;
}

/** What {@link Sandbox.call} places. */
export interface SandboxCallOptions {
  /** The caller. @default '+4915799912345' */
  from?: string;
  /** The number called. @default the account's number, +4921100000000 */
  to?: string;
  /** Digits the caller presses, one entry per Gather. */
  digits?: string[];
}

/** A running sandbox. */
export interface Sandbox {
  /** The API's base URL (`http://127.0.0.1:PORT/v2`), for `sipgateIO(…, { baseUrl })`. */
  readonly url: string;
  /** The console page. */
  readonly consoleUrl: string;
  /** The personal access token the sandbox accepts (HTTP Basic). */
  readonly credentials: { tokenId: string; token: string };
  /** The public key (PEM) webhooks are signed with: give it to your webhook handler. */
  readonly webhookPublicKey: string;
  /** SMS sent, oldest first. */
  readonly sms: readonly SandboxSms[];
  /** Faxes sent, oldest first, with their current status. */
  readonly faxes: readonly SandboxFax[];
  /** Calls placed by the app and to the app, oldest first. */
  readonly calls: readonly SandboxCall[];
  /** Requests received, oldest first (at most `maxLoggedRequests`). */
  readonly requests: readonly SandboxRequest[];
  /** The history, newest first. */
  readonly history: readonly SandboxHistoryEntry[];
  readonly contacts: readonly SandboxContact[];
  /** The balance in ten-thousandths of the currency unit. */
  readonly balance: { amount: number; currency: string };
  /** The webhook settings (`GET /settings/sipgateio`). */
  readonly webhookSettings: { incomingUrl: string; outgoingUrl: string; log: boolean; whitelist: string[] | null };
  /** A copy of the whole state (users, devices, phone lines, numbers, …). */
  snapshot(): SandboxState;
  /** A Bearer token the sandbox accepts, as an OAuth client would hold. */
  issueAccessToken(): string;
  /** Arms a fault for the next request(s) to a route (`'POST /sessions/sms'`). */
  fault(route: string, fault: SandboxFault): void;
  /** Places an incoming call to the app's webhook URL and returns the transcript. */
  call(options?: SandboxCallOptions): Promise<SimulatedCall>;
  /** Back to a fresh account: state, logs, faults and issued tokens. */
  reset(): void;
  /** Stops the server (open connections are closed). */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function checkOptions(options: SandboxOptions): void {
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port >= 0 && options.port <= 65_535)) {
    throw new SipgateIOValidationError('port', 'must be a whole number from 0 to 65535 (0 picks a free port).');
  }
  if (options.host !== undefined && (typeof options.host !== 'string' || options.host.trim() === ''))
    throw new SipgateIOValidationError('host', 'must be an address to bind, e.g. 127.0.0.1.');
  if (options.webhookUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(String(options.webhookUrl)))
    throw new SipgateIOValidationError('webhookUrl', 'must be an http(s) URL.');
  const credentials = options.credentials;
  if (
    credentials !== undefined &&
    !(
      credentials &&
      typeof credentials.tokenId === 'string' &&
      credentials.tokenId !== '' &&
      typeof credentials.token === 'string' &&
      credentials.token !== ''
    )
  ) {
    throw new SipgateIOValidationError('credentials', 'must have a non-empty tokenId and token.');
  }
  for (const field of ['faxDelay', 'maxLoggedRequests'] as const) {
    const value = options[field];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0))
      throw new SipgateIOValidationError(field, 'must be a whole number ≥ 0.');
  }
}

/**
 * Starts a local sipgate: every operation of the REST contract answers on loopback, requests are
 * authenticated and validated against the contract, SMS, faxes, calls, history, contacts and the
 * account's settings keep state, webhooks are signed, and faults can be set per route.
 *
 * @param options port, host, webhook URL and more; all optional.
 * @returns the running sandbox: its URL and credentials, its state, and `reset()`, `fault()`, `call()`, `close()`.
 * @throws {@link SipgateIOValidationError} for an invalid option.
 * @example
 * ```ts
 * const sandbox = await startSandbox();
 * const client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url });
 * await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hi' });
 * expect(sandbox.sms[0].message).toBe('Hi');
 * await sandbox.close();
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  checkOptions(options);
  const host = options.host ?? '127.0.0.1';
  const credentials = options.credentials ?? {
    tokenId: `token-${randomBytes(3).toString('hex').toUpperCase()}`,
    // A version-4 UUID, the form of sipgate's personal access tokens (sipgateIO refuses others).
    token: randomUUID(),
  };
  const keyPair = options.keyPair ?? { publicKey: SANDBOX_PUBLIC_KEY, privateKey: SANDBOX_PRIVATE_KEY };
  let state = createState(options.webhookUrl);
  const requests = new BoundedLog<SandboxRequest>(options.maxLoggedRequests ?? 1_000);
  const timeline = new BoundedLog<TimelineEntry>(500);
  const listeners = new Set<(entry: TimelineEntry) => void>();
  const timers = new Set<NodeJS.Timeout>();
  const pending = new Set<Promise<void>>();
  const bearerTokens = new Set<string>();
  const faults = new FaultTable(KNOWN_ROUTES);
  let nextTimelineId = 1;
  let generation = 0;

  const note = (kind: TimelineKind, summary: string, detail?: unknown): void => {
    const entry: TimelineEntry = {
      id: nextTimelineId++,
      time: new Date().toISOString(),
      kind,
      summary,
      ...(detail === undefined ? {} : { detail }),
    };
    timeline.push(entry);
    for (const listener of listeners) listener(entry);
  };
  const later = (task: () => Promise<void> | void): void => {
    const run = Promise.resolve()
      .then(task)
      .catch((error: unknown) => note('webhook', `✗ ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => pending.delete(run));
    pending.add(run);
  };

  /** Plays sipgate's side of a call against the app's webhook URL and records it. */
  const runCall = async (
    direction: 'in' | 'out',
    from: string,
    to: string,
    digits?: string[],
  ): Promise<SimulatedCall> => {
    const url = direction === 'in' ? state.settings.incomingUrl : state.settings.outgoingUrl;
    if (!url)
      throw new SipgateIOValidationError(
        'webhookUrl',
        'is not set: pass startSandbox({ webhookUrl }) or set it with PUT /settings/sipgateio (createSettingsModule(client).setIncomingUrl).',
      );
    const call = await simulateCall({
      url,
      privateKey: keyPair.privateKey,
      from,
      to,
      direction,
      digits: digits ?? [],
      log: (line) => note('call', line),
    });
    for (const step of call.steps)
      note('webhook', `${step.event} → HTTP ${step.status}`, { url: step.url, answer: step.body });
    return call;
  };
  const handlerOptions: HandlerOptions = {
    faxDelay: options.faxDelay ?? 200,
    failingFaxNumbers: options.failingFaxNumbers ?? [],
    schedule(ms, task) {
      const at = generation;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (at === generation) task();
      }, ms);
      timer.unref();
      timers.add(timer);
    },
    runCall,
  };
  const handlers: HandlerTable = { ...messagingHandlers, ...historyHandlers, ...contactHandlers, ...accountHandlers };
  const deps: PipelineDeps = {
    state: () => state,
    handlers,
    options: handlerOptions,
    faults,
    requests,
    basicAuthorization: Buffer.from(
      `Basic ${Buffer.from(`${credentials.tokenId}:${credentials.token}`).toString('base64')}`,
    ),
    bearerTokens,
    note,
    later,
  };

  const reset = (): void => {
    generation += 1;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    state = createState(options.webhookUrl);
    requests.clear();
    timeline.clear();
    faults.clear();
    bearerTokens.clear();
    note('reset', 'The sandbox was reset.');
  };

  const placeIncomingCall = async (call: SandboxCallOptions = {}): Promise<SimulatedCall> => {
    const from = call.from ?? '+4915799912345';
    const to = call.to ?? ACCOUNT_NUMBER;
    const result = await runCall('in', from, to, call.digits);
    const missed = result.outcome === 'rejected' || result.outcome === 'failed';
    const entry = addHistory(state, {
      id: result.callId,
      type: 'CALL',
      source: from,
      target: to,
      direction: missed ? 'MISSED_INCOMING' : 'INCOMING',
      status: missed ? 'NOPICKUP' : 'PICKUP',
      connectionIds: ['p0'],
    });
    state.calls.push({
      id: result.callId,
      direction: 'in',
      from,
      to,
      outcome: result.outcome,
      transcript: result.transcript,
      created: entry.created,
    });
    return result;
  };

  const consoleDeps: ConsoleDeps = {
    timeline: () => timeline.list(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset,
    call: placeIncomingCall,
    webhookUrl: () => state.settings.incomingUrl,
  };

  const sockets = new Set<Socket>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://sandbox');
    } catch {
      response.writeHead(400).end();
      return;
    }
    const path = url.pathname;
    const work =
      path === API_ROOT || path.startsWith(`${API_ROOT}/`)
        ? handleApiRequest(request, response, path.slice(API_ROOT.length), url, deps)
        : handleConsoleRequest(request, response, url, consoleDeps);
    work.catch(() => {
      if (!response.headersSent)
        response
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end('{"status":500,"message":"The sandbox failed on this request."}');
      else response.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const origin = `http://${shownHost}:${port}`;
  if (!LOOPBACK.has(host)) note('request', `Listening on ${host}: reachable from other machines.`);

  return {
    url: `${origin}${API_ROOT}`,
    consoleUrl: `${origin}/`,
    credentials: { ...credentials },
    webhookPublicKey: keyPair.publicKey,
    get sms() {
      return state.sms.map((sms) => ({ ...sms }));
    },
    get faxes() {
      return state.faxes.map((fax) => ({ ...fax }));
    },
    get calls() {
      return state.calls.map((call) => ({ ...call, transcript: [...call.transcript] }));
    },
    get requests() {
      return requests.list();
    },
    get history() {
      return state.history.map((entry) => ({ ...entry }));
    },
    get contacts() {
      return structuredClone(state.contacts);
    },
    get balance() {
      return { ...state.balance };
    },
    get webhookSettings() {
      return structuredClone(state.settings);
    },
    snapshot: () => structuredClone(state),
    issueAccessToken() {
      // JWT-shaped like sipgate's access tokens (sipgateIO checks the shape), signed by nothing:
      // the sandbox knows its tokens by value.
      const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
      const payload = { iss: 'sipgateio-sandbox', jti: randomUUID(), exp: Math.floor(Date.now() / 1000) + 3600 };
      const token = `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.${randomBytes(24).toString('base64url')}`;
      bearerTokens.add(token);
      return token;
    },
    fault: (route, fault) => faults.add(route, fault),
    call: placeIncomingCall,
    reset,
    async close() {
      generation += 1;
      for (const timer of timers) clearTimeout(timer);
      listeners.clear();
      await Promise.allSettled([...pending]);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
