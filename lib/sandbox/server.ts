/**
 * The sandbox's HTTP side: every request goes fault → route → auth → read body → validate →
 * handler (or the contract's example) → answer, and is logged. The API lives under `/v2` as on
 * api.sipgate.com; everything else belongs to the console.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContractOperation } from './contract/operation';
import { OPERATIONS } from './contract/operations.generated';
import { FaultTable, type SandboxFault } from './faults';
import {
  errorReply,
  type HandlerContext,
  type HandlerOptions,
  type HandlerTable,
  type Reply,
  type TimelineKind,
} from './handlers/context';
import { createRouter } from './router';
import type { SandboxState } from './state';
import { shortened, type BoundedLog, type SandboxRequest } from './timeline';
import { findViolation, readParams } from './validate-request';

/** The API's root path on the sandbox, as on api.sipgate.com. */
export const API_ROOT = '/v2';

/** Largest request body accepted (a fax of many pages). @unit bytes */
const MAX_BODY = 30 * 1024 * 1024;

/** What the request pipeline needs from the sandbox. */
export interface PipelineDeps {
  state(): SandboxState;
  handlers: HandlerTable;
  options: HandlerOptions;
  faults: FaultTable;
  requests: BoundedLog<SandboxRequest>;
  /** `Basic base64(tokenId:token)`, the one header value that authenticates with the token. */
  basicAuthorization: Buffer;
  bearerTokens: ReadonlySet<string>;
  note(kind: TimelineKind, summary: string, detail?: unknown): void;
  later(task: () => Promise<void> | void): void;
}

const router = createRouter(OPERATIONS);

/** Every operation as `METHOD /template`, for checking fault routes. */
export const KNOWN_ROUTES: ReadonlySet<string> = new Set(
  OPERATIONS.map((operation) => `${operation.method} ${operation.path}`),
);

function authorised(header: string | undefined, deps: PipelineDeps): boolean {
  if (!header) return false;
  if (header.startsWith('Bearer ')) return deps.bearerTokens.has(header.slice(7).trim());
  const given = Buffer.from(header);
  // Compared in constant time, as a real server would, so tests of timing-safe clients hold.
  return given.length === deps.basicAuthorization.length && timingSafeEqual(given, deps.basicAuthorization);
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(size === 0 ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, reply: Reply, headers: Record<string, string> = {}): void {
  if (reply.text !== undefined) {
    response.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'text/plain; charset=utf-8', ...headers });
    response.end(reply.text);
  } else if (reply.body !== undefined && reply.status !== 204) {
    const text = JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    });
    response.end(text);
  } else {
    response.writeHead(reply.status, headers);
    response.end();
  }
}

function exampleReply(operation: ContractOperation): Reply {
  if (operation.media === 'text/csv')
    return { status: operation.success, text: String(operation.example ?? ''), contentType: 'text/csv' };
  if (operation.media && operation.example !== null) return { status: operation.success, body: operation.example };
  return { status: operation.success === 200 && !operation.media ? 204 : operation.success };
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Handles one API request (path already stripped of `/v2`). */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  url: URL,
  deps: PipelineDeps,
): Promise<void> {
  const method = request.method ?? 'GET';
  const match = router.match(method, path === '' ? '/' : path);
  const route = match ? `${match.operation.method} ${match.operation.path}` : null;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  const entry: SandboxRequest = {
    method,
    path,
    route,
    query,
    body: undefined,
    status: 0,
    time: new Date().toISOString(),
  };
  deps.requests.push(entry);
  const answer = (reply: Reply, headers?: Record<string, string>): void => {
    entry.status = reply.status;
    send(response, reply, headers);
    deps.note('request', `${method} ${path} → ${reply.status}`, { route });
  };

  const fault: SandboxFault | undefined = route ? deps.faults.take(route) : undefined;
  if (fault?.reset === 'before') {
    deps.note('fault', `${method} ${path}: connection reset before the request was read`);
    request.socket.destroy();
    return;
  }
  if (fault?.latency) await delay(fault.latency);

  if (!match) {
    request.resume();
    answer(
      errorReply(
        router.knowsPath(path) ? 405 : 404,
        router.knowsPath(path)
          ? `${method} is not an operation on ${path}.`
          : `No operation of sipgate's API has the path ${path}.`,
      ),
    );
    return;
  }
  const { operation } = match;
  if (operation.auth && !authorised(request.headers.authorization, deps)) {
    request.resume();
    answer(
      errorReply(401, 'Unauthorized: use the sandbox credentials (Basic tokenId:token) or a Bearer token it issued.'),
      { 'WWW-Authenticate': 'Basic realm="sipgate sandbox"' },
    );
    return;
  }
  if (fault?.status) {
    request.resume();
    const headers: Record<string, string> =
      fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
    deps.note('fault', `${method} ${path}: answered ${fault.status} on demand`);
    answer(
      errorReply(
        fault.status,
        fault.status === 429
          ? 'Too many requests (a fault set on the sandbox).'
          : `A fault set on the sandbox (${fault.status}).`,
      ),
      headers,
    );
    return;
  }

  let raw: string | undefined;
  try {
    raw = await readBody(request);
  } catch {
    if (!response.headersSent && !response.destroyed) answer(errorReply(413, 'The request body is too large.'));
    return;
  }
  let body: unknown;
  if (raw !== undefined && raw.trim() !== '') {
    try {
      body = JSON.parse(raw);
    } catch {
      answer(errorReply(400, 'The request body is not valid JSON.', '/'));
      return;
    }
  }
  entry.body = shortened(body);
  const params = readParams(operation, match.pathParams, url.searchParams);
  const violation = findViolation(operation, params, body);
  if (violation) {
    answer(
      errorReply(400, `Invalid ${violation.field}: ${violation.message}.`, `/${violation.field.replace(/\./g, '/')}`),
    );
    return;
  }
  const handler = deps.handlers[route as string];
  let reply: Reply;
  if (handler) {
    const context: HandlerContext = {
      state: deps.state(),
      params,
      body,
      example: operation.example,
      success: operation.success,
      note: deps.note,
      later: deps.later,
      options: deps.options,
    };
    reply = handler(context);
  } else reply = exampleReply(operation);

  if (fault?.reset === 'after') {
    entry.status = 0;
    deps.note('fault', `${method} ${path}: processed, then the connection was reset (the answer is lost)`);
    request.socket.destroy();
    return;
  }
  answer(reply);
}
