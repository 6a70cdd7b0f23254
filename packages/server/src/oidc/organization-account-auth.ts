import type { Context, Next } from 'koa';
import type Provider from 'oidc-provider';
import { bearerToken } from '../http/bearer-token.js';
import { RequestError } from '../http/request-error.js';

/**
 * User-facing endpoints (Logto's "user" router under /api/my-account) authorize with the signed-in
 * user's opaque access token, the one an app gets without a resource and uses at /oidc/me. The
 * token is looked up through the provider's own AccessToken model, so revocation, expiry and
 * sign-out apply exactly as at user info. `scope` names the scope the token must carry; the
 * token's scopes are handed on as `ctx.state.accountScopes`, its session's uid as `ctx.state.accountSessionUid`.
 */
export function createAccountTokenAuth(deps: { getProvider: () => Provider; scope: string }) {
  return async (ctx: Context, next: Next) => {
    const value = bearerToken(ctx.get('authorization'));
    // Opaque token values are short; a JWT (an API resource token) is not accepted here.
    const token =
      value.length > 0 && !value.includes('.') ? await deps.getProvider().AccessToken.find(value) : undefined;
    if (!token?.accountId || token.isExpired) throw new RequestError('auth.unauthorized', 401);
    if (!token.scopes.has(deps.scope))
      throw new RequestError('auth.forbidden', 403, { message: `The access token lacks the \`${deps.scope}\` scope.` });
    ctx.state.accountId = token.accountId;
    ctx.state.accountScopes = token.scopes;
    // The sign-in session the token was issued in (Logto's `isCurrent` on the user's sessions).
    ctx.state.accountSessionUid = token.sessionUid;
    return next();
  };
}
