import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import net from 'node:net';
import tls from 'node:tls';
import { isSpecialUseIP } from 'oidc-provider/lib/helpers/fetch_request.js';
import type { Agent } from 'undici';
import { isPrivateAddress } from '../http/network-policy.js';

export interface MetadataFetchOptions {
  /** Let documents come from 127.0.0.0/8 and ::1 (a developer's own machine); never in production. */
  allowLoopback: boolean;
  /** Extra trusted CA certificates (PEM), besides the system ones. */
  ca?: string;
}

const isLoopback = (address: string) => {
  const lower = address.toLowerCase();
  return lower === '::1' || /^(::ffff:)?127\./.test(lower);
};

/** Private, loopback, link-local, unspecified or any other special-use address (oidc-provider's list too). */
export function refusedAddress(address: string, allowLoopback: boolean): boolean {
  if (allowLoopback && isLoopback(address)) return false;
  return isPrivateAddress(address) || isSpecialUseIP(address);
}

class RefusedAddressError extends Error {}

/**
 * Resolves the host and checks every address it has: one refused address refuses the fetch.
 * The connection then goes to an address checked here, so a DNS answer that changes between
 * check and connect (rebinding) cannot slip through.
 */
function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((entry) => refusedAddress(entry.address, allowLoopback));
      if (refused)
        return callback(new RefusedAddressError(`${hostname} resolves to ${refused.address} (refused)`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const [first] = list;
      if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * oidc-provider's `fetch` for Client ID Metadata Documents (the only outbound fetch the provider
 * makes here: no jwks_uri or sector_identifier_uri clients exist). oidc-provider already asks
 * with `redirect: manual` (a redirect is refused, only 200 counts), a 2.5 s signal and a 5 kB
 * body limit; this adds the address policy (every resolved address checked, IP literals too)
 * and the extra CA.
 */
export function createMetadataFetch(options: MetadataFetchOptions) {
  // undici is imported at the first metadata document fetched, not at start-up: most nodes
  // never fetch one, and the module is sizeable.
  let undici: Promise<{ agent: Agent; fetch: typeof import('undici').fetch }> | undefined;
  const load = () =>
    (undici ??= import('undici').then(({ Agent, fetch }) => ({
      fetch,
      agent: new Agent({
        connect: {
          lookup: guardedLookup(options.allowLoopback),
          timeout: 2000,
          ...(options.ca && { ca: [...tls.rootCertificates, options.ca] }),
        },
        headersTimeout: 2500,
        bodyTimeout: 2500,
      }),
    })));
  return async (url: URL | string, init: RequestInit): Promise<Response> => {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    if (net.isIP(host) && refusedAddress(host, options.allowLoopback))
      throw new RefusedAddressError(`${host} is not a public address (refused)`);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const { agent, fetch: undiciFetch } = await load();
    const response = await undiciFetch(url, {
      method: init.method ?? 'GET',
      headers,
      redirect: 'manual',
      signal: init.signal ?? AbortSignal.timeout(2500),
      dispatcher: agent,
    });
    return response as unknown as Response;
  };
}
