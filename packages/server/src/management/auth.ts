import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import type { Context, Next } from 'koa';
import { bearerToken } from '../http/bearer-token.js';
import { RequestError } from '../http/request-error.js';

/**
 * Management API authorization: a JWT access token issued by this server for the Management API
 * resource, carrying one of the permissions the route's level accepts (management/scopes.ts).
 * One key set is shared by the guards of every route.
 */
export function createManagementAuth(options: { issuer: string; audience: string; getJwks: () => JSONWebKeySet }) {
  let cachedKeys: JSONWebKeySet | undefined;
  let keySet: ReturnType<typeof createLocalJWKSet> | undefined;

  return (accepted: readonly string[]) => async (ctx: Context, next: Next) => {
    const token = bearerToken(ctx.get('authorization'));
    const jwks = options.getJwks();
    if (jwks !== cachedKeys) {
      cachedKeys = jwks;
      keySet = createLocalJWKSet(jwks);
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keySet as ReturnType<typeof createLocalJWKSet>, {
        issuer: options.issuer,
        audience: options.audience,
        typ: 'at+jwt',
      }));
    } catch {
      throw new RequestError('auth.unauthorized', 401);
    }
    if (typeof payload.sub !== 'string') throw new RequestError('auth.jwt_sub_missing', 401);
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    if (!accepted.some((scope) => scopes.includes(scope)))
      throw new RequestError('auth.forbidden', 403, {
        message: `The access token lacks the permission this operation needs: ${accepted.map((scope) => `\`${scope}\``).join(' or ')}.`,
      });
    ctx.state.auth = { type: payload.sub === payload.client_id ? 'app' : 'user', id: payload.sub, scopes };
    return next();
  };
}
