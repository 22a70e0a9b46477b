/**
 * Which address a webhook came from, and whether it may be checked against sipgate's. Pure.
 *
 * The signature is the authentication; this is defence in depth. The client address is the
 * socket's peer, or, only with `trustProxy`, the address a trusted proxy saw (counted from the
 * right of `X-Forwarded-For`, since clients can prepend anything to the left).
 */

/** `true` = one proxy hop, a number = that many hops. */
export type TrustProxy = boolean | number;

/** Strips the IPv4-mapped IPv6 prefix (`::ffff:1.2.3.4`). */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed.toLowerCase();
}

/**
 * Loopback, private, link-local, CGNAT and unique-local addresses: not meaningful for a source check.
 *
 * @example
 * ```ts
 * isPrivateAddress('192.168.1.10'); // true
 * ```
 */
export function isPrivateAddress(address: string): boolean {
  const ip = normaliseAddress(address);
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 10 ||
      a === 127 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a === 0
    );
  }
  return ip === '::1' || ip === '::' || /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip);
}

function hops(trustProxy: TrustProxy | undefined): number {
  if (trustProxy === true) return 1;
  if (typeof trustProxy === 'number' && Number.isInteger(trustProxy) && trustProxy > 0) return trustProxy;
  return 0;
}

/**
 * The client's address: the peer, or with `trustProxy` the address the proxy saw.
 *
 * @example
 * ```ts
 * clientAddress('10.0.0.2', '217.116.118.254', true); // '217.116.118.254'
 * ```
 */
export function clientAddress(
  peerAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy?: TrustProxy,
): string | undefined {
  const trusted = hops(trustProxy);
  if (trusted === 0 || !forwardedFor) return peerAddress === undefined ? undefined : normaliseAddress(peerAddress);
  const chain = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The right-most `trusted` entries were appended by our own proxies; the one before the first
  // of them is what the outermost trusted proxy saw. With fewer entries, take the left-most.
  const candidate = chain[Math.max(0, chain.length - trusted)];
  return candidate === undefined
    ? peerAddress === undefined
      ? undefined
      : normaliseAddress(peerAddress)
    : normaliseAddress(candidate);
}

/** Whether the source check applies: `'auto'` checks only where the address means something. */
export function shouldCheckSource(
  mode: 'auto' | boolean,
  address: string | undefined,
  trustProxy?: TrustProxy,
): boolean {
  if (mode === false) return false;
  if (mode === true) return true;
  if (hops(trustProxy) > 0) return address !== undefined;
  return address !== undefined && !isPrivateAddress(address);
}
