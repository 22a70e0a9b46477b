/**
 * examples/oauth-app.ts against the real OpenID provider: a visitor signs in, sees the balance
 * read with their token, and signs out.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startOAuthApp } from '../../examples/oauth-app';
import { CLIENTS, signInAsUser, startProvider, type RunningProvider } from './provider';

let provider: RunningProvider;
let app: Server;
let origin: string;

beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  origin = `http://localhost:${port}`;
  provider = await startProvider([`${origin}/callback`]);
  app = await startOAuthApp({ ...CLIENTS.confidential, port, issuer: provider.issuer, apiUrl: provider.api });
});
afterAll(async () => {
  await new Promise((resolve) => app?.close(resolve));
  await provider?.stop();
});

it('signs a visitor in with sipgate, shows the balance, and signs out', async () => {
  let cookie = '';
  const get = async (path: string) => {
    const response = await fetch(new URL(path, origin), { redirect: 'manual', headers: { cookie } });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    return response;
  };
  expect(await (await get('/')).text()).toContain('Sign in with sipgate');
  const login = await get('/login');
  expect(login.status).toBe(302);
  const callback = await signInAsUser(login.headers.get('location')!, `${origin}/callback`);
  const back = await get(callback);
  expect(back.headers.get('location')).toBe('/');
  expect(await (await get('/')).text()).toContain('Your balance: <strong>12.34 EUR</strong>');
  // The callback works once: replayed, it does not sign in anyone.
  expect((await get(callback)).headers.get('location')).toBe('/');

  await get('/logout');
  expect(await (await get('/')).text()).toContain('Sign in with sipgate');
});
