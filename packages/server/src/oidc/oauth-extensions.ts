import { hkdfSync } from 'node:crypto';
import type Provider from 'oidc-provider';

/**
 * oidc-provider's DPoP nonces (RFC 9449 §8) are stateless: an HMAC over a time window with this
 * secret. It is derived from the realm's first cookie key, so every node hands out and accepts the
 * same nonces, and a cookie key rotation rotates it too.
 */
export function dpopNonceSecret(cookieKeys: readonly string[]): Buffer | undefined {
  const [key] = cookieKeys;
  if (!key) return undefined;
  return Buffer.from(hkdfSync('sha256', key, 'tessera', 'dpop nonce secret', 32));
}

type Fetch = typeof fetch;

/** Whether the provider's outbound request is a back-channel logout POST (its body holds a `logout_token`). */
const isBackchannelLogout = (init: RequestInit | undefined) =>
  init?.method === 'POST' && init.body instanceof URLSearchParams && init.body.has('logout_token');

/**
 * The provider's `fetch`. Back-channel logout POSTs keep oidc-provider's own guards (a 2.5 s
 * timeout, no redirects, and a dispatcher that refuses special-use addresses: loopback, private,
 * link-local) unless private networks are allowed for them (a deployment whose apps sit on a
 * private network, and the tests). Every other request (Client ID Metadata Documents) goes to
 * `other`, which holds its own address policy.
 */
export function backchannelFetch(other: Fetch, allowPrivateNetworks: boolean): Fetch {
  return (async (url: string | URL, init?: RequestInit & { dispatcher?: unknown }) => {
    if (!isBackchannelLogout(init)) return other(url, init);
    if (allowPrivateNetworks && init) delete init.dispatcher;
    return fetch(url, init);
  }) as Fetch;
}

/** Logto's `/device` shortcut at the site root: the device flow's "enter the code" page, query kept. */
export async function deviceShortcut(
  ctx: { method: string; path: string; querystring: string; redirect(url: string): void },
  next: () => Promise<unknown>,
) {
  if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path !== '/device') return next();
  ctx.redirect(`/oidc/device${ctx.querystring ? `?${ctx.querystring}` : ''}`);
  return undefined;
}

/**
 * Back-channel logout for a session ended outside the provider (the Management API's and Account
 * API's session revocation): each app the session signed in to that has a back-channel logout URI
 * gets a logout token, as at RP-initiated sign-out. Failures are the app's to retry: logged only.
 */
export function backchannelLogoutOnSessionEnd(
  getProvider: () => Provider,
  onError: (error: unknown, clientId: string) => void,
) {
  return async (userId: string, authorizations: Record<string, { sid?: string }>) => {
    const provider = getProvider();
    await Promise.all(
      Object.entries(authorizations).map(async ([clientId, { sid }]) => {
        const client = (await provider.Client.find(clientId).catch(() => undefined)) as
          | { backchannelLogoutUri?: string; backchannelLogout(sub: string, sid?: string): Promise<void> }
          | undefined;
        if (!client?.backchannelLogoutUri) return;
        await client.backchannelLogout(userId, sid).catch((error: unknown) => onError(error, clientId));
      }),
    );
  };
}
