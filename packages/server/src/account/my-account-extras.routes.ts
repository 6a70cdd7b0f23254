import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { readUploadedFile } from '../http/multipart.js';
import { maxUploadFileSize, userAssetsResponse } from '../user-assets/index.js';
import { grantSchema, grantsQuery, revokeGrantsTargetQuery, sessionSchema } from '../users/index.js';
import { accountCaller, accountRoute } from './account-caller.js';
import {
  grantIdParams,
  identityTargetParams,
  linkIdentityBody,
  logtoConfigPatchBody,
  logtoConfigResponse,
  mfaSettingsBody,
  mfaSettingsResponse,
  providerTokenBody,
  providerTokenResponse,
  replaceTotpBody,
  sessionIdParams,
} from './my-account.schemas.js';
import type { MyAccount } from './my-account.service.js';
import type { MyAccountExtras } from './my-account-extras.service.js';

const route = accountRoute;
const noContent = { status: 204, errors: [400, 401, 404, 422] };

/** Sessions, grants, logto-configs, MFA settings, TOTP replacement, identities (PUT), provider tokens, avatar. */
export function registerMyAccountExtraRoutes(
  router: Router,
  { extras, myAccount, registry }: { extras: MyAccountExtras; myAccount: MyAccount; registry: RouteRegistry },
): void {
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'get', path: '/sessions', summary: 'List my sign-in sessions', status: 200 }),
      response: z.object({ sessions: z.array(sessionSchema.extend({ isCurrent: z.boolean() })) }),
      errors: [400, 401],
    },
    ({ ctx }) => extras.listSessions(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'delete', path: '/sessions/:sessionId', summary: 'End one of my sessions', ...noContent }),
      params: sessionIdParams,
      query: revokeGrantsTargetQuery,
    },
    ({ ctx, params, query }) => extras.revokeSession(accountCaller(ctx), params.sessionId, query.revokeGrantsTarget),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'get', path: '/grants', summary: 'List what each app was granted', status: 200 }),
      query: grantsQuery,
      response: z.object({ grants: z.array(grantSchema) }),
      errors: [400, 401],
    },
    ({ ctx, query }) => extras.listGrants(accountCaller(ctx), query.appType),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'delete',
        path: '/grants/:grantId',
        summary: "Revoke an app's grant and its tokens",
        ...noContent,
      }),
      params: grantIdParams,
    },
    ({ ctx, params }) => extras.revokeGrant(accountCaller(ctx), params.grantId),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'get', path: '/logto-configs', summary: 'My MFA and passkey sign-in switches', status: 200 }),
      response: logtoConfigResponse,
      errors: [400, 401],
    },
    ({ ctx }) => extras.logtoConfigs(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'patch',
        path: '/logto-configs',
        summary: 'Change my MFA and passkey sign-in switches',
        status: 200,
      }),
      body: logtoConfigPatchBody,
      response: logtoConfigResponse,
      errors: [400, 401],
    },
    ({ ctx, body }) => extras.updateLogtoConfigs(accountCaller(ctx), body),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'get', path: '/mfa-settings', summary: 'Whether I skip MFA at sign-in', status: 200 }),
      response: mfaSettingsResponse,
      errors: [400, 401],
    },
    ({ ctx }) => extras.mfaSettings(accountCaller(ctx)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({ method: 'patch', path: '/mfa-settings', summary: 'Skip (or not) MFA at sign-in', status: 200 }),
      body: mfaSettingsBody,
      response: mfaSettingsResponse,
      errors: [400, 401],
    },
    ({ ctx, body }) => extras.updateMfaSettings(accountCaller(ctx), body.skipMfaOnSignIn),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'put',
        path: '/mfa-verifications/totp',
        summary: 'Bind a TOTP secret, replacing mine',
        ...noContent,
      }),
      body: replaceTotpBody,
    },
    ({ ctx, body }) => extras.replaceTotp(accountCaller(ctx), body.secret, body.code),
  );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'put',
        path: '/identities',
        summary: 'Link a verified social account, replacing one of its provider',
        ...noContent,
      }),
      body: linkIdentityBody,
    },
    ({ ctx, body }) => myAccount.linkIdentity(accountCaller(ctx), body.newIdentifierVerificationRecordId, true),
  );
  for (const method of ['get', 'put'] as const)
    defineRoute(
      router,
      registry,
      {
        ...route({
          method,
          path: '/identities/:target/access-token',
          summary:
            method === 'get' ? "A social provider's stored access token" : "Store a social provider's access token",
          status: 200,
        }),
        params: identityTargetParams,
        ...(method === 'put' && { body: providerTokenBody }),
        response: providerTokenResponse,
        errors: [400, 401, 404, 422],
      },
      ({ ctx, params, body }) =>
        method === 'get'
          ? extras.providerAccessToken(accountCaller(ctx), params.target)
          : extras.storeProviderAccessToken(
              accountCaller(ctx),
              params.target,
              (body as { verificationRecordId: string }).verificationRecordId,
            ),
    );
  defineRoute(
    router,
    registry,
    {
      ...route({
        method: 'post',
        path: '/user-assets/avatar',
        summary: 'Upload an avatar image (multipart `file`)',
        status: 200,
      }),
      response: userAssetsResponse,
      errors: [400, 401, 415],
    },
    ({ ctx }) => extras.uploadAvatar(accountCaller(ctx), () => readUploadedFile(ctx, maxUploadFileSize)),
  );
}
