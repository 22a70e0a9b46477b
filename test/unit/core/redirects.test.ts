/**
 * A redirected answer is an error in every transport (issue #26, item 8). In Node the SDK never
 * follows a redirect (maxRedirects: 0) and a 3xx is SipgateIOInvalidResponseError. In browsers
 * XMLHttpRequest follows redirects by itself, before the SDK sees the answer: the only trace is
 * `responseURL`, which then differs from the URL requested. A fetch with `redirect: 'manual'`
 * (axios's fetch adapter with maxRedirects: 0) answers an opaque status 0 instead. These tests
 * play both through an adapter shaped like axios's; test/browser/browser.test.ts does it in
 * Chromium with the CDN bundle.
 */
import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios';
import { inspect } from 'node:util';
import { SipgateIOInvalidResponseError } from '../../../lib';
import { API, testClient } from '../../helpers/fixtures';

/** An adapter answering 200 as XHR would after it followed a redirect to `finalUrl` (or not, when undefined). */
function xhrLike(
  finalUrl: (requested: string) => string | undefined,
  status = 200,
): { adapter: AxiosAdapter; calls: string[] } {
  const calls: string[] = [];
  const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
    calls.push(config.url ?? '');
    return {
      data: status === 0 ? '' : '{"amount":1,"currency":"EUR"}',
      status,
      statusText: '',
      headers: { 'content-type': 'application/json' },
      config,
      request: { responseURL: finalUrl(config.url ?? '') ?? '' },
    };
  };
  return { adapter, calls };
}

describe('an answer the transport got by following a redirect', () => {
  it('is SipgateIOInvalidResponseError when responseURL differs (another origin), for GET and POST, and is not retried', async () => {
    for (const method of ['get', 'post'] as const) {
      const { adapter, calls } = xhrLike(() => 'https://elsewhere.example/steal?token=secret-in-location');
      const client = testClient({ adapter, maxRetries: 2 });
      const error = await (
        method === 'get' ? client.get('/balance') : client.post('/sessions/sms', { smsId: 's0' })
      ).then(
        () => new Error('expected a rejection'),
        (caught: Error) => caught,
      );
      expect(error).toBeInstanceOf(SipgateIOInvalidResponseError);
      expect(error.message).toMatch(/redirect/);
      expect(calls).toHaveLength(1);
      for (const text of [error.message, JSON.stringify(error), inspect(error)]) {
        expect(text).not.toContain('elsewhere.example');
        expect(text).not.toContain('secret-in-location');
      }
    }
  });

  it('is refused for a redirect on the same origin too', async () => {
    const { adapter } = xhrLike(() => `${API}/other`);
    await expect(testClient({ adapter }).get('/balance')).rejects.toBeInstanceOf(SipgateIOInvalidResponseError);
  });

  it('an opaque status 0 (fetch stopped at a redirect it does not show) is SipgateIOInvalidResponseError', async () => {
    const { adapter } = xhrLike(() => undefined, 0);
    await expect(testClient({ adapter }).get('/balance')).rejects.toMatchObject({
      name: 'SipgateIOInvalidResponseError',
      message: expect.stringMatching(/redirect/),
    });
  });

  it('an answer from the URL requested is read as before (query and encoded ids included)', async () => {
    const { adapter } = xhrLike((requested) => new URL(requested).href);
    await expect(testClient({ adapter }).get('/balance')).resolves.toEqual({ amount: 1, currency: 'EUR' });
    await expect(
      testClient({ adapter }).get('/history', { query: { types: ['SMS', 'CALL'], q: 'ä ö&=' } }),
    ).resolves.toEqual({ amount: 1, currency: 'EUR' });
    await expect(
      testClient({ adapter }).request('GET /users/{userId}', { path: { userId: 'a b/ä' } }),
    ).resolves.toEqual({ amount: 1, currency: 'EUR' });
    // A transport that does not report where the answer came from (Node's http adapter): nothing to compare.
    const { adapter: silent } = xhrLike(() => undefined);
    await expect(testClient({ adapter: silent }).get('/balance')).resolves.toEqual({ amount: 1, currency: 'EUR' });
  });
});
