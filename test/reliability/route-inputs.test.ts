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
