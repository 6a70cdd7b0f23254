import type { Context, Next } from 'koa';
import type Provider from 'oidc-provider';
import { accessTokenOf, type DpopCheck } from '../http/dpop.js';
import { RequestError } from '../http/request-error.js';

/**
 * User-facing endpoints (Logto's "user" router under /api/my-account) authorize with the signed-in
 * user's opaque access token, the one an app gets without a resource and uses at /oidc/me (with its
 * DPoP proof when the token is DPoP-bound). The
 * token is looked up through the provider's own AccessToken model, so revocation, expiry and
 * sign-out apply exactly as at user info. `scope` names the scope the token must carry; the
 * token's scopes are handed on as `ctx.state.accountScopes`, its session's uid as `ctx.state.accountSessionUid`.
 */
export function createAccountTokenAuth(deps: { getProvider: () => Provider; scope: string; dpop?: DpopCheck }) {
  return async (ctx: Context, next: Next) => {
    const presented = accessTokenOf(ctx.get('authorization'));
    const value = presented.token;
    // Opaque token values are short; a JWT (an API resource token) is not accepted here.
    const token =
      value.length > 0 && !value.includes('.') ? await deps.getProvider().AccessToken.find(value) : undefined;
    if (!token?.accountId || token.isExpired) throw new RequestError('auth.unauthorized', 401);
    // A DPoP-bound token (RFC 9449) needs its proof here as at user info.
    if (deps.dpop) await deps.dpop(ctx, presented, token.jkt);
    else if (token.jkt) throw new RequestError('auth.unauthorized', 401);
    if (!token.scopes.has(deps.scope))
      throw new RequestError('auth.forbidden', 403, { message: `The access token lacks the \`${deps.scope}\` scope.` });
    ctx.state.accountId = token.accountId;
    ctx.state.accountScopes = token.scopes;
    // The sign-in session the token was issued in (Logto's `isCurrent` on the user's sessions).
    ctx.state.accountSessionUid = token.sessionUid;
    return next();
  };
}
