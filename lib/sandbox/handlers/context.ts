/** What a stateful handler gets and gives back. */
import { isBase64 } from '../../core/internal/base64';
import type { SandboxState } from '../state';

/** One request, already routed, authenticated and validated against the contract. */
export interface HandlerContext {
  state: SandboxState;
  /** Path and query parameters, typed as the contract declares them. */
  params: Record<string, unknown>;
  /** The parsed JSON body (validated), or undefined. */
  body: unknown;
  /** The contract's example answer for this operation. */
  example: unknown;
  /** The contract's success status for this operation. */
  success: number;
  /** Records a line on the console's timeline. */
  note(kind: TimelineKind, summary: string, detail?: unknown): void;
  /** Side effects that run after the answer was written (webhooks, fax delivery). */
  later(task: () => Promise<void> | void): void;
  options: HandlerOptions;
}

/** The sandbox options the handlers read. */
export interface HandlerOptions {
  /** How long a fax stays SENDING. @unit milliseconds */
  faxDelay: number;
  /** Fax recipients whose faxes end FAILED. */
  failingFaxNumbers: readonly string[];
  /** Runs `task` after `ms`, unless the sandbox is reset or closed first. */
  schedule(ms: number, task: () => void): void;
  /** Places the webhook exchange of a click-to-call or an incoming call. */
  runCall(
    direction: 'in' | 'out',
    from: string,
    to: string,
    digits?: string[],
  ): Promise<{ outcome?: string; transcript: string[]; callId?: string }>;
}

/** Kinds of timeline entries the console shows. */
export type TimelineKind = 'request' | 'sms' | 'fax' | 'call' | 'webhook' | 'reset' | 'fault';

/** A handler's answer: a status and a JSON body (or text for CSV). */
export interface Reply {
  status: number;
  body?: unknown;
  text?: string;
  contentType?: string;
}

/** A handler for one operation (`METHOD /template`). */
export type Handler = (context: HandlerContext) => Reply;

/** A table of handlers by route. */
export type HandlerTable = Record<string, Handler>;

/** sipgate's error shape: a message the SDK reads, and the contract's `errors` list. */
export function errorReply(status: number, message: string, pointer?: string): Reply {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    402: 'Payment Required',
    403: 'Forbidden',
    404: 'Not Found',
    429: 'Too Many Requests',
  };
  const title = titles[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
  return {
    status,
    body: {
      status,
      message,
      errors: [{ status, title, detail: message, ...(pointer ? { source: { pointer } } : {}) }],
    },
  };
}

/**
 * sipgate's 400 for a `base64Content` that is not base64, or undefined when it is (or empty).
 * Node's decoder skips what does not fit, so without this check garbage would be imported or sent.
 */
export function invalidBase64(body: unknown): Reply | undefined {
  const content = (body as { base64Content?: unknown } | undefined)?.base64Content;
  if (typeof content !== 'string' || content === '' || isBase64(content)) return undefined;
  return errorReply(400, 'Invalid body.base64Content: must be base64.', '/body/base64Content');
}

/** 404 for an id the account does not have. */
export function notFound(what: string, id: unknown): Reply {
  return errorReply(404, `No ${what} with id ${String(id)} in this account.`);
}

/** The contract's success status with no body (or the given one). */
export function ok(context: HandlerContext, body?: unknown): Reply {
  return body === undefined
    ? { status: context.success === 200 ? 204 : context.success }
    : { status: context.success === 204 ? 200 : context.success, body };
}

/** A page of a list, as sipgate pages (`offset`, `limit`, `totalCount`). */
export function page<T>(
  items: readonly T[],
  params: Record<string, unknown>,
  defaultLimit = 50,
): { items: T[]; totalCount: number } {
  const offset = typeof params.offset === 'number' ? params.offset : 0;
  const limit = typeof params.limit === 'number' ? params.limit : defaultLimit;
  return { items: items.slice(offset, offset + limit), totalCount: items.length };
}

/** Removes internal bookkeeping (the owner) from a row before it is answered. */
export function publicRow<T extends Record<string, unknown>>(row: T): Omit<T, 'owner'> {
  const { owner: _owner, ...rest } = row;
  return rest;
}
