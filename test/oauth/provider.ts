import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

/** The client registrations of test/oauth/provider.mjs. */
export const CLIENTS = {
  confidential: { clientId: 'test-app', clientSecret: 'confidential-client-secret-1234567890' },
  public: { clientId: 'spa' },
  shortLived: { clientId: 'short-lived-app', clientSecret: 'short-lived-client-secret-1234567890' },
} as const;

export interface RunningProvider {
  issuer: string;
  /** Base URL of the REST API stub that checks the Bearer tokens. */
  api: string;
  stats(): Promise<{
    authorization_code: number;
    refresh_token: number;
    refreshErrors: number;
    api: number;
    apiRejected: number;
  }>;
  /** Makes the API stub refuse every token issued so far (like Keycloak's not-before policy). */
  rejectTokensIssuedSoFar(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the real OpenID provider and the API stub in a child process (see oidc-server.mjs). */
export async function startProvider(redirectUris: string[]): Promise<RunningProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-server.mjs')], {
    env: { ...process.env, REDIRECT_URIS: JSON.stringify(redirectUris) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the OpenID provider exited (${code}): ${stderr}`)));
  });
  const { issuer, api } = JSON.parse(first) as { issuer: string; api: string };
  return {
    issuer,
    api,
    stats: async () =>
      (await fetch(`${issuer}/test/stats`)).json() as Promise<{
        authorization_code: number;
        refresh_token: number;
        refreshErrors: number;
        api: number;
        apiRejected: number;
      }>,
    rejectTokensIssuedSoFar: async () => {
      await fetch(`${issuer}/test/reject-before`, { method: 'POST' });
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Plays the user's browser: follows the authorization URL through the provider's (automated)
 * login and consent, carrying cookies, until the provider redirects to the redirect URI. Returns
 * that callback URL without requesting it.
 */
export async function signInAsUser(authorizationUrl: string, redirectUri: string): Promise<string> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.startsWith(redirectUri)) return url;
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      cookies.set(name, pair.slice(pair.indexOf('=') + 1));
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(
        `the provider answered ${response.status} without a redirect at ${url}: ${await response.text()}`,
      );
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}
