/**
 * A local HTTP server that injects faults, for reliability tests of the real client (no mocks of
 * our own code). Each path has a queue of behaviours; once it is empty the path answers normally.
 * Counts arrivals per "METHOD path", and records every header it saw.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  | 'reset' // headers and part of the body, then the connection is destroyed
  | 'hang' // never answers
  | 'truncated' // JSON cut off mid-document
  | 'html200' // an HTML page with status 200
  | 'html502' // an HTML error page
  | 'empty200' // 200 with no body
  | '502'
  | '503'
  | '429' // with Retry-After: 1
  | '429-bare' // without Retry-After
  | 'slow' // a body dribbled out far slower than any timeout
  | 'redirect'; // 302 to another host

export interface Arrival {
  key: string;
  headers: IncomingMessage['headers'];
  answered: number | 'fault';
}

export class FaultServer {
  readonly arrivals: Arrival[] = [];
  private readonly plans = new Map<string, Fault[]>();
  private readonly sockets = new Set<Socket>();
  private server!: Server;
  baseUrl = '';
  /** Where `redirect` points; set to a second server that records what reaches it. */
  redirectTarget = 'http://127.0.0.1:9/';

  constructor(
    private readonly normal: (key: string) => { status: number; body?: unknown } = () => ({
      status: 200,
      body: { ok: true },
    }),
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v2`;
    return this;
  }

  /** Queues faults for "METHOD /path" (path relative to /v2). */
  plan(key: string, faults: Fault[]): void {
    this.plans.set(key, [...faults]);
  }

  count(key: string, filter: (a: Arrival) => boolean = () => true): number {
    return this.arrivals.filter((a) => a.key === key && filter(a)).length;
  }

  reset(): void {
    this.arrivals.length = 0;
    this.plans.clear();
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    req.resume();
    req.on('end', () => {
      const key = `${req.method} ${(req.url ?? '').replace(/^\/v2/, '').split('?')[0]}`;
      const fault = this.plans.get(key)?.shift();
      const arrival: Arrival = { key, headers: req.headers, answered: 'fault' };
      this.arrivals.push(arrival);
      const json = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        arrival.answered = status;
        const text = body === undefined ? '' : JSON.stringify(body);
        res.writeHead(status, {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          ...headers,
        });
        res.end(text);
      };
      switch (fault) {
        case undefined: {
          const { status, body } = this.normal(key);
          return json(status, body);
        }
        case 'reset':
          res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
          res.write('{"items": [');
          setTimeout(() => res.socket?.destroy(), 10);
          return;
        case 'hang':
          return;
        case 'truncated':
          arrival.answered = 200;
          res.writeHead(200, { 'Content-Type': 'application/json' });
          return void res.end('{"items": [{"id": "1"}, {"id"');
        case 'html200':
          arrival.answered = 200;
          res.writeHead(200, { 'Content-Type': 'text/html' });
          return void res.end('<html><body>Please log in</body></html>');
        case 'html502':
          arrival.answered = 502;
          res.writeHead(502, { 'Content-Type': 'text/html' });
          return void res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        case 'empty200':
          arrival.answered = 200;
          return void res.writeHead(200, { 'Content-Length': '0' }).end();
        case '502':
          return json(502, { message: 'bad gateway' });
        case '503':
          return json(503, { message: 'unavailable' });
        case '429':
          return json(429, { message: 'slow down' }, { 'Retry-After': '1' });
        case '429-bare':
          return json(429, { message: 'slow down' });
        case 'slow': {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          let sent = 0;
          const timer = setInterval(() => {
            if (res.destroyed || sent > 200) return clearInterval(timer);
            res.write(' ');
            sent += 1;
          }, 100);
          res.on('close', () => clearInterval(timer));
          return;
        }
        case 'redirect':
          arrival.answered = 302;
          return void res.writeHead(302, { Location: this.redirectTarget }).end();
      }
    });
  }
}
