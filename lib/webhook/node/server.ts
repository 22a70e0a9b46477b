/**
 * The webhook HTTP server: a thin node:http wrapper around the Node handler. Node-only.
 */
import { createServer as createHttpServer } from 'node:http';
import { SipgateIOValidationError } from '../../core/errors';
import type { AnswerEvent, DataEvent, HangUpEvent, NewCallEvent } from '../events';
import { rejectUnknownKeys } from '../../core/internal/validate';
import {
  HANDLER_OPTION_KEYS,
  type HandlerCallback,
  type WebhookHandlerOptions,
  type WebhookHandlers,
} from '../handler-core';
import { createWebhookHandler } from './handler';
import type { ResponseObject } from '../reply-builders';
import type { NodeHttpServer } from './http-types';

/** Options of `createServer`. */
export interface ServerOptions extends Omit<WebhookHandlerOptions, 'handlers' | 'serverAddress'> {
  /**
   * The public URL sipgate reaches this server at (for onAnswer, onHangup and onData).
   * @default `http://<hostname>:<bound port>` — right for local testing only.
   */
  serverAddress?: string;
  /**
   * Local port to listen on (0 picks a free one; see `address()`). A numeric string, as read from
   * the environment (`process.env.PORT`), is accepted too.
   */
  port: number | string;
  /** Interface to bind. @default 'localhost' (use '0.0.0.0' to accept outside connections) */
  hostname?: string;
  /** Close requests whose headers have not arrived within this time. @default 10000 @unit milliseconds */
  headersTimeout?: number;
  /** Close requests not complete within this time (slow bodies). @default 15000 @unit milliseconds */
  requestTimeout?: number;
  /**
   * How long `stop()` lets in-flight requests finish before it closes the connections that are
   * left (half-sent requests, handlers past their answer), so a shutdown always ends.
   * @default 10000
   * @unit milliseconds
   */
  shutdownTimeout?: number;
}

const SERVER_OPTION_KEYS = [
  ...HANDLER_OPTION_KEYS.filter((key) => key !== 'handlers'),
  'port',
  'hostname',
  'headersTimeout',
  'requestTimeout',
  'shutdownTimeout',
] as const satisfies ReadonlyArray<keyof ServerOptions>;

/** The URL a server bound to `hostname` answers at; IPv6 literals need brackets (`http://[::1]:8080`). */
function localAddress(hostname: string, port: number): string {
  return `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
}

/** A running webhook server. */
export interface WebhookServer {
  /**
   * Sets the handler of `newCall`; its result (a `WebhookResponse` builder's) is the reply.
   * @example
   * ```ts
   * server.onNewCall((call) => WebhookResponse.redirectCall({ numbers: ['+4915799912345'] }));
   * ```
   */
  onNewCall(fn: HandlerCallback<NewCallEvent, ResponseObject | void>): void;
  /**
   * Sets the handler of `answer`; replies subscribe to it automatically once it is set.
   * @example
   * ```ts
   * server.onAnswer((answer) => console.log('answered by', answer.answeringNumber));
   * ```
   */
  onAnswer(fn: HandlerCallback<AnswerEvent, void>): void;
  /**
   * Sets the handler of `hangup`; replies subscribe to it automatically once it is set.
   * @example
   * ```ts
   * server.onHangUp((hangUp) => console.log('ended:', hangUp.cause));
   * ```
   */
  onHangUp(fn: HandlerCallback<HangUpEvent, void>): void;
  /**
   * Alias of `onHangUp`.
   * @example
   * ```ts
   * server.onHangup((hangUp) => console.log('ended:', hangUp.cause));
   * ```
   */
  onHangup(fn: HandlerCallback<HangUpEvent, void>): void;
  /**
   * Sets the handler of `dtmf` (the digits a Gather collected); its result is the reply.
   * @example
   * ```ts
   * server.onData((data) => (data.dtmf === '1' ? WebhookResponse.sendToVoicemail() : WebhookResponse.hangUpCall()));
   * ```
   */
  onData(fn: HandlerCallback<DataEvent, ResponseObject | void>): void;
  /**
   * Stops accepting connections; resolves once in-flight requests have been answered, or after
   * `shutdownTimeout` with what is left closed.
   * @example
   * ```ts
   * process.on('SIGTERM', () => void server.stop());
   * ```
   */
  stop(): Promise<void>;
  /**
   * The underlying node:http server (typed as node:http's `Server` where Node's types are present;
   * see {@link NodeHttpServer}).
   * @example
   * ```ts
   * server.getHttpServer().on('connection', (socket) => socket.setNoDelay(true));
   * ```
   */
  getHttpServer(): NodeHttpServer;
  /**
   * The bound port (useful with `port: 0`).
   * @example
   * ```ts
   * console.log(`listening on ${server.address().port}`);
   * ```
   */
  address(): { port: number; hostname: string };
}

/** The webhook module. */
export interface WebhookModule {
  /**
   * Starts a webhook server.
   * @example
   * ```ts
   * const server = await createWebhookModule().createServer({ port: 8080, serverAddress: 'https://example.com/webhook' });
   * server.onNewCall(() => WebhookResponse.sendToVoicemail());
   * ```
   */
  createServer(options: ServerOptions): Promise<WebhookServer>;
}

/**
 * Creates the webhook module (Node only).
 *
 * @example
 * ```ts
 * const server = await createWebhookModule().createServer({ port: 8080, serverAddress: 'https://example.com/webhook', hostname: '0.0.0.0' });
 * server.onNewCall((call) => WebhookResponse.redirectCall({ numbers: ['+4915799912345'] }));
 * ```
 */
export function createWebhookModule(): WebhookModule {
  return {
    async createServer(options: ServerOptions): Promise<WebhookServer> {
      const port =
        typeof options?.port === 'string' && /^\s*\d{1,5}\s*$/.test(options.port)
          ? Number(options.port)
          : options?.port;
      if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
        throw new SipgateIOValidationError(
          'port',
          'must be an integer between 0 and 65535 (a number, or a string of digits).',
        );
      }
      rejectUnknownKeys(options, SERVER_OPTION_KEYS, 'options', {
        getClientAddress: 'an option of createWebhookFetchHandler',
        handlers: 'not an option of createServer (use server.onNewCall(…) and friends)',
      });
      // The server's own options stay here; the rest configure the handler.
      const {
        port: _port,
        hostname: _hostname,
        headersTimeout: _headers,
        requestTimeout: _request,
        shutdownTimeout: _shutdown,
        ...handlerOptions
      } = options;
      const handlers: WebhookHandlers = {};
      const hostname = options.hostname ?? 'localhost';
      const shutdownTimeout = options.shutdownTimeout ?? 10_000;
      if (!Number.isInteger(shutdownTimeout) || shutdownTimeout < 0)
        throw new SipgateIOValidationError('shutdownTimeout', 'must be a non-negative integer (milliseconds).');
      // Validate every option, the address derived from the hostname included, before binding a
      // port: a start-up that fails must not leave a listener behind.
      let handler = createWebhookHandler({
        ...handlerOptions,
        serverAddress: options.serverAddress ?? localAddress(hostname, port || 1),
        handlers,
        skipSignatureVerification: false,
      });
      const headersTimeout = options.headersTimeout ?? 10_000;
      const requestTimeout = Math.max(options.requestTimeout ?? 15_000, headersTimeout);
      let stopping = false;
      const server = createHttpServer(
        {
          headersTimeout,
          requestTimeout,
          keepAliveTimeout: 5_000,
          // Node checks the two timeouts above only this often (30 s by default): slow clients
          // (slowloris) must be cut off close to the timeout, not up to 30 s later.
          connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 2))),
        },
        (req, res) => {
          if (stopping) res.setHeader('Connection', 'close');
          handler(req, res).catch(() => {
            if (!res.headersSent) res.writeHead(500).end();
          });
        },
      );
      server.on('checkContinue', (req, res) => {
        handler.checkContinue(req, res).catch(() => {
          if (!res.headersSent) res.writeHead(500).end();
        });
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, hostname, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const bound = server.address();
      const boundPort = typeof bound === 'object' && bound ? bound.port : port;
      try {
        handler = createWebhookHandler({
          ...handlerOptions,
          serverAddress: options.serverAddress ?? localAddress(hostname, boundPort),
          handlers,
        });
      } catch (error) {
        server.close();
        throw error;
      }
      return {
        onNewCall: (fn) => void (handlers.onNewCall = fn),
        onAnswer: (fn) => void (handlers.onAnswer = fn),
        onHangUp: (fn) => void (handlers.onHangUp = fn),
        onHangup: (fn) => void (handlers.onHangUp = fn),
        onData: (fn) => void (handlers.onData = fn),
        stop: () =>
          new Promise<void>((resolve, reject) => {
            stopping = true;
            // close() waits for every connection, and keep-alive ones would hold it until they
            // time out. Idle ones are closed now; those still answering a request become idle
            // when the answer is sent and are closed by the next sweep. (Sweeping instead of
            // tracking each response keeps the per-request path free of bookkeeping.)
            const sweep = setInterval(() => server.closeIdleConnections(), 25);
            // After close() Node no longer enforces headersTimeout/requestTimeout, so a client
            // holding a half-sent request (or a handler that never answers) would pin the
            // shutdown forever: past the grace period, what is left is closed.
            const deadline = setTimeout(() => server.closeAllConnections(), shutdownTimeout);
            server.close((error) => {
              clearInterval(sweep);
              clearTimeout(deadline);
              if (error) reject(error);
              else resolve();
            });
            server.closeIdleConnections();
          }),
        getHttpServer: () => server,
        address: () => {
          const address = server.address();
          return { port: typeof address === 'object' && address ? address.port : port, hostname };
        },
      };
    },
  };
}
