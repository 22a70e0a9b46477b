/**
 * A Web-standard `(Request) => Promise<Response>` webhook handler for edge runtimes (Cloudflare
 * Workers, Deno, Bun, Next.js route handlers). Verifies with WebCrypto; no Node built-ins.
 */
import { readBodyUpTo } from '../core/internal/read-body';
import { rejectUnknownKeys } from '../core/internal/validate';
import {
  createWebhookCore,
  HANDLER_OPTION_KEYS,
  type WebhookCore,
  type WebhookHandlerOptions,
  type WebhookRequestHead,
} from './handler-core';
import { verifyWebhookSignatureAsync } from './verify-web';

/** Options of {@link createWebhookFetchHandler}. */
export interface WebhookFetchHandlerOptions extends WebhookHandlerOptions {
  /**
   * The client's address, where the runtime knows it (e.g. Cloudflare's `CF-Connecting-IP`).
   * Without it the source check (in `'auto'` mode) is skipped and the signature alone decides.
   */
  getClientAddress?: (request: Request) => string | undefined;
}

/**
 * Creates a `(Request) => Promise<Response>` handler.
 *
 * @example
 * ```ts
 * const handle = createWebhookFetchHandler({
 *   serverAddress: 'https://example.com/webhook',
 *   handlers: { onNewCall: () => WebhookResponse.sendToVoicemail() },
 * });
 * export default { fetch: handle }; // Cloudflare Workers, Bun, Deno
 * ```
 */
export function createWebhookFetchHandler(
  options: WebhookFetchHandlerOptions,
): (request: Request) => Promise<Response> {
  rejectUnknownKeys(options, [...HANDLER_OPTION_KEYS, 'getClientAddress'], 'options', {
    port: 'an option of createServer',
    hostname: 'an option of createServer',
  });
  const core = createWebhookCore(options, (body, signature, publicKey) =>
    verifyWebhookSignatureAsync(body, signature, publicKey),
  );
  return fetchHandlerFor(core, options.getClientAddress);
}

/**
 * The `(Request) => Response` adapter around a configured core (the webhook handler's, or a call
 * flow's). The request's URL goes to the core with the body: a call flow finds the call's session in it.
 * @internal
 */
export function fetchHandlerFor(
  core: WebhookCore,
  getClientAddress: ((request: Request) => string | undefined) | undefined,
): (request: Request) => Promise<Response> {
  return async (request: Request): Promise<Response> => {
    const length = request.headers.get('content-length');
    const head: WebhookRequestHead = {
      method: request.method,
      contentType: request.headers.get('content-type') ?? undefined,
      contentLength: length === null ? undefined : Number(length),
      peerAddress: getClientAddress?.(request),
      // A Request carries no socket: the address (if any) comes from getClientAddress, never from a header.
      forwardedFor: undefined,
    };
    const early = core.preflight(head);
    const reply =
      early ??
      (await (async () => {
        let body: Uint8Array | undefined;
        try {
          body = await readBodyUpTo(request, core.maxBodyBytes);
        } catch {
          // The client's stream failed mid-body (a dropped connection): an answer, not a rejection.
          return core.unreadable();
        }
        if (!body) return core.tooLarge();
        return core.handle(body, request.headers.get('x-sipgate-signature') ?? undefined, request.url);
      })());
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  };
}
