/**
 * `signal` and `timeout` cover obtaining the Authorization header too (issue #26, item 4): a
 * token provider, or an OAuth `onTokens`, that never settles must not keep a request pending
 * forever. Nothing is sent in those cases.
 */
import { getEventListeners } from 'node:events';
import nock from 'nock';
import { sipgateIO, SipgateIOAbortError, SipgateIOTimeoutError, type AccessTokenProvider } from '../../../lib';
import { createTokenSource } from '../../../lib/oauth/token-source';
import { API, JWT, isolateNetwork } from '../../helpers/fixtures';

isolateNetwork();

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

async function settled(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { error, ms: Date.now() - started };
}

describe('a token provider that never settles', () => {
  it('fails with SipgateIOTimeoutError after the timeout, asks once and sends nothing', async () => {
    const provider = jest.fn<ReturnType<AccessTokenProvider>, Parameters<AccessTokenProvider>>(never);
    const client = sipgateIO({ token: provider }, { baseUrl: API, timeout: 200, maxRetries: 2 });
    const { error, ms } = await settled(client.get('/balance'));
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect((error as Error).message).toMatch(/GET \/balance timed out after 200 ms.*token/);
    expect(ms).toBeLessThan(1_500);
    // Not retried: nothing was sent, and asking a stuck provider again would only wait again.
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it('fails with SipgateIOAbortError when the caller aborts, and leaves no listener on the signal', async () => {
    const client = sipgateIO({ token: never }, { baseUrl: API });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await settled(client.post('/sessions/sms', { smsId: 's0' }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(SipgateIOAbortError);
    expect(ms).toBeLessThan(1_500);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('the per-request timeout covers the token and the exchange together', async () => {
    nock(API).get('/balance').delay(300).reply(200, { amount: 1, currency: 'EUR' });
    const slowToken: AccessTokenProvider = () => new Promise((resolve) => setTimeout(() => resolve(JWT), 250));
    const client = sipgateIO({ token: slowToken }, { baseUrl: API, maxRetries: 0 });
    const { error } = await settled(client.get('/balance', { timeout: 400 }));
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    nock.cleanAll();
  });

  it('a provider that answers in time is used as before, and a reused signal keeps no listener', async () => {
    const scope = nock(API).get('/balance').times(20).reply(200, { amount: 1, currency: 'EUR' });
    const provider: AccessTokenProvider = () => new Promise((resolve) => setTimeout(() => resolve(JWT), 5));
    const client = sipgateIO({ token: provider }, { baseUrl: API, timeout: 2_000 });
    const controller = new AbortController();
    for (let i = 0; i < 20; i += 1)
      await expect(client.get('/balance', { signal: controller.signal })).resolves.toEqual({
        amount: 1,
        currency: 'EUR',
      });
    expect(scope.isDone()).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('a provider that rejects still rejects with its own error', async () => {
    const client = sipgateIO(
      { token: () => Promise.reject(new RangeError('store offline')) },
      { baseUrl: API, timeout: 1_000 },
    );
    await expect(client.get('/balance')).rejects.toThrow('store offline');
  });
});

describe('an OAuth onTokens that never settles', () => {
  it('fails the request that refreshed with SipgateIOTimeoutError instead of holding it forever', async () => {
    const fresh = { accessToken: JWT, refreshToken: 'refresh-token-2', expiresAt: Date.now() + 300_000 };
    const refresh = jest.fn(async () => fresh);
    const source = createTokenSource(
      { accessToken: JWT, refreshToken: 'refresh-token-1', expiresAt: Date.now() - 1_000 },
      { onTokens: never },
      refresh,
    );
    const client = sipgateIO({ token: source }, { baseUrl: API, timeout: 200, maxRetries: 0 });
    const { error, ms } = await settled(client.get('/balance'));
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect(ms).toBeLessThan(1_500);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
