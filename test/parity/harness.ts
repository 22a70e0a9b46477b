/**
 * Runs the established `sipgateio` package and this SDK side by side on the same input, through
 * one HTTP interceptor, and records what each put on the wire and what each handed back.
 *
 * Both libraries talk to the production base URL by default (nothing here passes a base URL,
 * so the defaults are compared too); nock answers every request from one router and refuses
 * to let anything leave the machine.
 */
import http from 'node:http';
import https from 'node:https';
import nock from 'nock';
import * as ours from '../../lib';

export const established = require('sipgateio') as Record<string, unknown>;
export const oursByName = ours as unknown as Record<string, unknown>;

export const ORIGIN = 'https://api.sipgate.com';
export const BASE_PATH = '/v2';
export const CREDENTIALS = { tokenId: 'token-ABC123', token: '0a1b2c3d-e5f6-4a8b-9c0d-e1f2a3b4c5d6' };

/** One request as it reached the interceptor, in a form both libraries can be compared on. */
export interface WireRequest {
  method: string;
  /** Path below the base path, e.g. `/contacts`. */
  path: string;
  /** Query parameters, each as the list of its values in order. */
  query: Record<string, string[]>;
  /** JSON bodies parsed; anything else as text; `undefined` when there was none. */
  body: unknown;
  /** The media type of the body, without parameters. */
  contentType?: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers a request; the same router serves both libraries, so neither is favoured. */
export type Router = (request: WireRequest) => Reply;

/** What the caller got back. */
export type Outcome =
  { kind: 'resolved'; value: unknown } | { kind: 'rejected'; message: string; responseStatus?: number; error: unknown };

export interface Run {
  wire: WireRequest[];
  outcome: Outcome;
  /** The request headers, in the order of `wire` (kept apart: the wire comparison leaves headers out). */
  headers: Array<Record<string, string | string[] | undefined>>;
}

/** Everything a scenario may call, built from one library. */
export interface Library {
  name: 'established' | 'ours';
  /** The library's exports. */
  exports: Record<string, unknown>;
  /** A client made with `sipgateIO(CREDENTIALS)`. */
  client: Record<string, (...args: unknown[]) => Promise<unknown>>;
  /** `createXModule(client)` for every factory the established library exports, by factory name. */
  modules: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
}

/** The REST module factories of the established library, found at run time (the webhook module takes no client). */
export function establishedFactoryNames(): string[] {
  return Object.keys(established)
    .filter((name) => /^create\w+Module$/.test(name) && name !== 'createWebhookModule')
    .sort();
}

export function makeLibrary(name: Library['name']): Library {
  const namespace = name === 'established' ? established : oursByName;
  const sipgateIO = namespace.sipgateIO as (credentials: unknown) => Library['client'];
  const client = sipgateIO({ ...CREDENTIALS });
  const modules: Library['modules'] = {};
  for (const factory of establishedFactoryNames()) {
    const create = namespace[factory] as ((client: unknown) => Library['modules'][string]) | undefined;
    if (typeof create === 'function') modules[factory] = create(client);
  }
  return { name, exports: namespace, client, modules };
}

function toWire(method: string, uri: string, body: unknown, contentType: string | undefined): WireRequest {
  const url = new URL(uri, ORIGIN);
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (query[key] ??= []).push(value);
  const path = url.pathname.startsWith(`${BASE_PATH}/`) ? url.pathname.slice(BASE_PATH.length) : url.pathname;
  const type = contentType?.split(';')[0].trim().toLowerCase();
  let parsed: unknown = body === '' ? undefined : body;
  if (typeof parsed === 'string' && type === 'application/json') {
    try {
      parsed = JSON.parse(parsed);
    } catch {
      // left as text: the comparison then shows the malformed body
    }
  }
  return {
    method: method.toUpperCase(),
    path,
    query: canonical(query) as WireRequest['query'],
    body: canonical(parsed),
    ...(parsed === undefined ? {} : { contentType: type }),
  };
}

/** Object keys sorted, recursively: JSON key order carries no meaning on the wire. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

function outcomeOf(settled: PromiseSettledResult<unknown>): Outcome {
  if (settled.status === 'fulfilled') return { kind: 'resolved', value: settled.value };
  const error = settled.reason as { message?: unknown; response?: { status?: unknown } } | undefined;
  const status = error?.response?.status;
  return {
    kind: 'rejected',
    message: String(error?.message ?? error),
    ...(typeof status === 'number' ? { responseStatus: status } : {}),
    error: settled.reason,
  };
}

/**
 * Calls `act` with one library while `router` answers every request, and records the wire.
 * The library is built inside the interception, so cached state (the web user id) never
 * carries over from one run to the next.
 */
export async function runWith(name: Library['name'], act: (library: Library) => unknown, router: Router): Promise<Run> {
  const wire: WireRequest[] = [];
  const requestHeaders: Run['headers'] = [];
  nock.disableNetConnect();
  const scope = nock(ORIGIN).persist();
  for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
    scope.intercept(/.*/, method.toUpperCase()).reply(function reply(uri, body) {
      const header = this.req.headers['content-type'];
      const request = toWire(
        method,
        uri,
        typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body),
        Array.isArray(header) ? header[0] : header,
      );
      wire.push(request);
      requestHeaders.push({ ...this.req.headers });
      const answer = router(request);
      const headers = {
        ...(answer.body !== undefined && typeof answer.body !== 'string' ? { 'Content-Type': 'application/json' } : {}),
        ...answer.headers,
      };
      return [
        answer.status,
        answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
        headers,
      ];
    });
  }
  const inFlight = trackRequests();
  try {
    const library = makeLibrary(name);
    const settled = await Promise.allSettled([Promise.resolve().then(() => act(library))]);
    // Work a library starts without awaiting (the established deleteAllShared's deletions) lands
    // after the call settles; wait for every request either library started, not for a fixed time.
    await inFlight.settled();
    return { wire, outcome: outcomeOf(settled[0]), headers: requestHeaders };
  } finally {
    inFlight.stop();
    nock.cleanAll();
  }
}

/**
 * Counts the HTTP requests started (both libraries' axios calls `http(s).request`, which nock
 * intercepts) until each has ended. `settled()` resolves once none is open and none was started
 * for a few turns of the event loop: a request a library starts without awaiting it begins within
 * the microtasks that follow the call, so the turns are a margin, not a guess at a duration.
 */
function trackRequests(): { settled(): Promise<void>; stop(): void } {
  let open = 0;
  let started = 0;
  let idle: (() => void) | undefined;
  const modules = [http, https] as const;
  const originals = modules.map((module) => module.request);
  modules.forEach((module, index) => {
    const request = originals[index];
    module.request = function countedRequest(this: unknown, ...args: unknown[]) {
      const req = (request as (...a: unknown[]) => http.ClientRequest).apply(this, args);
      open += 1;
      started += 1;
      let done = false;
      const end = (): void => {
        if (done) return;
        done = true;
        open -= 1;
        if (open === 0) idle?.();
      };
      req.once('close', end);
      req.once('error', end);
      return req;
    };
  });
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    async settled() {
      for (let quiet = 0; quiet < 3;) {
        const before = started;
        if (open > 0) await new Promise<void>((resolve) => (idle = resolve));
        await turn();
        quiet = open === 0 && started === before ? quiet + 1 : 0;
      }
    },
    stop() {
      modules.forEach((module, index) => (module.request = originals[index]));
    },
  };
}

/** Runs the same action with both libraries. */
export async function runBoth(
  act: (library: Library) => unknown,
  router: Router,
): Promise<{ established: Run; ours: Run }> {
  return { established: await runWith('established', act, router), ours: await runWith('ours', act, router) };
}

/** The established library's fixed error texts (its `…ErrorMessage` enums), read from the package itself. */
export function establishedFixedMessages(): Set<string> {
  const files = [
    'core/errors/ErrorMessage',
    'call/errors/handleCallError',
    'contacts/errors/handleContactsError',
    'fax/errors/handleFaxError',
    'history/errors/handleHistoryError',
    'numbers/errors/handleNumbersError',
    'rtcm/errors/handleRtcmError',
    'sms/errors/handleSmsError',
    'webhook-settings/errors/handleWebhookSettingError',
    'webhook-settings/validators/ValidatorMessages',
    'call/validators/validateCallData',
    'fax/validators/validatePdfFileContent',
    'webhook/webhook.errors',
  ];
  // Thrown with a literal in the established source, not from an enum.
  const texts = new Set<string>(['smsId is undefined']);
  for (const file of files) {
    const loaded = require(`sipgateio/dist/${file}`) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded)) {
      if (!/(Message|Messages|Errors)$/.test(name) || typeof value !== 'object' || value === null) continue;
      for (const text of Object.values(value)) if (typeof text === 'string') texts.add(text);
    }
  }
  return texts;
}

/**
 * The established fixed text an established error message starts with (after the blank lines its
 * webhook texts begin with), or `undefined`. Many of its messages append the offending value
 * (`Invalid webhook URL: example.com`); the text before it is what code compares with.
 */
export function fixedTextOf(message: string, fixedTexts: ReadonlySet<string>): string | undefined {
  const text = message.replace(/^\s+/, '');
  let found: string | undefined;
  for (const fixed of fixedTexts)
    if (text.startsWith(fixed) && (found === undefined || fixed.length > found.length)) found = fixed;
  return found;
}

/**
 * Where the established message is (or starts with) one of its fixed texts, ours must start with
 * the same text; returns the problem, or `undefined` when there is none.
 */
export function fixedTextProblem(theirs: string, ours: string, fixedTexts: ReadonlySet<string>): string | undefined {
  const fixed = fixedTextOf(theirs, fixedTexts);
  if (fixed === undefined || ours.startsWith(fixed)) return undefined;
  return `message: established "${theirs.trim()}" (fixed text "${fixed}"), ours "${ours}"`;
}

/** A router that answers from a table of `METHOD /path` keys, 404 for anything else. */
export function routes(table: Record<string, Reply | ((request: WireRequest) => Reply)>): Router {
  return (request) => {
    const entry = table[`${request.method} ${request.path}`];
    if (entry === undefined) return { status: 404, body: { message: 'no route in the parity router' } };
    return typeof entry === 'function' ? entry(request) : entry;
  };
}

/** `actual` holds everything `expected` holds (extra fields are this SDK's additions). */
export function contains(actual: unknown, expected: unknown, at = '$'): string | undefined {
  if (expected instanceof Date) {
    return actual instanceof Date && actual.getTime() === expected.getTime()
      ? undefined
      : `${at}: expected the date ${expected.toISOString()}, got ${String(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return `${at}: expected ${expected.length} items, got ${JSON.stringify(actual)}`;
    for (let i = 0; i < expected.length; i += 1) {
      const problem = contains(actual[i], expected[i], `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null)
      return `${at}: expected an object, got ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) continue;
      const problem = contains((actual as Record<string, unknown>)[key], value, `${at}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return Object.is(actual, expected)
    ? undefined
    : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
