import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { createRouter, defineRoute, type RouteRegistry, type RouteSpec } from '../http/guard.js';
import { userMfaVerificationSchema } from '../users/user-mfa.schemas.js';
import {
  accountProfileSchema,
  addMfaBody,
  backupCodesResponse,
  identityTargetParams,
  linkIdentityBody,
  mfaNameBody,
  mfaVerificationParams,
  newPasswordBody,
  primaryEmailBody,
  primaryPhoneBody,
  profileResponse,
  totpSecretResponse,
  updateAccountBody,
  updateProfileBody,
} from './my-account.schemas.js';
import type { AccountCaller, MyAccount } from './my-account.service.js';

/** The Account API's header naming the verification record that proves the user's identity. */
export const verificationIdHeader = 'logto-verification-id';

/** The caller of an Account API route, from the guard's token and the request's header. */
export function accountCaller(ctx: Context): AccountCaller {
  const verificationId = ctx.get(verificationIdHeader);
  return {
    userId: ctx.state.accountId as string,
    scopes: ctx.state.accountScopes as ReadonlySet<string>,
    ...(verificationId && { verificationId }),
  };
}

const tags = ['My account'];
/** Logto's koaOidcAuth: the user's opaque access token, which must carry `openid`. */
const auth = { accountToken: 'openid' };
const route = (spec: Omit<RouteSpec, 'auth' | 'tags'>): RouteSpec => ({ ...spec, auth, tags });

/** `/api/my-account`: the signed-in user's own profile, identifiers, password and MFA factors. */
export function createMyAccountRouter(deps: { myAccount: MyAccount; registry: RouteRegistry }): Router {
  const router = createRouter('/api/my-account');
  const { myAccount, registry } = deps;
  const noContent = { status: 204, errors: [400, 401, 403, 422] };

  defineRoute(
    router,
    registry,
    { ...route({ method: 'get', path: '/', summary: 'Get my profile', status: 200 }), response: accountProfileSchema },
    ({ ctx }) => myAccount.get(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'patch', path: '/', summary: 'Update my name, avatar, username or custom data', status: 200 }),
      body: updateAccountBody,
      response: accountProfileSchema,
    },
    ({ ctx, body }) => myAccount.update(accountCaller(ctx), body),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'patch', path: '/profile', summary: 'Update my other profile claims', status: 200 }),
      body: updateProfileBody,
      response: profileResponse,
    },
    ({ ctx, body }) => myAccount.updateProfile(accountCaller(ctx), body),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'post', path: '/password', summary: 'Set my password', ...noContent }),
      body: newPasswordBody,
    },
    async ({ ctx, body }) => myAccount.setPassword(accountCaller(ctx), body.password),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'post', path: '/primary-email', summary: 'Set my primary email', ...noContent }),
      body: primaryEmailBody,
    },
    ({ ctx, body }) =>
      myAccount.setPrimaryEmail(accountCaller(ctx), body.email, body.newIdentifierVerificationRecordId),
  );
  defineRoute(
    router,
    registry,
    route({ method: 'delete', path: '/primary-email', summary: 'Remove my primary email', ...noContent }),
    ({ ctx }) => myAccount.removePrimaryEmail(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'post', path: '/primary-phone', summary: 'Set my primary phone', ...noContent }),
      body: primaryPhoneBody,
    },
    ({ ctx, body }) =>
      myAccount.setPrimaryPhone(accountCaller(ctx), body.phone, body.newIdentifierVerificationRecordId),
  );
  defineRoute(
    router,
    registry,
    route({ method: 'delete', path: '/primary-phone', summary: 'Remove my primary phone', ...noContent }),
    ({ ctx }) => myAccount.removePrimaryPhone(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'post', path: '/identities', summary: 'Link a verified social account', ...noContent }),
      body: linkIdentityBody,
    },
    ({ ctx, body }) => myAccount.linkIdentity(accountCaller(ctx), body.newIdentifierVerificationRecordId),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'delete', path: '/identities/:target', summary: 'Unlink a social account', ...noContent }),
      params: identityTargetParams,
    },
    ({ ctx, params }) => myAccount.removeIdentity(accountCaller(ctx), params.target),
  );
  registerMfaRoutes(router, deps);
  return router;
}

function registerMfaRoutes(router: Router, { myAccount, registry }: { myAccount: MyAccount; registry: RouteRegistry }) {
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'get', path: '/mfa-verifications', summary: 'List my MFA factors', status: 200 }),
      response: z.array(userMfaVerificationSchema),
    },
    ({ ctx }) => myAccount.mfaVerifications(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'post',
        path: '/mfa-verifications',
        summary: 'Add a TOTP factor, backup codes or a verified passkey',
        status: 204,
      }),
      body: addMfaBody,
      errors: [400, 401, 422],
    },
    ({ ctx, body }) => myAccount.addMfa(accountCaller(ctx), body),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'post',
        path: '/mfa-verifications/totp-secret/generate',
        summary: 'A new TOTP secret',
        status: 200,
      }),
      response: totpSecretResponse,
    },
    ({ ctx }) => myAccount.totpSecret(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'post',
        path: '/mfa-verifications/backup-codes/generate',
        summary: 'Ten new backup codes',
        status: 200,
      }),
      response: backupCodesResponse,
    },
    ({ ctx }) => myAccount.newBackupCodes(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'patch',
        path: '/mfa-verifications/:verificationId/name',
        summary: 'Rename one of my passkeys',
        status: 204,
      }),
      params: mfaVerificationParams,
      body: mfaNameBody,
      errors: [400, 401, 404],
    },
    ({ ctx, params, body }) => myAccount.renameMfa(accountCaller(ctx), params.verificationId, body.name),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'delete',
        path: '/mfa-verifications/:verificationId',
        summary: 'Remove an MFA factor',
        status: 204,
      }),
      params: mfaVerificationParams,
      errors: [400, 401],
    },
    ({ ctx, params }) => myAccount.removeMfa(accountCaller(ctx), params.verificationId),
  );
}
