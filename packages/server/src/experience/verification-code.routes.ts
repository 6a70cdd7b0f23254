import type Router from '@koa/router';
import type { Context } from 'koa';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import type { RequestError } from '../http/request-error.js';
import {
  type ExperienceState,
  newPasswordBodySchema,
  profileBodySchema,
  sendCodeBodySchema,
  verificationIdResponse,
  verifyCodeBodySchema,
} from './experience.schemas.js';
import type { ExperienceService } from './experience.service.js';
import { firstUiLocale, type InteractionStateAccess } from './interaction-state.js';
import { mfaCodeSendBodySchema, mfaCodeVerifyBodySchema } from './mfa.schemas.js';

/** Logto's verification code routes (email and SMS) and the profile steps of sign-up and password reset. */
export function registerVerificationCodeRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: { access: InteractionStateAccess; experience: ExperienceService },
): void {
  const { access, experience } = deps;
  const tags = ['Experience'];

  /** Checks a code: a wrong code counts even though the answer is an error, so the state is saved first. */
  async function checkCode(
    ctx: Context,
    check: (state: ExperienceState) => Promise<{ state: ExperienceState; error?: RequestError }>,
  ): Promise<void> {
    const interaction = await access.load(ctx);
    const outcome = await check(access.stateOf(interaction));
    await access.save(interaction, outcome.state);
    if (outcome.error) throw outcome.error;
  }

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/verification-code',
      summary: 'Send a verification code to an email address or phone number',
      tags,
      body: sendCodeBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 403, 422, 429, 502],
    },
    async ({ body, ctx }) => {
      const verificationId = await access.update(ctx, (state, interaction) =>
        experience.sendCode(state, body.identifier, body.interactionEvent, ctx.ip, firstUiLocale(interaction)),
      );
      return { verificationId };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/verification-code/verify',
      summary: 'Verify the code that was sent',
      tags,
      body: verifyCodeBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404, 429],
    },
    async ({ body, ctx }) => {
      await checkCode(ctx, (state) => experience.verifyCode(state, body.identifier, body.verificationId, body.code));
      return { verificationId: body.verificationId };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/mfa-verification-code',
      summary: "Send a code to the identified user's email or phone as the second factor",
      tags,
      body: mfaCodeSendBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404, 422, 429, 502],
    },
    async ({ body, ctx }) => {
      const verificationId = await access.update(ctx, (state) =>
        experience.sendMfaCode(state, body.identifierType, ctx.ip),
      );
      return { verificationId };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/mfa-verification-code/verify',
      summary: 'Verify the second-factor code that was sent',
      tags,
      body: mfaCodeVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404, 422, 429],
    },
    async ({ body, ctx }) => {
      await checkCode(ctx, (state) =>
        experience.verifyMfaCode(state, body.identifierType, body.verificationId, body.code),
      );
      return { verificationId: body.verificationId };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/profile',
      summary: 'Add a username, password, custom fields, or a verified email or phone to the profile',
      tags,
      body: profileBodySchema,
      status: 204,
      errors: [400, 422, 429],
    },
    async ({ body, ctx }) => {
      await access.replace(ctx, (state, { uid }) =>
        experience.addProfile(state, body, { interactionId: uid, ip: ctx.ip }),
      );
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'interaction',
      path: '/profile/password',
      summary: 'Set a new password (forgot password), checked against the password policy',
      tags,
      body: newPasswordBodySchema,
      status: 204,
      errors: [400, 404, 422, 429],
    },
    async ({ body, ctx }) => {
      await access.replace(ctx, (state, { uid }) =>
        experience.resetPassword(state, body.password, { interactionId: uid, ip: ctx.ip }),
      );
      return undefined;
    },
  );
}
