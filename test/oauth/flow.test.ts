/**
 * "Sign in with sipgate" end to end against a real OpenID Connect provider (oidc-provider on
 * loopback, configured like sipgate's realm: see oidc-server.mjs), with the REST API stub checking
 * every Bearer token: authorization URL → login and consent → callback → code exchange → API
 * calls → expiry → refresh → rotation, and the ways each step must fail.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
  sipgateIO,
  createAccountModule,
  SipgateIOOAuthError,
  SipgateIOValidationError,
  type OAuthTokens,
  type SipgateIOLogger,
} from '../../lib';
import { createOAuthClient } from '../../lib/oauth';
import { CLIENTS, signInAsUser, startProvider, type RunningProvider } from './provider';

const REDIRECT_URI = 'http://127.0.0.1:3000/callback';
let provider: RunningProvider;

beforeAll(async () => {
  provider = await startProvider([REDIRECT_URI]);
});
afterAll(async () => {
  await provider?.stop();
});

// Every secret seen in a test, and every text the SDK produced (errors, logs, inspect output):
// checked against each other at the end.
const secrets = new Set<string>([CLIENTS.confidential.clientSecret, CLIENTS.shortLived.clientSecret]);
const texts: string[] = [];
function remember(tokens: OAuthTokens): OAuthTokens {
  for (const value of [tokens.accessToken, tokens.refreshToken, tokens.idToken]) if (value) secrets.add(value);
  texts.push(inspect(tokens), String(tokens));
  return tokens;
}
async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (caught: Error) => caught,
  );
  texts.push(error.message, JSON.stringify(error), inspect(error), String(error.stack));
  return error;
}
const logLines: string[] = [];
const logger: SipgateIOLogger = {
  debug: (...args: unknown[]) => logLines.push(inspect(args)),
  warn: (...args: unknown[]) => logLines.push(inspect(args)),
  error: (...args: unknown[]) => logLines.push(inspect(args)),
};

function oauthClient(client: { clientId: string; clientSecret?: string } = CLIENTS.confidential) {
  const oauth = createOAuthClient({
    ...client,
    redirectUri: REDIRECT_URI,
    issuer: provider.issuer,
    scopes: ['openid', 'balance:read'],
  });
  texts.push(inspect(oauth));
  return oauth;
}

/** Signs the user in and returns the tokens, recording every secret of the way. */
async function signIn(
  client = CLIENTS.confidential as { clientId: string; clientSecret?: string },
): Promise<OAuthTokens> {
  const oauth = oauthClient(client);
  const request = await oauth.authorizationUrl();
  secrets.add(request.codeVerifier);
  const callback = await signInAsUser(request.url, REDIRECT_URI);
  secrets.add(new URL(callback).searchParams.get('code')!);
  return remember(await oauth.exchangeCode(callback, request));
}

/**
 * Signed-in tokens that the API stub refuses although their clock says valid (like Keycloak's
 * not-before policy): the token source only learns of it from the 401.
 */
async function tokensTheApiNoLongerAccepts(): Promise<OAuthTokens> {
  const tokens = await signIn();
  await provider.rejectTokensIssuedSoFar();
  // The refreshed token must be issued in a later second than the cut-off.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  return tokens;
}

describe('the authorization code flow with PKCE', () => {
  it('builds an authorization URL with a random state and an S256 challenge', async () => {
    const oauth = oauthClient();
    const first = await oauth.authorizationUrl({ scopes: ['balance:read', 'openid'] });
    const second = await oauth.authorizationUrl();
    const url = new URL(first.url);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: CLIENTS.confidential.clientId,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'balance:read openid',
      state: first.state,
      code_challenge_method: 'S256',
    });
    expect(first.state).not.toBe(second.state);
    expect(first.codeVerifier).not.toBe(second.codeVerifier);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('code_challenge')).not.toBe(first.codeVerifier);
  });

  it('signs in, exchanges the code and calls the API with the access token', async () => {
    const before = Date.now();
    const tokens = await signIn();
    expect(tokens.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(tokens.refreshToken).toEqual(expect.any(String));
    expect(tokens.idToken).toEqual(expect.any(String));
    // 300 s, like sipgate's access tokens.
    expect(tokens.expiresAt).toBeGreaterThanOrEqual(before + 299_000);
    expect(tokens.expiresAt).toBeLessThanOrEqual(Date.now() + 300_000);

    const oauth = oauthClient();
    const client = sipgateIO({ token: oauth.tokenSource(tokens) }, { baseUrl: provider.api, logger });
    await expect(createAccountModule(client).getBalance()).resolves.toEqual({ amount: 123400, currency: 'EUR' });
  });

  it('works for a public client (no secret) with PKCE alone', async () => {
    const tokens = await signIn(CLIENTS.public);
    const client = sipgateIO({ token: oauthClient(CLIENTS.public).tokenSource(tokens) }, { baseUrl: provider.api });
    await expect(createAccountModule(client).getBalance()).resolves.toEqual({ amount: 123400, currency: 'EUR' });
  });

  it('rejects a code used twice (invalid_grant from the provider)', async () => {
    const oauth = oauthClient();
    const request = await oauth.authorizationUrl();
    secrets.add(request.codeVerifier);
    const callback = await signInAsUser(request.url, REDIRECT_URI);
    secrets.add(new URL(callback).searchParams.get('code')!);
    remember(await oauth.exchangeCode(callback, request));
    const error = await failure(oauth.exchangeCode(callback, request));
    expect(error).toBeInstanceOf(SipgateIOOAuthError);
    expect(error).toMatchObject({ error: 'invalid_grant', status: 400, kind: 'oauth' });
  });

  it('rejects a callback whose state differs, or has none, before anything is sent', async () => {
    const oauth = oauthClient();
    const request = await oauth.authorizationUrl();
    const callback = new URL(await signInAsUser(request.url, REDIRECT_URI));
    secrets.add(request.codeVerifier).add(callback.searchParams.get('code')!);
    const statsBefore = await provider.stats();

    const forged = new URL(callback);
    forged.searchParams.set('state', 'someone-elses-state-value');
    expect(await failure(oauth.exchangeCode(forged, request))).toMatchObject({
      name: 'SipgateIOOAuthError',
      error: 'state_mismatch',
    });
    forged.searchParams.delete('state');
    expect(await failure(oauth.exchangeCode(forged.href, request))).toMatchObject({ error: 'state_mismatch' });
    expect((await provider.stats()).authorization_code).toBe(statsBefore.authorization_code);
    // The genuine callback still works: the refusals spent nothing.
    remember(await oauth.exchangeCode(callback.search, request));
  });

  it('rejects a wrong code verifier (the provider checks PKCE)', async () => {
    const oauth = oauthClient();
    const request = await oauth.authorizationUrl();
    const callback = await signInAsUser(request.url, REDIRECT_URI);
    secrets.add(request.codeVerifier).add(new URL(callback).searchParams.get('code')!);
    const wrongVerifier = (await oauth.authorizationUrl()).codeVerifier;
    secrets.add(wrongVerifier);
    const error = await failure(oauth.exchangeCode(callback, { state: request.state, codeVerifier: wrongVerifier }));
    expect(error).toMatchObject({ name: 'SipgateIOOAuthError', error: 'invalid_grant', status: 400 });
  });

  it('turns a declined consent (?error=access_denied) into a typed error', async () => {
    const oauth = oauthClient();
    const request = await oauth.authorizationUrl({ loginHint: 'deny' });
    const callback = await signInAsUser(request.url, REDIRECT_URI);
    const error = await failure(oauth.exchangeCode(callback, request));
    expect(error).toBeInstanceOf(SipgateIOOAuthError);
    expect(error).toMatchObject({ error: 'access_denied', errorDescription: 'The user declined.' });
  });

  it('refuses a wrong client secret with invalid_client', async () => {
    const oauth = oauthClient({ clientId: CLIENTS.confidential.clientId, clientSecret: 'not-the-right-secret-at-all' });
    secrets.add('not-the-right-secret-at-all');
    const request = await oauth.authorizationUrl();
    const callback = await signInAsUser(request.url, REDIRECT_URI);
    secrets.add(request.codeVerifier).add(new URL(callback).searchParams.get('code')!);
    const error = await failure(oauth.exchangeCode(callback, request));
    expect(error).toMatchObject({ name: 'SipgateIOOAuthError', error: 'invalid_client' });
  });
});

describe('refresh and rotation', () => {
  it('refresh() returns new tokens with a rotated refresh token; the old one is spent', async () => {
    const oauth = oauthClient();
    const tokens = await signIn();
    const fresh = remember(await oauth.refresh(tokens.refreshToken!));
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    expect(fresh.refreshToken).toEqual(expect.any(String));
    expect(fresh.refreshToken).not.toBe(tokens.refreshToken);
    const error = await failure(oauth.refresh(tokens.refreshToken!));
    expect(error).toMatchObject({ name: 'SipgateIOOAuthError', error: 'invalid_grant', status: 400 });
  });

  it('refreshes an expired access token before the request and hands the new tokens to onTokens', async () => {
    const oauth = oauthClient(CLIENTS.shortLived);
    const tokens = await signIn(CLIENTS.shortLived);
    // The short-lived client's tokens live 2 s: wait until the provider's token really expired.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, tokens.expiresAt! - Date.now()) + 1100));
    const saved: OAuthTokens[] = [];
    const source = oauth.tokenSource(JSON.parse(JSON.stringify(tokens)), {
      onTokens: (next) => void saved.push(remember(next)),
      refreshBeforeExpiry: 0,
    });
    const client = sipgateIO({ token: source }, { baseUrl: provider.api, logger });
    const statsBefore = await provider.stats();
    await expect(createAccountModule(client).getBalance()).resolves.toMatchObject({ currency: 'EUR' });
    const statsAfter = await provider.stats();
    expect(statsAfter.refresh_token - statsBefore.refresh_token).toBe(1);
    // Refreshed before sending: the API never saw the expired token.
    expect(statsAfter.apiRejected).toBe(statsBefore.apiRejected);
    expect(saved).toHaveLength(1);
    expect(saved[0].refreshToken).not.toBe(tokens.refreshToken);
    expect(source.tokens()).toEqual(saved[0]);
  });

  it('refreshes after a 401 when the provider no longer accepts a token the clock calls valid', async () => {
    const oauth = oauthClient();
    const tokens = await tokensTheApiNoLongerAccepts();
    const source = oauth.tokenSource(tokens, { onTokens: (next) => void remember(next) });
    const client = sipgateIO({ token: source }, { baseUrl: provider.api, logger });
    const statsBefore = await provider.stats();
    await expect(createAccountModule(client).getBalance()).resolves.toMatchObject({ currency: 'EUR' });
    const statsAfter = await provider.stats();
    expect(statsAfter.apiRejected - statsBefore.apiRejected).toBe(1);
    expect(statsAfter.refresh_token - statsBefore.refresh_token).toBe(1);
  });

  it('50 concurrent requests at expiry cause exactly one refresh', async () => {
    const oauth = oauthClient();
    const tokens = await signIn();
    const onTokens = jest.fn((next: OAuthTokens) => void remember(next));
    // Saved tokens whose access token has expired by the clock.
    const source = oauth.tokenSource({ ...tokens, expiresAt: new Date(Date.now() - 1000).toISOString() }, { onTokens });
    const client = sipgateIO({ token: source }, { baseUrl: provider.api, logger });
    const statsBefore = await provider.stats();
    const results = await Promise.all(Array.from({ length: 50 }, () => createAccountModule(client).getBalance()));
    expect(results.every((balance) => balance.currency === 'EUR')).toBe(true);
    const statsAfter = await provider.stats();
    expect(statsAfter.refresh_token - statsBefore.refresh_token).toBe(1);
    expect(statsAfter.refreshErrors).toBe(statsBefore.refreshErrors);
    expect(onTokens).toHaveBeenCalledTimes(1);
  });

  it('50 concurrent requests refused with 401 cause exactly one refresh', async () => {
    const oauth = oauthClient();
    const tokens = await tokensTheApiNoLongerAccepts();
    const source = oauth.tokenSource(tokens, { onTokens: (next) => void remember(next) });
    const client = sipgateIO({ token: source }, { baseUrl: provider.api, logger });
    const statsBefore = await provider.stats();
    const results = await Promise.all(Array.from({ length: 50 }, () => createAccountModule(client).getBalance()));
    expect(results).toHaveLength(50);
    const statsAfter = await provider.stats();
    expect(statsAfter.refresh_token - statsBefore.refresh_token).toBe(1);
    expect(statsAfter.refreshErrors).toBe(statsBefore.refreshErrors);
  });

  it('a revoked refresh token fails with a typed error, once, without a retry loop', async () => {
    const oauth = oauthClient();
    const tokens = await signIn();
    await oauth.revoke(tokens.refreshToken!);
    const source = oauth.tokenSource({ ...tokens, expiresAt: Date.now() - 1000 });
    const client = sipgateIO({ token: source }, { baseUrl: provider.api, logger });
    const statsBefore = await provider.stats();
    const errors = await Promise.all([1, 2, 3].map(() => failure(createAccountModule(client).getBalance())));
    const again = await failure(createAccountModule(client).getBalance());
    for (const error of [...errors, again]) {
      expect(error).toBeInstanceOf(SipgateIOOAuthError);
      expect(error).toMatchObject({ error: 'invalid_grant', status: 400 });
    }
    const statsAfter = await provider.stats();
    expect(statsAfter.refresh_token - statsBefore.refresh_token).toBe(1);
    expect(statsAfter.api).toBe(statsBefore.api);
  });

  it("revocation answers as the provider does, and the logout URL is the provider's", async () => {
    const oauth = oauthClient();
    const tokens = await signIn();
    // oidc-provider cannot revoke JWT access tokens (Keycloak can): its refusal arrives typed.
    expect(await failure(oauth.revoke(tokens.accessToken!))).toMatchObject({
      name: 'SipgateIOOAuthError',
      error: 'unsupported_token_type',
      status: 400,
    });
    await expect(oauth.revoke(tokens.refreshToken!)).resolves.toBeUndefined();
    expect(await failure(oauth.refresh(tokens.refreshToken!))).toMatchObject({ error: 'invalid_grant' });
    const logout = new URL(
      await oauth.logoutUrl({ idToken: tokens.idToken, postLogoutRedirectUri: REDIRECT_URI, state: 'after-logout' }),
    );
    expect(logout.origin).toBe(provider.issuer);
    expect(Object.fromEntries(logout.searchParams)).toMatchObject({
      client_id: CLIENTS.confidential.clientId,
      id_token_hint: tokens.idToken,
      post_logout_redirect_uri: REDIRECT_URI,
    });
    // The provider knows that URL: it answers with its logout confirmation, not an error.
    const page = await fetch(logout, { redirect: 'manual' });
    expect(page.status).toBe(200);
  });
});

describe('what is refused before anything is sent', () => {
  it('plain http endpoints except on loopback', () => {
    const base = { clientId: 'app', redirectUri: REDIRECT_URI };
    expect(() => createOAuthClient({ ...base, issuer: 'http://login.example.com/realm' })).toThrow(
      SipgateIOValidationError,
    );
    expect(() => createOAuthClient({ ...base, endpoints: { token: 'http://10.0.0.1/token' } })).toThrow(/https/);
    expect(() => createOAuthClient({ ...base, redirectUri: 'http://app.example.com/callback' })).toThrow(
      /options\.redirectUri/,
    );
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]']) {
      expect(() =>
        createOAuthClient({ ...base, issuer: `http://${host}:8080/realm`, redirectUri: `http://${host}/cb` }),
      ).not.toThrow();
    }
    expect(() => createOAuthClient({ ...base, redirectUri: 'com.example.app:/oauth' })).not.toThrow();
  });

  it('unknown options, missing client id, bad scopes, a missing expected state', async () => {
    expect(() => createOAuthClient({ clientId: 'app', redirectUri: REDIRECT_URI, redirectUrl: 'x' } as never)).toThrow(
      /did you mean `redirectUri`/,
    );
    expect(() => createOAuthClient({ redirectUri: REDIRECT_URI } as never)).toThrow(/options\.clientId/);
    expect(() => createOAuthClient({ clientId: 'app', redirectUri: REDIRECT_URI, scopes: ['balance read'] })).toThrow(
      /options\.scopes\[0\]/,
    );
    const oauth = createOAuthClient({ clientId: 'app', redirectUri: REDIRECT_URI });
    await expect(oauth.exchangeCode('?code=abc&state=xyz', { codeVerifier: 'v' } as never)).rejects.toThrow(
      /expected\.state/,
    );
    await expect(oauth.authorizationUrl({ state: 'short' })).rejects.toThrow(/options\.state/);
    await expect(oauth.authorizationUrl({ extraParams: { state: 'x'.repeat(20) } })).rejects.toThrow(
      /cannot be replaced/,
    );
    expect(() => oauth.tokenSource({})).toThrow(/neither an accessToken nor a refreshToken/);
    expect(() => oauth.tokenSource({ accessToken: 'a.b.c', expiresAt: 'tomorrow' })).toThrow(/tokens\.expiresAt/);
  });

  it("builds sipgate's authorization URL without any request (sipgate is the default issuer)", async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const oauth = createOAuthClient({
      clientId: 'app',
      redirectUri: 'https://app.example.com/cb',
      scopes: ['balance:read'],
    });
    const { url } = await oauth.authorizationUrl();
    expect(url.startsWith('https://login.sipgate.com/auth/realms/third-party/protocol/openid-connect/auth?')).toBe(
      true,
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('names the host when the provider cannot be reached, and keeps secrets out of it', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const oauth = createOAuthClient({
      clientId: 'app',
      clientSecret: CLIENTS.confidential.clientSecret,
      redirectUri: REDIRECT_URI,
      endpoints: { token: `http://127.0.0.1:${closed}/token` },
    });
    const error = await failure(oauth.refresh('a-refresh-token-that-is-secret'));
    secrets.add('a-refresh-token-that-is-secret');
    expect(error).toMatchObject({ name: 'SipgateIOConnectionError' });
    expect(error).toMatchObject({ sent: false });
    expect(error.message).toContain(`127.0.0.1:${closed}`);
  });
});

describe('secrets', () => {
  it('no secret of any test above appears in an error, a log line or inspect output', () => {
    expect(secrets.size).toBeGreaterThan(20);
    expect(texts.length).toBeGreaterThan(20);
    expect(logLines.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const text of [...texts, ...logLines]) {
      for (const secret of secrets)
        if (text.includes(secret)) leaks.push(`${secret.slice(0, 6)}… in ${text.slice(0, 80)}`);
    }
    expect(leaks).toEqual([]);
  });

  it('tokens log as [REDACTED] but serialise whole for storage', async () => {
    const tokens = await signIn();
    expect(inspect(tokens)).not.toContain(tokens.accessToken);
    expect(inspect(tokens)).toContain('[REDACTED]');
    expect(JSON.parse(JSON.stringify(tokens))).toEqual({ ...tokens });
    expect(JSON.stringify(tokens)).toContain(tokens.refreshToken);
  });
});
