/**
 * A fluent wrapper around the webhook server (drop-in; lib/compat/README.md). Node-only.
 */
import { SipgateIOValidationError } from '../../core/errors';
import type { AnswerEvent, DataEvent, HangUpEvent, NewCallEvent } from '../events';
import type { HandlerCallback } from '../handler-core';
import type { ResponseObject } from '../reply-builders';
import { createWebhookModule, type ServerOptions, type WebhookServer } from './server';

/**
 * Builds and starts a webhook server step by step.
 *
 * @example
 * ```ts
 * const server = await new FluentWebhookServer()
 *   .setServerPort(8080)
 *   .setServerAddress('https://example.com/webhook')
 *   .setOnNewCallListener(() => WebhookResponse.sendToVoicemail())
 *   .startServer();
 * ```
 */
export class FluentWebhookServer {
  private options: Partial<ServerOptions> = {};
  private newCall?: HandlerCallback<NewCallEvent, ResponseObject | void>;
  private answer?: HandlerCallback<AnswerEvent, void>;
  private hangUp?: HandlerCallback<HangUpEvent, void>;
  private data?: HandlerCallback<DataEvent, ResponseObject | void>;

  /** @example `new FluentWebhookServer().setServerPort(8080)` */
  setServerPort(port: number | string): this {
    this.options.port = port;
    return this;
  }
  /** @example `.setServerAddress('https://example.com/webhook')` */
  setServerAddress(serverAddress: string): this {
    this.options.serverAddress = serverAddress;
    return this;
  }
  /** Any other server option (hostname, publicKey, trustProxy…). @example `.setOptions({ hostname: '0.0.0.0' })` */
  setOptions(options: Partial<ServerOptions>): this {
    this.options = { ...this.options, ...options };
    return this;
  }
  /** @example `.setOnNewCallListener((call) => WebhookResponse.rejectCall({ reason: RejectReason.BUSY }))` */
  setOnNewCallListener(fn: HandlerCallback<NewCallEvent, ResponseObject | void>): this {
    this.newCall = fn;
    return this;
  }
  /** @example `.setOnAnswerListener((event) => console.log(event.answeringNumber))` */
  setOnAnswerListener(fn: HandlerCallback<AnswerEvent, void>): this {
    this.answer = fn;
    return this;
  }
  /** @example `.setOnHangupListener((event) => console.log(event.cause))` */
  setOnHangupListener(fn: HandlerCallback<HangUpEvent, void>): this {
    this.hangUp = fn;
    return this;
  }
  /** @example `.setOnDataListener((event) => console.log(event.dtmf))` */
  setOnDataListener(fn: HandlerCallback<DataEvent, ResponseObject | void>): this {
    this.data = fn;
    return this;
  }
  /**
   * Starts the server with the listeners set so far.
   * @example
   * ```ts
   * const server = await fluent.startServer();
   * await server.stop();
   * ```
   */
  async startServer(): Promise<WebhookServer> {
    if (this.options.port === undefined)
      throw new SipgateIOValidationError('port', 'call setServerPort() before startServer().');
    if (this.options.serverAddress === undefined)
      throw new SipgateIOValidationError('serverAddress', 'call setServerAddress() before startServer().');
    const server = await createWebhookModule().createServer(this.options as ServerOptions);
    if (this.newCall) server.onNewCall(this.newCall);
    if (this.answer) server.onAnswer(this.answer);
    if (this.hangUp) server.onHangUp(this.hangUp);
    if (this.data) server.onData(this.data);
    return server;
  }
}
