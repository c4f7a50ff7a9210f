import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import { clientAddressHeader } from '@learngraph/service-kit';

/** Whom a request without a (valid) client address counts as: callers that do not come through the router. */
export const unknownAddress = 'unknown';

/** Eight 16-bit groups of an IPv6 address, from its canonical text (no dotted tail, at most one `::`). */
function ipv6Groups(canonical: string): string[] {
  const [head = '', tail] = canonical.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}

/**
 * What a sign-in from `address` counts against: an IPv4 address itself; for IPv6 its /64 network, the
 * block one subscriber usually holds whole, so that cycling through it buys no extra attempts (an
 * IPv4-mapped address stays one host).
 *
 * @example
 * addressBucket('2001:db8::1');  // '2001:db8:0:0::/64'
 * addressBucket('203.0.113.7');  // '203.0.113.7'
 */
export function addressBucket(address: string): string {
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return unknownAddress;
  // The URL parser writes IPv6 in one canonical form (lower case, compressed, dotted tails as hex) but
  // refuses zone ids, which only name an interface of this host anyway.
  const canonical = new URL(`http://[${address.split('%')[0]}]/`).hostname.slice(1, -1);
  if (canonical.startsWith('::ffff:')) return canonical;
  return `${ipv6Groups(canonical).slice(0, 4).join(':')}::/64`;
}

/** The caller's address bucket as the router reported it, or `unknown` for requests that did not say. */
export function clientAddressOf(req: IncomingMessage): string {
  const header = req.headers[clientAddressHeader];
  return typeof header === 'string' ? addressBucket(header.trim()) : unknownAddress;
}
