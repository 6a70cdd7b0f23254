import { createLocalJWKSet, decodeJwt, type JSONWebKeySet, jwtVerify } from 'jose';
import type { Context, Next } from 'koa';
import { accessTokenOf, type DpopCheck } from '../http/dpop.js';
import { RequestError } from '../http/request-error.js';
import { adminRealmOnlyLevels, type ManagementLevel, managementLevels } from './scopes.js';

/** An issuer whose access tokens the Management API accepts. */
export interface ManagementIssuer {
  realm: 'default' | 'admin';
  issuer: string;
  getJwks: () => JSONWebKeySet;
  /**
   * The permissions the token's subject holds now (admin realm): the token's scopes are cut down
   * to these, so a demoted or removed administrator loses access before the token expires.
   */
  currentScopes?: (subject: string) => Promise<readonly string[]>;
}

/** Who called: set on `ctx.state.auth` by the guard, for handlers that act on the caller. */
export interface ManagementCaller {
  type: 'app' | 'user';
  id: string;
  realm: ManagementIssuer['realm'];
  scopes: readonly string[];
}

function keySetOf(entry: ManagementIssuer) {
  let cachedKeys: JSONWebKeySet | undefined;
  let keySet: ReturnType<typeof createLocalJWKSet> | undefined;
  return () => {
    const jwks = entry.getJwks();
    if (jwks !== cachedKeys) {
      cachedKeys = jwks;
      keySet = createLocalJWKSet(jwks);
    }
    return keySet as ReturnType<typeof createLocalJWKSet>;
  };
}

function readIssuer(token: string): unknown {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

/**
 * Management API authorization: a JWT access token for the Management API resource from one of
 * the accepted issuers (the end users' realm, for machine-to-machine apps; the admin realm, for
 * the console), carrying one of the permissions the route's level accepts (management/scopes.ts).
 * The unverified `iss` only picks the key set; the signature, issuer, audience and type are then
 * checked against that realm alone.
 */
export function createManagementAuth(options: {
  audience: string;
  issuers: readonly ManagementIssuer[];
  /** DPoP-bound tokens (`cnf.jkt`) need their proof (RFC 9449). */
  dpop?: DpopCheck;
}) {
  const realms = new Map(options.issuers.map((entry) => [entry.issuer, { entry, keys: keySetOf(entry) }]));

  async function authenticate(ctx: Context): Promise<ManagementCaller> {
    const presented = accessTokenOf(ctx.get('authorization'));
    const { token } = presented;
    const realm = realms.get(readIssuer(token) as string);
    if (!realm) throw new RequestError('auth.unauthorized', 401);
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, realm.keys(), {
        issuer: realm.entry.issuer,
        audience: options.audience,
        typ: 'at+jwt',
      }));
    } catch {
      throw new RequestError('auth.unauthorized', 401);
    }
    if (typeof payload.sub !== 'string') throw new RequestError('auth.jwt_sub_missing', 401);
    const jkt = (payload.cnf as { jkt?: unknown } | undefined)?.jkt;
    if (options.dpop) await options.dpop(ctx, presented, typeof jkt === 'string' ? jkt : undefined);
    else if (jkt !== undefined) throw new RequestError('auth.unauthorized', 401);
    let scopes: readonly string[] = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    if (realm.entry.currentScopes) {
      const held = await realm.entry.currentScopes(payload.sub);
      scopes = scopes.filter((scope) => held.includes(scope));
    }
    const type = payload.sub === payload.client_id ? 'app' : 'user';
    return { type, id: payload.sub, realm: realm.entry.realm, scopes };
  }

  return (level: ManagementLevel) => {
    const accepted: readonly string[] = managementLevels[level];
    const adminOnly = adminRealmOnlyLevels.has(level);
    return async (ctx: Context, next: Next) => {
      const caller = await authenticate(ctx);
      const allowed =
        (!adminOnly || caller.realm === 'admin') && accepted.some((scope) => caller.scopes.includes(scope));
      if (!allowed)
        throw new RequestError('auth.forbidden', 403, {
          message: adminOnly
            ? "Only an Owner's console token may manage administrators."
            : `The access token lacks the permission this operation needs: ${accepted.map((scope) => `\`${scope}\``).join(' or ')}.`,
        });
      ctx.state.auth = caller;
      return next();
    };
  };
}
