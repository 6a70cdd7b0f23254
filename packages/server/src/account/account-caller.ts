import type { Context } from 'koa';
import type { RouteSpec } from '../http/guard.js';
import type { AccountCaller } from './my-account.service.js';

/** The Account API's header naming the verification record that proves the user's identity. */
export const verificationIdHeader = 'logto-verification-id';

/** The caller of an Account API route, from the guard's token and the request's header. */
export function accountCaller(ctx: Context): AccountCaller {
  const verificationId = ctx.get(verificationIdHeader);
  const sessionUid = ctx.state.accountSessionUid as string | undefined;
  return {
    userId: ctx.state.accountId as string,
    scopes: ctx.state.accountScopes as ReadonlySet<string>,
    ...(verificationId && { verificationId }),
    ...(sessionUid && { sessionUid }),
  };
}

/** Logto's koaOidcAuth: the user's opaque access token, which must carry `openid`. */
const auth = { accountToken: 'openid' };
/** An Account API route's declaration: the user's token, under the "My account" tag. */
export const accountRoute = (spec: Omit<RouteSpec, 'auth' | 'tags'>): RouteSpec => ({
  ...spec,
  auth,
  tags: ['My account'],
});
