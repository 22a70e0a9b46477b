/**
 * Inputs that used to escape the SDK's checks (issue #26): raw paths that leave the base path
 * through characters the URL parser drops, and route inputs that made the request builder throw
 * a raw URIError, RangeError, TypeError or Error (or send a function's source text). Each is now
 * a SipgateIOValidationError before anything is sent; a real loopback server records whatever
 * arrives, so "nothing sent" is observed, not assumed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sipgateIO, SipgateIOValidationError, type SipgateIOClient } from '../../lib';
import { TOKEN, TOKEN_ID } from '../helpers/fixtures';

let server: Server;
let baseUrl: string;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
});

const client = (): SipgateIOClient => sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl, maxRetries: 0 });

async function refused(send: () => Promise<unknown>, field: RegExp): Promise<SipgateIOValidationError> {
  const error = await send().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SipgateIOValidationError);
  expect((error as SipgateIOValidationError).field).toMatch(field);
  expect(received).toEqual([]);
  return error as SipgateIOValidationError;
}

describe('a raw path cannot leave the base path through characters the URL parser drops', () => {
  it('the loopback server does see an ordinary request (the test can fail)', async () => {
    await client().get('/balance');
    expect(received).toEqual(['GET /v2/balance']);
  });

  it.each([
    ['TAB inside ..', '/.\t./admin'],
    ['LF inside ..', '/.\n./admin'],
    ['CR before ..', '/\r../admin'],
    ['TAB inside %2e%2e', '/%2e\t%2e/admin'],
    ['CR LF inside ..', '/history/.\r\n./../admin'],
    ['a leading TAB', '\t/../admin'],
    ['NUL', '/balance\0'],
    ['DEL', '/bal\x7fance'],
    ['a space', '/history/ ../admin'],
    ['a control character in the query string', '/balance?x=\n1'],
  ])('%s is refused before anything is sent', async (_name, path) => {
    const error = await refused(() => client().get(path), /^path$/);
    expect(error.message).toMatch(/control character|space/);
  });

  it('refuses the same characters for every method', async () => {
    await refused(() => client().post('/.\t./admin', {}), /^path$/);
    await refused(() => client().put('/.\n./admin', {}), /^path$/);
    await refused(() => client().patch('/\r../admin', {}), /^path$/);
    await refused(() => client().delete('/%2e\t%2e/admin'), /^path$/);
  });
});

describe('route inputs that escaped as untyped errors are refused as SipgateIOValidationError, nothing sent', () => {
  const LONE_HIGH = 'a\uD800b';
  const LONE_LOW = '\uDC00';
  const deep = (depth: number): Record<string, unknown> => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < depth; i += 1) {
      const child: Record<string, unknown> = {};
      node.a = child;
      node = child;
    }
    return root;
  };
  const cyclic = (): Record<string, unknown> => {
    const value: Record<string, unknown> = { name: 'x' };
    value.self = value;
    return value;
  };

  it('a lone surrogate in a path id (was URIError)', async () => {
    await refused(
      () => client().request('GET /users/{userId}', { path: { userId: LONE_HIGH } }),
      /^request\.path\.userId$/,
    );
  });

  it('a lone surrogate in a query key (was URIError)', async () => {
    await refused(
      () => client().request('GET /history', { query: { [`types${LONE_LOW}`]: 'CALL' } as never }),
      /^query/,
    );
  });

  it('a lone surrogate in a query value (was URIError)', async () => {
    await refused(
      () => client().request('GET /history', { query: { phonenumber: LONE_HIGH } }),
      /^query\.phonenumber$/,
    );
  });

  it('a cyclic query (was RangeError)', async () => {
    await refused(() => client().request('GET /history', { query: cyclic() }), /^query/);
  });

  it('a 20,000-deep query (was RangeError)', async () => {
    await refused(() => client().request('GET /history', { query: { filter: deep(20_000) } as never }), /^query/);
  });

  it('an invalid Date in a query (was RangeError)', async () => {
    await refused(
      () => client().request('GET /history', { query: { from: new Date(Number.NaN) } as never }),
      /^query\.from$/,
    );
  });

  it('a function in a query (was sent as its source text)', async () => {
    await refused(
      () => client().request('GET /history', { query: { phonenumber: (() => 'secret source') as never } }),
      /^query\.phonenumber$/,
    );
  });

  it('a cyclic body (was TypeError)', async () => {
    await refused(
      () =>
        client().request('PUT /{userId}/phonelines/{phonelineId}', {
          path: { userId: 'w0', phonelineId: 'p0' },
          body: cyclic(),
        }),
      /^body/,
    );
  });

  it('a BigInt in a body (was TypeError)', async () => {
    await refused(
      () =>
        client().request('PUT /{userId}/phonelines/{phonelineId}', {
          path: { userId: 'w0', phonelineId: 'p0' },
          body: { alias: 1n } as never,
        }),
      /^body\.alias$/,
    );
  });

  it('a 20,000-deep body (was RangeError)', async () => {
    await refused(
      () =>
        client().request('PUT /{userId}/phonelines/{phonelineId}', {
          path: { userId: 'w0', phonelineId: 'p0' },
          body: deep(20_000),
        }),
      /^body/,
    );
  });

  it('a body whose toJSON throws (was that Error)', async () => {
    const body = {
      alias: 'Desk',
      toJSON: () => {
        throw new Error('boom');
      },
    };
    const error = await refused(
      () =>
        client().request('PUT /{userId}/phonelines/{phonelineId}', {
          path: { userId: 'w0', phonelineId: 'p0' },
          body: body,
        }),
      /^body$/,
    );
    expect(error.message).not.toContain('boom');
  });

  it('the same checks hold for the plain client methods and the module methods built on routes', async () => {
    await refused(() => client().get('/history', { query: { from: new Date(Number.NaN) } }), /^query\.from$/);
    await refused(() => client().post('/sessions/sms', { recipient: 2n }), /^body\.recipient$/);
    await refused(() => client().get(`/users/${LONE_HIGH}`), /^path$/);
  });

  it('ordinary nested queries and bodies, shared references included, still go out', async () => {
    const shared = { a: 1 };
    await client().request('PUT /{userId}/phonelines/{phonelineId}', {
      path: { userId: 'w0', phonelineId: 'p0' },
      body: { alias: 'Desk', x: shared, y: shared } as never,
    });
    await client().get('/history', {
      query: { filter: { a: 'b', c: ['d', 'e'] }, from: new Date('2026-01-01T00:00:00Z') } as never,
    });
    expect(received).toEqual([
      'PUT /v2/w0/phonelines/p0',
      'GET /v2/history?filter%5Ba%5D=b&filter%5Bc%5D=d&filter%5Bc%5D=e&from=2026-01-01T00%3A00%3A00.000Z',
    ]);
  });
});
