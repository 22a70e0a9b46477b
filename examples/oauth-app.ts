/**
 * "Sign in with sipgate": a small web app (node:http, no framework) that signs the user in with
 * OAuth (authorization code + PKCE) and shows their account balance. The token source keeps the
 * 5-minute access tokens fresh; `onTokens` is where a real app would persist the rotated tokens.
 *
 *   SIPGATE_CLIENT_ID=… SIPGATE_CLIENT_SECRET=… npx tsx examples/oauth-app.ts
 *   open http://localhost:3000
 *
 * Register http://localhost:3000/callback as the client's redirect URI in the sipgate console.
 * Sessions live in memory here; use your framework's session store in a real app.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccountModule, createOAuthClient, sipgateIO, SipgateIOOAuthError, type OAuthTokens } from '../lib';
import { requireEnv } from './credentials';

export interface OAuthAppOptions {
  clientId: string;
  clientSecret?: string;
  /** Where the app listens; the redirect URI is `<origin>/callback`. */
  port: number;
  /** Default: sipgate's. */
  issuer?: string;
  /** Default: sipgate's REST API. */
  apiUrl?: string;
}

interface Session {
  pending?: { state: string; codeVerifier: string };
  tokens?: OAuthTokens;
}

const page = (body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Sign in with sipgate</title></head><body>${body}</body></html>`;
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Starts the app; resolves once it listens. */
export async function startOAuthApp(options: OAuthAppOptions): Promise<Server> {
  const origin = `http://localhost:${options.port}`;
  const oauth = createOAuthClient({
    clientId: options.clientId,
    ...(options.clientSecret === undefined ? {} : { clientSecret: options.clientSecret }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
    redirectUri: `${origin}/callback`,
    scopes: ['balance:read'],
  });
  const sessions = new Map<string, Session>();

  const sessionOf = (req: IncomingMessage, res: ServerResponse): Session => {
    const id = /(?:^|;\s*)sid=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (id !== undefined && sessions.has(id)) return sessions.get(id)!;
    const fresh = randomBytes(24).toString('base64url');
    sessions.set(fresh, {});
    res.setHeader('Set-Cookie', `sid=${fresh}; HttpOnly; SameSite=Lax; Path=/`);
    return sessions.get(fresh)!;
  };
  const redirect = (res: ServerResponse, location: string): void =>
    void res.writeHead(302, { Location: location }).end();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const session = sessionOf(req, res);
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/login') {
      const { url: signInUrl, state, codeVerifier } = await oauth.authorizationUrl();
      session.pending = { state, codeVerifier };
      return redirect(res, signInUrl);
    }
    if (url.pathname === '/callback') {
      const pending = session.pending;
      session.pending = undefined; // one use, whatever the outcome
      if (pending === undefined) return redirect(res, '/');
      session.tokens = await oauth.exchangeCode(url, pending);
      return redirect(res, '/');
    }
    if (url.pathname === '/logout') {
      if (session.tokens?.refreshToken) await oauth.revoke(session.tokens.refreshToken).catch(() => undefined);
      session.tokens = undefined;
      return redirect(res, '/');
    }
    if (url.pathname !== '/') return void res.writeHead(404).end();
    if (session.tokens === undefined) {
      return void res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(page('<a href="/login">Sign in with sipgate</a>'));
    }
    const client = sipgateIO(
      { token: oauth.tokenSource(session.tokens, { onTokens: (tokens) => void (session.tokens = tokens) }) },
      options.apiUrl === undefined ? {} : { baseUrl: options.apiUrl },
    );
    const { amount, currency } = await createAccountModule(client).getBalance();
    const balance = `${(amount / 10_000).toFixed(2)} ${currency}`;
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(page(`<p>Your balance: <strong>${escapeHtml(balance)}</strong></p><a href="/logout">Sign out</a>`));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A grant that ended (expired, revoked) means: sign in again.
      if (error instanceof SipgateIOOAuthError) {
        return void res
          .writeHead(400, { 'Content-Type': 'text/html' })
          .end(page(`<p>Sign-in failed: ${escapeHtml(error.message)}</p><a href="/login">Try again</a>`));
      }
      console.error(error); // SDK errors hold no secrets
      res.writeHead(500).end('Something went wrong.');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  return server;
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  void startOAuthApp({
    clientId: requireEnv('SIPGATE_CLIENT_ID'),
    clientSecret: process.env.SIPGATE_CLIENT_SECRET,
    port,
    issuer: process.env.SIPGATE_OAUTH_ISSUER,
    apiUrl: process.env.SIPGATE_API_URL,
  }).then((server) => console.log(`Open http://localhost:${(server.address() as AddressInfo).port}`));
}
