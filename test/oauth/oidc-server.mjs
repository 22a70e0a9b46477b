// A real OpenID Connect provider (oidc-provider, OpenID-certified) on loopback, configured like
// sipgate's Keycloak realm: authorization code flow, PKCE S256 required, refresh tokens always
// issued and rotated on every use, JWT access tokens of 300 s (2 s for the client
// `short-lived-app`, so a test can watch one expire). Beside it, a stub of the sipgate REST API
// that accepts only valid, unexpired access tokens signed by this provider.
//
// Started by test/oauth/*.test.ts as a child process (oidc-provider is ES modules only); prints
// one JSON line `{ issuer, api }` on stdout when listening. Test-only routes under /test/:
//   GET  /test/stats        token endpoint requests by grant type, and API requests
//   POST /test/reject-before  the API refuses tokens issued before now (like Keycloak's not-before)
// The login and consent pages are automated: login_hint `deny` declines, any other signs in
// `user-1` and grants every requested scope.
import http from 'node:http';
import Provider from 'oidc-provider';
import { generateKeyPair, exportJWK, createLocalJWKSet, jwtVerify } from 'jose';

const API_RESOURCE = 'https://api.sipgate.test/v2';
const SCOPES = 'balance:read sessions:sms:write';
export const CLIENTS = {
  confidential: { client_id: 'test-app', client_secret: 'confidential-client-secret-1234567890' },
  public: { client_id: 'spa' },
  shortLived: { client_id: 'short-lived-app', client_secret: 'short-lived-client-secret-1234567890' },
};

const redirectUris = JSON.parse(process.env.REDIRECT_URIS ?? '["http://127.0.0.1:3000/callback"]');

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const privateJwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' };
const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
const keySet = createLocalJWKSet({ keys: [publicJwk] });

const stats = { authorization_code: 0, refresh_token: 0, refreshErrors: 0, api: 0, apiRejected: 0 };
let rejectIssuedBefore = 0;

const common = {
  redirect_uris: redirectUris,
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  post_logout_redirect_uris: redirectUris,
};
const clients = [
  { ...common, ...CLIENTS.confidential, token_endpoint_auth_method: 'client_secret_post' },
  { ...common, ...CLIENTS.public, token_endpoint_auth_method: 'none' },
  { ...common, ...CLIENTS.shortLived, token_endpoint_auth_method: 'client_secret_post' },
];

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [privateJwk] },
  cookies: { keys: ['test-cookie-key'] },
  pkce: { required: () => true },
  scopes: ['openid', 'offline_access'],
  claims: { openid: ['sub'] },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
  issueRefreshToken: () => true,
  rotateRefreshToken: () => true,
  ttl: {
    AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 300,
    AuthorizationCode: 60,
    IdToken: 300,
    RefreshToken: 3600,
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
  },
  features: {
    devInteractions: { enabled: false },
    revocation: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => API_RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, _resource, client) => ({
        scope: SCOPES,
        audience: API_RESOURCE,
        accessTokenTTL: client.clientId === CLIENTS.shortLived.client_id ? 2 : 300,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // The browser test exchanges the code from a page on another loopback origin.
  clientBasedCORS: () => true,
});
provider.proxy = false;

provider.on('grant.success', (ctx) => {
  const type = ctx.oidc.params.grant_type;
  if (type in stats) stats[type] += 1;
});
provider.on('grant.error', (ctx) => {
  if (ctx.oidc?.params?.grant_type === 'refresh_token') {
    stats.refresh_token += 1;
    stats.refreshErrors += 1;
  }
});

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.params.login_hint === 'deny') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The user declined.' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (details.prompt.name === 'login') {
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: 'user-1' } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  grant.addOIDCScope('openid offline_access');
  grant.addResourceScope(API_RESOURCE, SCOPES);
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: true },
  );
}

const callback = provider.callback();
server.on('request', (req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => res.writeHead(500).end(String(error)));
  } else if (req.url === '/test/stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
  } else if (req.url === '/test/reject-before' && req.method === 'POST') {
    rejectIssuedBefore = Math.floor(Date.now() / 1000) + 1;
    res.writeHead(204).end();
  } else {
    callback(req, res);
  }
});

// The REST API stub: GET /v2/balance for any valid token of this provider.
const api = http.createServer(async (req, res) => {
  stats.api += 1;
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'authorization, content-type, x-sipgate-client, x-sipgate-version',
  };
  if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  try {
    if (!token) throw new Error('no bearer token');
    const { payload } = await jwtVerify(token, keySet, { issuer, audience: API_RESOURCE });
    if (payload.iat < rejectIssuedBefore) throw new Error('token issued before the not-before time');
  } catch {
    stats.apiRejected += 1;
    return res
      .writeHead(401, { ...cors, 'content-type': 'application/json' })
      .end(JSON.stringify({ message: 'Unauthorized' }));
  }
  if (req.url === '/v2/balance')
    return res
      .writeHead(200, { ...cors, 'content-type': 'application/json' })
      .end('{"amount":123400,"currency":"EUR"}');
  res.writeHead(404, cors).end();
});
await new Promise((resolve) => api.listen(0, '127.0.0.1', resolve));

process.stdout.write(`${JSON.stringify({ issuer, api: `http://127.0.0.1:${api.address().port}/v2` })}\n`);
process.on('SIGTERM', () => process.exit(0));
