/**
 * The webhook handler for Node's `(req, res)` shape: node:http, Express, Fastify (via
 * `request.raw`/`reply.raw`), Next.js API routes… Node-only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rejectUnknownKeys } from '../../core/internal/validate';
import {
  createWebhookCore,
  HANDLER_OPTION_KEYS,
  type WebhookCore,
  type WebhookHandlers,
  type WebhookHandlerOptions,
  type WebhookReply,
  type WebhookRequestHead,
} from '../handler-core';
import { createWebhookFetchHandler } from '../fetch-handler';
import { verifyWebhookSignature, webhookKeyObject } from './verify';
import type { NodeHttpRequest, NodeHttpResponse } from './http-types';

/**
 * A Node request handler; the third argument (Express's `next`) is ignored. Typed with node:http's
 * `IncomingMessage` and `ServerResponse` where Node's types are present (see {@link NodeHttpRequest}).
 */
export interface NodeWebhookHandler {
  (req: NodeHttpRequest, res: NodeHttpResponse, next?: unknown): Promise<void>;
  /** The same logic as a Web-standard handler (Node 18+ has `Request`/`Response`). */
  fetch: (request: Request) => Promise<Response>;
  /** The handlers object; fill it with `onNewCall`… or pass them in the options. */
  handlers: WebhookHandlers;
  /**
   * For node:http's `checkContinue` event (`Expect: 100-continue`): refuses what the head alone
   * rules out (method, content type, declared size, source) without inviting the body, else sends
   * `100 Continue` and handles the request. The webhook server wires it up.
   * @internal
   */
  checkContinue(req: NodeHttpRequest, res: NodeHttpResponse): Promise<void>;
}

function headOf(req: IncomingMessage): WebhookRequestHead {
  const length = req.headers['content-length'];
  const forwarded = req.headers['x-forwarded-for'];
  return {
    method: req.method,
    contentType: req.headers['content-type'],
    contentLength: length === undefined ? undefined : Number(length),
    peerAddress: req.socket?.remoteAddress,
    forwardedFor: Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
  };
}

function send(req: IncomingMessage, res: ServerResponse, reply: WebhookReply, closeAfter: boolean): void {
  if (res.headersSent) return;
  // A flat [name, value, …] list: cheaper for node:http to write than an object built per request.
  const headers: Array<string | number> = [];
  for (const name in reply.headers) headers.push(name, reply.headers[name]);
  headers.push('Content-Length', Buffer.byteLength(reply.body));
  if (!closeAfter) {
    res.writeHead(reply.status, headers).end(reply.body);
    return;
  }
  // After refusing an unread body, close the connection instead of reading the rest.
  headers.push('Connection', 'close');
  res.writeHead(reply.status, headers).end(reply.body, () => req.destroy());
}

type BodyCallback = (error: Error | undefined, body: Uint8Array | undefined) => void;

/**
 * Reads the body up to `limit` bytes and calls back once: with the bytes, with `undefined` as
 * soon as it exceeds the limit, or with the stream's error. A callback, not a promise: the
 * answer is then written in the same turn the last byte arrives, as a bare node:http server would.
 */
function readBody(req: IncomingMessage, limit: number, done: BodyCallback): void {
  // Webhook bodies nearly always arrive in one chunk, which is used as is (no copy).
  let first: Buffer | undefined;
  let more: Buffer[] | undefined;
  let total = 0;
  const cleanup = (): void => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
  };
  const onData = (chunk: Buffer): void => {
    total += chunk.length;
    if (total > limit) {
      cleanup();
      req.pause();
      done(undefined, undefined);
      return;
    }
    if (first === undefined) first = chunk;
    else (more ??= [first]).push(chunk);
  };
  // No cleanup after 'end': the request is finished and its listeners go with it.
  const onEnd = (): void => done(undefined, more ? Buffer.concat(more, total) : (first ?? new Uint8Array(0)));
  const onError = (error: Error): void => {
    cleanup();
    done(error, undefined);
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
}

/** A body a framework already read: Express's `express.raw()` Buffer, or a raw string. */
function alreadyRead(req: IncomingMessage): Uint8Array | 'parsed' | undefined {
  const body =
    (req as IncomingMessage & { body?: unknown; rawBody?: unknown }).rawBody ?? (req as { body?: unknown }).body;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body !== undefined && req.readableEnded) return 'parsed';
  return undefined;
}

/**
 * Creates a Node `(req, res)` webhook handler that verifies the signature over the raw bytes,
 * parses the event, runs your handler and answers with XML.
 *
 * @example
 * ```ts
 * const webhook = createWebhookHandler({
 *   serverAddress: 'https://example.com/webhook',
 *   handlers: { onNewCall: () => WebhookResponse.redirectCall({ numbers: ['+4915799912345'] }) },
 * });
 * app.post('/webhook', webhook);           // Express: mount before any body parser
 * http.createServer(webhook).listen(8080); // or plain node:http
 * ```
 */
export function createWebhookHandler(options: WebhookHandlerOptions): NodeWebhookHandler {
  rejectUnknownKeys(options, HANDLER_OPTION_KEYS, 'options', {
    port: 'an option of createServer',
    hostname: 'an option of createServer',
    getClientAddress: 'an option of createWebhookFetchHandler',
  });
  const core = createWebhookCore(options, (body, signature, publicKey) =>
    verifyWebhookSignature(body, signature, publicKey),
  );
  // Built now, once: a key Node cannot load is refused here, not on the first webhook.
  if (options.publicKey !== undefined) webhookKeyObject(options.publicKey);
  const handler = nodeHandlerFor(core) as NodeWebhookHandler;
  handler.handlers = core.handlers;
  handler.fetch = createWebhookFetchHandler({
    ...options,
    handlers: core.handlers,
    skipSignatureVerification: options.skipSignatureVerification,
    logger: { warn: () => undefined, error: options.logger?.error ?? console.error },
  });
  return handler;
}

/**
 * The `(req, res)` adapter around a configured core (the webhook handler's, or a call flow's).
 * The request's URL goes to the core with the body: a call flow finds the call's session in it.
 * @internal
 */
export function nodeHandlerFor(
  core: WebhookCore,
): Pick<NodeWebhookHandler, 'checkContinue'> &
  ((req: IncomingMessage, res: ServerResponse, next?: unknown) => Promise<void>) {
  const handler = ((req: IncomingMessage, res: ServerResponse): Promise<void> =>
    // Settles once the answer is handed to node:http; anything unexpected rejects it (the
    // server answers 500), never escapes as an uncaught exception.
    new Promise<void>((settle, fail) => {
      // Synchronous replies are written at once, in the turn the last byte arrived.
      const finish = (reply: WebhookReply | Promise<WebhookReply>, closeAfter = false): void => {
        if (!('then' in reply)) {
          send(req, res, reply, closeAfter);
          settle();
          return;
        }
        reply
          .then(
            (value) => send(req, res, value, closeAfter),
            (error: unknown) => send(req, res, core.failed(error), closeAfter),
          )
          .then(settle, fail);
      };
      const early = core.preflight(headOf(req));
      if (early) return finish(early, !req.readableEnded);
      const framework = alreadyRead(req);
      if (framework === 'parsed') {
        return finish(
          core.bodyUnavailable(
            'The request body was already parsed by another middleware, so the signature cannot be checked over the raw bytes. ' +
              'Mount the webhook handler before body parsers, or use express.raw({ type: "application/x-www-form-urlencoded" }).',
          ),
        );
      }
      const signatureHeader = req.headers['x-sipgate-signature'];
      const signature = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader;
      if (framework) return finish(core.handle(framework, signature, req.url));
      readBody(req, core.maxBodyBytes, (error, body) => {
        try {
          if (error) {
            if (!res.headersSent) res.destroy();
            settle();
          } else {
            // Past the limit: refuse, and close the connection rather than read the rest.
            finish(body ? core.handle(body, signature, req.url) : core.tooLarge(), !body);
          }
        } catch (thrown) {
          fail(thrown);
        }
      });
    })) as ReturnType<typeof nodeHandlerFor>;
  handler.checkContinue = (req, res) => {
    const early = core.preflight(headOf(req));
    if (early) {
      send(req, res, early, true);
      return Promise.resolve();
    }
    res.writeContinue();
    return handler(req, res);
  };
  return handler;
}
