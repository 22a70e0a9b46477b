/**
 * The call simulator against apps that answer badly on the wire (issue #26, items 3, 9 and 10):
 * a redirect, which must never be followed (the simulator would re-post a signed body wherever
 * it points); an answer larger than any XML reply, which must not be read into memory; and an
 * answer that stops half-way, whose timeout must arrive as SipgateIOTimeoutError.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
  generateWebhookTestKeyPair,
  simulateCall,
  SipgateIOInvalidResponseError,
  SipgateIOTimeoutError,
} from '../../lib';
import { MAX_SIMULATOR_ANSWER_BYTES } from '../../lib/webhook/simulator/simulate-call';

const keys = generateWebhookTestKeyPair();

interface Running {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

async function serve(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<Running> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      hits.push(`${req.method} ${req.url} ${body}`);
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const GATHER = '<?xml version="1.0" encoding="UTF-8"?><Response><Gather maxDigits="1" onData="__ONDATA__"/></Response>';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => new Error('expected a rejection'),
    (caught: Error) => caught,
  );
}

describe('the simulator never follows a redirect', () => {
  let elsewhere: Running;
  beforeAll(async () => {
    elsewhere = await serve(
      (_req, res) =>
        void res.writeHead(200, { 'Content-Type': 'application/xml' }).end('<Response><Reject/></Response>'),
    );
  });
  afterAll(() => elsewhere.close());

  it.each([307, 308, 302, 301, 303])(
    'a %i to another origin is a typed error naming the status; the other server gets nothing',
    async (status) => {
      const app = await serve(
        (_req, res) =>
          void res.writeHead(status, { Location: `${elsewhere.url}/steal?token=secret-in-location` }).end(),
      );
      try {
        const before = elsewhere.hits.length;
        const error = await rejection(simulateCall({ url: `${app.url}/hook`, privateKey: keys.privateKey }));
        expect(elsewhere.hits.length - before).toBe(0);
        expect(error).toBeInstanceOf(SipgateIOInvalidResponseError);
        expect(error).toMatchObject({ status, method: 'POST', path: '/hook' });
        expect(error.message).toContain(`HTTP ${status}`);
        // Neither where it pointed nor what it carried is repeated in the error.
        for (const text of [error.message, JSON.stringify(error), inspect(error)]) {
          expect(text).not.toContain('secret-in-location');
          expect(text).not.toContain(elsewhere.url);
        }
      } finally {
        await app.close();
      }
    },
  );

  it('a redirect on a later step (the onData URL) is refused the same way, and a same-origin one too', async () => {
    const app = await serve((req, res) => {
      if (req.url === '/hook')
        return void res
          .writeHead(200, { 'Content-Type': 'application/xml' })
          .end(GATHER.replace('__ONDATA__', `${app.url}/data`));
      res.writeHead(307, { Location: '/hook' }).end();
    });
    try {
      const error = await rejection(
        simulateCall({ url: `${app.url}/hook`, privateKey: keys.privateKey, digits: ['1'] }),
      );
      expect(error).toMatchObject({ name: 'SipgateIOInvalidResponseError', status: 307, path: '/data' });
      expect(app.hits.map((hit) => hit.split(' ')[1])).toEqual(['/hook', '/data']);
    } finally {
      await app.close();
    }
  });
});

describe("the simulator reads an app's answer within a bound", () => {
  it(`refuses an answer over ${MAX_SIMULATOR_ANSWER_BYTES} bytes without reading the rest (streamed, no Content-Length)`, async () => {
    const total = 16 * 1024 * 1024;
    let written = 0;
    let stopped = false;
    const app = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = (): void => {
        while (written < total && !stopped) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!stopped) res.end();
      };
      res.on('close', () => (stopped = true));
      pump();
    });
    try {
      const error = await rejection(simulateCall({ url: `${app.url}/hook`, privateKey: keys.privateKey }));
      expect(error).toBeInstanceOf(SipgateIOInvalidResponseError);
      expect(error.message).toContain(`${MAX_SIMULATOR_ANSWER_BYTES} bytes`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stopped).toBe(true);
      expect(written).toBeLessThan(total / 4);
    } finally {
      await app.close();
    }
  });

  it('refuses an answer whose Content-Length is over the bound before reading it', async () => {
    const app = await serve((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/xml',
        'Content-Length': String(MAX_SIMULATOR_ANSWER_BYTES + 1),
      });
      res.write('<Response>');
      // …and never more: only the declared length can tell.
    });
    try {
      const error = await rejection(
        simulateCall({ url: `${app.url}/hook`, privateKey: keys.privateKey, timeout: 5_000 }),
      );
      expect(error).toBeInstanceOf(SipgateIOInvalidResponseError);
      expect(error).toMatchObject({ status: 200, path: '/hook' });
    } finally {
      await app.close();
    }
  });

  it('an answer of exactly the bound is read', async () => {
    const xml = '<Response><Reject/></Response>';
    const app = await serve(
      (_req, res) =>
        void res
          .writeHead(200, { 'Content-Type': 'application/xml' })
          .end(xml + ' '.repeat(MAX_SIMULATOR_ANSWER_BYTES - xml.length)),
    );
    try {
      const call = await simulateCall({ url: `${app.url}/hook`, privateKey: keys.privateKey });
      expect(call.outcome).toBe('rejected');
    } finally {
      await app.close();
    }
  });

  it('a timeout while the answer is being read is a SipgateIOTimeoutError, not a raw DOMException', async () => {
    const app = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.write('<Response><Gath');
      // …the rest never comes.
    });
    try {
      const started = Date.now();
      const error = await rejection(
        simulateCall({ url: `${app.url}/hook`, privateKey: keys.privateKey, timeout: 300 }),
      );
      expect(error).toBeInstanceOf(SipgateIOTimeoutError);
      expect(error).toMatchObject({ method: 'POST', path: '/hook' });
      expect(error.message).toMatch(/newCall.*300 ms/);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await app.close();
    }
  });
});
