/**
 * The OAuth client against a token endpoint (or something posing as one: a proxy, a captive
 * portal) that misbehaves on the wire (issue #26): answers that echo the form body it received,
 * secrets URL- and form-encoded (item 6); answers without end, at the token endpoint and at
 * discovery (item 9); and a token source whose onTokens fails once (item 7).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { SipgateIOOAuthError, SipgateIOTimeoutError, type OAuthTokens } from '../../lib';
import { createOAuthClient } from '../../lib/oauth';
import { MAX_OAUTH_ANSWER_BYTES } from '../../lib/oauth/client';
import { createTokenSource } from '../../lib/oauth/token-source';

interface Endpoint {
  url: string;
  bodies: string[];
  close(): Promise<void>;
}

async function endpoint(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<Endpoint> {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      bodies.push(body);
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => new Error('expected a rejection'),
    (caught: Error) => caught,
  );
}

/** Every text an error offers a log: message, JSON, inspect, stack, the OAuth fields. */
function renderings(error: Error): string[] {
  const fields = error as Error & { errorDescription?: string; error?: string; apiMessage?: string; code?: string };
  return [
    error.message,
    JSON.stringify(error),
    inspect(error),
    String(error.stack),
    String(fields.errorDescription),
    String(fields.error),
    String(fields.apiMessage),
    String(fields.code),
  ];
}

// Secrets with every character the three encodings treat differently (space, + / = & % ! ' ( ) ~ * and non-ASCII).
const CLIENT_SECRET = "client secret+/=&%!'()~*é-0123456789";
const REFRESH_TOKEN = "refresh token+/=&!'()~*é-abcdefghij";
const CODE = "auth code+/=&!'()~*é-klmnopqrstuv";
const CODE_VERIFIER = "verifier+/=&!'()~*é-wxyz0123456789abcdef";
const SECRETS = [CLIENT_SECRET, REFRESH_TOKEN, CODE, CODE_VERIFIER];
/** The forms a secret takes in a form body, in a URL and as itself. */
const spellings = (secret: string): string[] => [
  secret,
  encodeURIComponent(secret),
  new URLSearchParams({ s: secret }).toString().slice(2),
];

describe('errors hold no secret in any encoding when the endpoint echoes the request (item 6)', () => {
  // What a proxy or a careless endpoint might put in an error: the form body as received, each
  // value decoded, and each value re-encoded for a URL.
  const echoes = {
    'the form body as received': (body: string) => body,
    'the decoded values': (body: string) => [...new URLSearchParams(body).values()].join(' | '),
    'the values URL-encoded': (body: string) =>
      [...new URLSearchParams(body).values()].map(encodeURIComponent).join(' | '),
  };

  it.each(Object.entries(echoes))('in error_description and error: %s', async (_name, echo) => {
    const token = await endpoint((_req, res, body) => {
      res
        .writeHead(400, { 'Content-Type': 'application/json' })
        .end(
          JSON.stringify({ error: `invalid_request ${echo(body)}`, error_description: `could not use ${echo(body)}` }),
        );
    });
    try {
      const oauth = createOAuthClient({
        clientId: 'app',
        clientSecret: CLIENT_SECRET,
        redirectUri: 'http://127.0.0.1/cb',
        endpoints: { token: `${token.url}/token`, revocation: `${token.url}/revoke` },
      });
      const errors = [
        await rejection(oauth.refresh(REFRESH_TOKEN)),
        await rejection(
          oauth.exchangeCode(
            { code: CODE, state: 'state-of-this-sign-in' },
            { state: 'state-of-this-sign-in', codeVerifier: CODE_VERIFIER },
          ),
        ),
        await rejection(oauth.revoke(REFRESH_TOKEN)),
      ];
      // The endpoint really received (and echoed) them: the test would see a leak.
      expect(token.bodies.join('\n')).toContain(spellings(CLIENT_SECRET)[2]);
      const leaks: string[] = [];
      for (const error of errors) {
        expect(error).toBeInstanceOf(SipgateIOOAuthError);
        for (const text of renderings(error)) {
          for (const secret of SECRETS)
            for (const form of spellings(secret))
              if (text.includes(form)) leaks.push(`${form.slice(0, 12)}… in ${text.slice(0, 60)}`);
        }
        expect(error.message).toContain('[REDACTED]');
      }
      expect(leaks).toEqual([]);
    } finally {
      await token.close();
    }
  });
});

describe(`answers are read up to ${MAX_OAUTH_ANSWER_BYTES} bytes (item 9)`, () => {
  /** Streams `total` bytes of JSON-looking text without a Content-Length; reports how much it wrote. */
  function stream(total: number): {
    answer: (req: IncomingMessage, res: ServerResponse) => void;
    state: { written: number; stopped: boolean };
  } {
    const state = { written: 0, stopped: false };
    return {
      state,
      answer: (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.on('close', () => (state.stopped = true));
        const chunk = Buffer.from(`"${'x'.repeat(64 * 1024 - 3)}",`);
        res.write('{"a":[');
        const pump = (): void => {
          while (state.written < total && !state.stopped) {
            state.written += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          if (!state.stopped) res.end('""]}');
        };
        pump();
      },
    };
  }

  it('a token endpoint that streams without end is cut off with a typed error', async () => {
    const total = 16 * 1024 * 1024;
    const { answer, state } = stream(total);
    const token = await endpoint(answer);
    try {
      const oauth = createOAuthClient({
        clientId: 'app',
        clientSecret: CLIENT_SECRET,
        redirectUri: 'http://127.0.0.1/cb',
        endpoints: { token: `${token.url}/token` },
      });
      const error = await rejection(oauth.refresh(REFRESH_TOKEN));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(state.written).toBeLessThan(total / 4);
      expect(error).toBeInstanceOf(SipgateIOOAuthError);
      expect(error).toMatchObject({ error: 'invalid_response', status: 200 });
      expect(error.message).toContain(`${MAX_OAUTH_ANSWER_BYTES} bytes`);
    } finally {
      await token.close();
    }
  });

  it('discovery that streams without end is cut off the same way', async () => {
    const total = 16 * 1024 * 1024;
    const { answer, state } = stream(total);
    const issuer = await endpoint(answer);
    try {
      const oauth = createOAuthClient({ clientId: 'app', redirectUri: 'http://127.0.0.1/cb', issuer: issuer.url });
      const error = await rejection(oauth.authorizationUrl());
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(state.written).toBeLessThan(total / 4);
      expect(error).toMatchObject({ name: 'SipgateIOOAuthError', error: 'invalid_response' });
    } finally {
      await issuer.close();
    }
  });

  it('a declared Content-Length over the bound is refused before reading', async () => {
    const token = await endpoint((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(MAX_OAUTH_ANSWER_BYTES + 1) });
      res.write('{');
    });
    try {
      const oauth = createOAuthClient({
        clientId: 'app',
        redirectUri: 'http://127.0.0.1/cb',
        endpoints: { token: `${token.url}/token` },
        timeout: 5_000,
      });
      const started = Date.now();
      const error = await rejection(oauth.refresh(REFRESH_TOKEN));
      expect(error).toMatchObject({ name: 'SipgateIOOAuthError', error: 'invalid_response' });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await token.close();
    }
  });

  it('an answer that stops half-way times out as SipgateIOTimeoutError', async () => {
    const token = await endpoint((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"access_token":');
    });
    try {
      const oauth = createOAuthClient({
        clientId: 'app',
        redirectUri: 'http://127.0.0.1/cb',
        endpoints: { token: `${token.url}/token` },
        timeout: 300,
      });
      expect(await rejection(oauth.refresh(REFRESH_TOKEN))).toBeInstanceOf(SipgateIOTimeoutError);
    } finally {
      await token.close();
    }
  });

  it('a normal answer is read as before', async () => {
    const token = await endpoint((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          access_token: 'a.b.c',
          token_type: 'Bearer',
          expires_in: 300,
          refresh_token: 'rotated-refresh-token',
        }),
      );
    });
    try {
      const oauth = createOAuthClient({
        clientId: 'app',
        redirectUri: 'http://127.0.0.1/cb',
        endpoints: { token: `${token.url}/token` },
      });
      await expect(oauth.refresh(REFRESH_TOKEN)).resolves.toMatchObject({
        accessToken: 'a.b.c',
        refreshToken: 'rotated-refresh-token',
      });
    } finally {
      await token.close();
    }
  });
});

describe('a failed onTokens does not lose the grant (item 7)', () => {
  const expired = { accessToken: 'old.access.token', refreshToken: 'refresh-1', expiresAt: Date.now() - 1_000 };
  const rotated = (n: number): OAuthTokens => ({
    accessToken: `new.access.token${n}`,
    refreshToken: `refresh-${n}`,
    expiresAt: Date.now() + 300_000,
  });

  it('is called again with the same tokens on the next use until it succeeds; no second refresh', async () => {
    const refresh = jest.fn(async () => rotated(2));
    const stored: Array<string | undefined> = [];
    let failures = 2;
    const onTokens = jest.fn(async (tokens: OAuthTokens) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('database unavailable');
      }
      stored.push(tokens.refreshToken);
    });
    const source = createTokenSource(expired, { onTokens }, refresh);
    // Loud: the request whose tokens could not be stored fails with the store's error…
    await expect(source()).rejects.toThrow('database unavailable');
    await expect(source()).rejects.toThrow('database unavailable');
    // …and the next use stores them before it goes on.
    await expect(source()).resolves.toBe('new.access.token2');
    expect(stored).toEqual(['refresh-2']);
    expect(onTokens).toHaveBeenCalledTimes(3);
    expect(onTokens.mock.calls.map(([tokens]) => tokens.refreshToken)).toEqual(['refresh-2', 'refresh-2', 'refresh-2']);
    expect(refresh).toHaveBeenCalledTimes(1);
    // Stored: later uses neither save nor refresh again.
    await expect(source()).resolves.toBe('new.access.token2');
    expect(onTokens).toHaveBeenCalledTimes(3);
    expect(source.tokens().refreshToken).toBe('refresh-2');
  });

  it('concurrent uses share one retry of the save', async () => {
    let fail = true;
    const onTokens = jest.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (fail) {
        fail = false;
        throw new Error('database unavailable');
      }
    });
    const source = createTokenSource(expired, { onTokens }, async () => rotated(3));
    const first = await Promise.allSettled([source(), source(), source()]);
    expect(first.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(onTokens).toHaveBeenCalledTimes(1);
    await expect(Promise.all([source(), source(), source()])).resolves.toEqual([
      'new.access.token3',
      'new.access.token3',
      'new.access.token3',
    ]);
    expect(onTokens).toHaveBeenCalledTimes(2);
  });

  it('source.refresh() saves too, and retries a save that failed before', async () => {
    let fail = true;
    const onTokens = jest.fn(async (_tokens: OAuthTokens) => {
      if (fail) {
        fail = false;
        throw new Error('database unavailable');
      }
    });
    let n = 3;
    const source = createTokenSource(expired, { onTokens }, async () => rotated((n += 1)));
    await expect(source.refresh()).rejects.toThrow('database unavailable');
    await expect(source.refresh()).resolves.toMatchObject({ refreshToken: 'refresh-5' });
    // The second call refreshed again (it asked to) and stored the newest tokens.
    expect(onTokens.mock.calls.map(([tokens]) => tokens.refreshToken)).toEqual(['refresh-4', 'refresh-5']);
  });
});
