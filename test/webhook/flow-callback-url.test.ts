/**
 * The flow's callback URLs come from a template made once with the URL API; they must be exactly
 * what the URL API makes of each (what the flow built on every reply before), for any baseUrl
 * and any session key.
 */
import { callbackUrls } from '../../lib/webhook/flow/callback-url';

/** How the flow built them before: the URL API on every reply. */
function expected(baseUrl: string, key: string, seq?: number): string {
  const url = new URL(baseUrl);
  url.searchParams.set('call', key);
  const call = url.toString();
  if (seq === undefined) return call;
  const onData = new URL(call);
  onData.searchParams.set('gather', String(seq));
  return onData.toString();
}

const BASES = [
  'https://app.example.com/sipgate',
  'https://app.example.com/',
  'https://app.example.com',
  'http://127.0.0.1:8080/flow',
  'https://app.example.com/sipgate?tenant=a%20b&x=1',
  'https://app.example.com/sipgate?call=preset&tenant=7',
  'https://app.example.com/sipgate?gather=9',
  'https://app.example.com/sipgate?tenant=sipgateioFlowCallKey',
  'https://app.example.com/s%C3%A4ge/?q=ä#fragment',
  'https://user:pw@app.example.com:8443/a/../b?x',
];
const KEYS = [
  'C1',
  '0123456789abcdef0123456789abcdef',
  'anon-0f4c3a52-6a1e-4d4e-9b1c-1c2d3e4f5a6b',
  'a.b_c*d-e',
  'with space',
  'a&gather=5',
  'ü+%/?#',
  'sipgateioFlowGatherSeq',
];

it.each(BASES)('is what the URL API makes of %s, for every key', (base) => {
  const urls = callbackUrls(base);
  for (const key of KEYS) {
    expect(urls.call(key)).toBe(expected(base, key));
    for (const seq of [0, 7, 123]) expect(urls.gather(key, seq)).toBe(expected(base, key, seq));
  }
});
