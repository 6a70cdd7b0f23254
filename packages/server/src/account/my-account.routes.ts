import type Router from '@koa/router';
import { z } from 'zod';

export { accountCaller, verificationIdHeader } from './account-caller.js';

import { createRouter, defineRoute, type RouteRegistry } from '../http/guard.js';
import { userMfaVerificationSchema } from '../users/user-mfa.schemas.js';
import { accountCaller, accountRoute } from './account-caller.js';
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
import type { MyAccount } from './my-account.service.js';
import { registerMyAccountExtraRoutes } from './my-account-extras.routes.js';
import type { MyAccountExtras } from './my-account-extras.service.js';

const route = accountRoute;

/** `/api/my-account`: the signed-in user's own profile, identifiers, password and MFA factors. */
export function createMyAccountRouter(deps: {
  myAccount: MyAccount;
  extras: MyAccountExtras;
  registry: RouteRegistry;
}): Router {
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
  registerMyAccountExtraRoutes(router, deps);
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
