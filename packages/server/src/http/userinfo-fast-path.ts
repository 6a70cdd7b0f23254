import type http from 'node:http';
import type Provider from 'oidc-provider';
import { plainUserinfoClaims } from '../oidc/plain-userinfo.js';
import { type DirectResponseDeps, sendDirect } from './direct-response.js';

export interface UserinfoFastPathDeps extends DirectResponseDeps {
  /** The provider mounted at `path` now (it is rebuilt when signing keys rotate). */
  getProvider: () => Provider;
  /** The user info endpoint's exact path (`/oidc/me`) and its metrics route label (`oidc:userinfo`). */
  path: string;
  route: string;
}

const bearer = /^Bearer ([A-Za-z0-9_-]+)$/;

/** The headers the provider's user info answer carries when no Origin was sent. */
const userinfoHeaders = [
  ['Vary', 'Origin'],
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Expose-Headers', 'DPoP-Nonce,WWW-Authenticate'],
  ['Cache-Control', 'no-store'],
  ['Content-Type', 'application/json; charset=utf-8'],
] as const;

/**
 * User info for a plain bearer token, answered before Koa. Back-end SDKs call it on every page
 * that shows who is signed in, and Koa's context plus the provider's middleware chain cost about
 * as much as the three lookups it needs. Only a GET of the exact path with `Authorization: Bearer`
 * and nothing that changes the answer (no Origin, whose CORS check is per client; no DPoP proof;
 * no body) is tried here, and only a 200 is sent: whatever plainUserinfoClaims leaves undefined
 * (every refusal, every rarer case) and any error go to Koa, where the provider answers it.
 * The price: a refused token is looked up twice (here, then by the provider), one indexed read.
 */
export function createUserinfoFastPath(deps: UserinfoFastPathDeps) {
  const { getProvider, path, route } = deps;
  return {
    accepts(req: http.IncomingMessage): boolean {
      const { headers } = req;
      return (
        req.method === 'GET' &&
        req.url === path &&
        headers.authorization !== undefined &&
        headers.origin === undefined &&
        headers.dpop === undefined &&
        headers['content-length'] === undefined &&
        headers['transfer-encoding'] === undefined
      );
    },
    /** Whether it answered; false leaves the request untouched for Koa. */
    async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
      const start = process.hrtime.bigint();
      const token = bearer.exec(req.headers.authorization ?? '')?.[1];
      if (token === undefined) return false;
      const claims = await plainUserinfoClaims(getProvider(), token).catch(() => undefined);
      if (claims === undefined || res.headersSent) return false;
      sendDirect(
        deps,
        res,
        { start, method: 'GET', path, route },
        userinfoHeaders,
        Buffer.from(JSON.stringify(claims)),
      );
      return true;
    },
  };
}
