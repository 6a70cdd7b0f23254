import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import net from 'node:net';

function ipv4Blocked(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return (
    a === 0 || // unspecified, "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

/** Loopback, private (RFC 1918, fc00::/7), link-local (169.254/16, fe80::/10) or unspecified. */
export function isPrivateAddress(address: string): boolean {
  if (net.isIPv4(address)) return ipv4Blocked(address);
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return ipv4Blocked(mapped[1]);
  if (lower === '::' || lower === '::1') return true;
  const first = Number.parseInt(lower.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

export class BlockedAddressError extends Error {}

/**
 * A `lookup` for http.request that refuses private destinations: the address checked is the
 * address connected to, so a DNS answer changing between check and connect (rebinding) cannot
 * slip through. IP literals never reach a lookup; `checkLiteralHost` covers them.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as dns.LookupAddress[];
    const blocked = list.find((entry) => isPrivateAddress(entry.address));
    if (blocked)
      return callback(
        new BlockedAddressError(`${hostname} resolves to ${blocked.address}, a private network address (refused)`),
        '',
        0,
      );
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    const [first] = list;
    if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
    callback(null, first.address, first.family);
  });
};

export function checkLiteralHost(hostname: string): void {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(bare) && isPrivateAddress(bare))
    throw new BlockedAddressError(`${bare} is a private network address (refused)`);
}
