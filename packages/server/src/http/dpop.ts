import { createHash } from 'node:crypto';
import { calculateJwkThumbprint, EmbeddedJWK, jwtVerify } from 'jose';
import type { Context } from 'koa';
import { RequestError } from './request-error.js';

/**
 * Sender-constrained access tokens at Tessera's own APIs (RFC 9449 §7): a token bound to a DPoP
 * key (`cnf.jkt` in a JWT, `jkt` on an opaque token) is accepted only with the `DPoP` scheme and a
 * proof signed by that key, made for this request (`htm`, `htu`), this token (`ath`), recently
 * (`iat` within a minute) and never seen before (`jti`, remembered atomically for the window).
 * oidc-provider checks its own endpoints (user info) itself; this covers the Management API and
 * the Account API.
 */

/** Counts first, answers from the count (sentinel/sentinel.ts): a `jti` is fresh only at its first use. */
export interface ReplayCounter {
  attempt(target: string, action: string, maxAttempts?: number): Promise<boolean>;
}

const window = 60;
const algorithms = ['ES256', 'ES384', 'ES512', 'PS256', 'RS256', 'EdDSA', 'Ed25519'];
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

/** The access token of an `Authorization: Bearer|DPoP <token>` header, and which scheme carried it. */
export function accessTokenOf(header: string): { token: string; scheme: 'bearer' | 'dpop' } {
  if (!header) throw new RequestError('auth.authorization_header_missing', 401);
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  if (scheme !== 'bearer' && scheme !== 'dpop')
    throw new RequestError('auth.authorization_token_type_not_supported', 401);
  return { token: space < 0 ? '' : header.slice(space + 1).trim(), scheme };
}

const refuse = (message: string): never => {
  throw new RequestError('auth.unauthorized', 401, { message });
};

export function createDpopCheck(deps: { endpoint: string; replay: ReplayCounter; now?: () => number }) {
  const now = deps.now ?? Date.now;
  /**
   * Checks a request presenting `token` against its binding: `jkt` (or none). An unbound token
   * passes as before; a bound one needs the DPoP scheme and a valid proof of that key.
   */
  return async function checkSenderConstraint(
    ctx: Context,
    presented: { token: string; scheme: 'bearer' | 'dpop' },
    jkt: string | undefined,
  ): Promise<void> {
    if (!jkt) {
      if (presented.scheme === 'dpop') refuse('The access token is not DPoP-bound: use the Bearer scheme.');
      return;
    }
    if (presented.scheme !== 'dpop')
      refuse('This access token is DPoP-bound: send it with the DPoP scheme and a proof.');
    const proof = ctx.get('dpop');
    if (!proof) refuse('This access token is DPoP-bound: the DPoP proof header is missing.');
    let payload: Record<string, unknown>;
    let header: { jwk?: Record<string, unknown> };
    try {
      ({ payload, protectedHeader: header } = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', algorithms }));
    } catch {
      return refuse('The DPoP proof is invalid.');
    }
    const seconds = Math.floor(now() / 1000);
    const htu = URL.parse(String(payload.htu));
    const expected = new URL(`${deps.endpoint}${ctx.path}`);
    if (htu) {
      htu.search = '';
      htu.hash = '';
    }
    if (
      typeof payload.iat !== 'number' ||
      Math.abs(seconds - payload.iat) > window ||
      typeof payload.jti !== 'string' ||
      payload.jti.length === 0 ||
      payload.htm !== ctx.method ||
      htu?.href !== expected.href ||
      payload.ath !== sha256(presented.token)
    )
      refuse('The DPoP proof does not match this request.');
    if ((await calculateJwkThumbprint(header.jwk as Parameters<typeof calculateJwkThumbprint>[0])) !== jkt)
      refuse('The DPoP proof is not signed by the key the access token is bound to.');
    // Two minutes: a proof is accepted for a minute either side of its `iat`.
    if (!(await deps.replay.attempt(sha256(`${jkt}.${payload.jti}`), 'dpop_proof', 1)))
      refuse('The DPoP proof was already used.');
  };
}

export type DpopCheck = ReturnType<typeof createDpopCheck>;
