import type Router from '@koa/router';
import { z } from 'zod';
import { createRouter, defineRoute, type RouteRegistry } from '../http/guard.js';
import { accountCaller } from './account-caller.js';
import type { AccountCenterStore } from './account-center.store.js';
import {
  createdVerificationRecord,
  passwordVerificationBody,
  sendCodeBody,
  socialAuthorizationBody,
  socialAuthorizationResponse,
  socialVerifyBody,
  verifiedRecord,
  verifyCodeBody,
  webAuthnRegistrationResponse,
  webAuthnRegistrationVerifyBody,
} from './my-account.schemas.js';
import type { AccountCaller } from './my-account.service.js';
import type { VerificationRecords } from './verification-records.service.js';

const tags = ['Verifications'];
const auth = { accountToken: 'openid' };

/** `/api/verifications`: the signed-in user makes the verification records the Account API asks for. */
export function createVerificationsRouter(deps: {
  records: VerificationRecords;
  /** Refuses while the account center is off, or the user is suspended. */
  guardOpen: (caller: AccountCaller) => Promise<unknown>;
  registry: RouteRegistry;
}): Router {
  const router = createRouter('/api/verifications');
  const { records, registry } = deps;
  const caller = async (ctx: Parameters<typeof accountCaller>[0]) => {
    const found = accountCaller(ctx);
    await deps.guardOpen(found);
    return found;
  };

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/password',
      auth,
      tags,
      summary: 'Prove my identity with my password',
      body: passwordVerificationBody,
      response: createdVerificationRecord,
      status: 201,
      errors: [400, 401, 422, 429],
    },
    async ({ ctx, body }) => records.byPassword((await caller(ctx)).userId, body.password),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/verification-code',
      auth,
      tags,
      summary: 'Send a verification code to an email or phone',
      body: sendCodeBody,
      response: createdVerificationRecord,
      status: 201,
      errors: [400, 401, 422, 429],
    },
    async ({ ctx, body }) => records.sendCode((await caller(ctx)).userId, body.identifier, ctx.ip),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/verification-code/verify',
      auth,
      tags,
      summary: 'Verify the code sent',
      body: verifyCodeBody,
      response: verifiedRecord,
      status: 200,
      errors: [400, 401],
    },
    async ({ ctx, body }) =>
      records.verifyCode((await caller(ctx)).userId, body.identifier, body.verificationId, body.code),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/social',
      auth,
      tags,
      summary: "A social provider's authorization URL, to prove a social account",
      body: socialAuthorizationBody,
      response: socialAuthorizationResponse,
      status: 201,
      errors: [400, 401, 404, 422],
    },
    async ({ ctx, body }) => {
      const { connectorId, ...request } = body;
      return records.socialAuthorization((await caller(ctx)).userId, connectorId, request);
    },
  );
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/social/verify',
      auth,
      tags,
      summary: "Verify the social provider's callback",
      body: socialVerifyBody,
      response: verifiedRecord,
      status: 200,
      errors: [400, 401, 404, 422],
    },
    async ({ ctx, body }) =>
      records.verifySocial((await caller(ctx)).userId, body.verificationRecordId, body.connectorData),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/web-authn/registration',
      auth,
      tags,
      summary: 'Options to create a new passkey for my account',
      response: webAuthnRegistrationResponse,
      status: 200,
      errors: [400, 401],
    },
    async ({ ctx }) => records.webAuthnRegistration((await caller(ctx)).userId),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/web-authn/registration/verify',
      auth,
      tags,
      summary: "Verify the browser's answer for the new passkey (added with POST /api/my-account/mfa-verifications)",
      body: webAuthnRegistrationVerifyBody,
      response: verifiedRecord,
      status: 200,
      errors: [400, 401, 422],
    },
    async ({ ctx, body }) =>
      records.verifyWebAuthnRegistration(
        (await caller(ctx)).userId,
        body.verificationRecordId,
        body.payload,
        ctx.get('user-agent') || undefined,
      ),
  );
  return router;
}

/** `GET /.well-known/webauthn`: the origins that may use this server's RP ID (WebAuthn related origin requests). */
export function createWebAuthnWellKnownRouter(deps: {
  accountCenter: Pick<AccountCenterStore, 'get'>;
  registry: RouteRegistry;
}): Router {
  const router = createRouter('');
  defineRoute(
    router,
    deps.registry,
    {
      method: 'get',
      auth: 'public',
      path: '/.well-known/webauthn',
      summary: "The account center's related origins for passkeys",
      tags: ['Well-known'],
      response: z.object({ origins: z.array(z.string()) }),
      status: 200,
    },
    async () => ({ origins: (await deps.accountCenter.get()).webauthnRelatedOrigins }),
  );
  return router;
}
