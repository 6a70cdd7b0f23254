import type { Context, Next } from 'koa';
import { RequestError } from './request-error.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-bound APIs (the Experience API rides on the `_interaction` cookie):
 * a write must come from a page of this origin. Browsers say where a request comes from in
 * `Sec-Fetch-Site`; older ones only in `Origin`, which must then name this host. Clients
 * that send neither (SDKs, scripts, curl) are not browsers and carry no ambient cookies of a
 * victim, so they pass. SameSite=Lax cookies already stop cross-site posts; this also stops
 * same-site neighbours (another subdomain) and browsers without SameSite.
 * Installed per route by defineRoute (auth `interaction`), never by path prefix, so no
 * spelling of the path can skip it.
 */
export async function sameOriginWrites(ctx: Context, next: Next) {
  if (safeMethods.has(ctx.method)) return next();
  const site = ctx.get('sec-fetch-site');
  const origin = ctx.get('origin');
  const crossSite = site ? site !== 'same-origin' && site !== 'none' : origin !== '' && !sameHost(origin, ctx.host);
  if (crossSite) throw new RequestError('session.cross_origin_request', 403);
  return next();
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
