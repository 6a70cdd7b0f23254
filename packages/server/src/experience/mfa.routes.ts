import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { type ExperienceState, verificationIdResponse } from './experience.schemas.js';
import type { InteractionStateAccess } from './interaction-state.js';
import type { MfaFactor } from './mfa.schemas.js';
import {
  backupCodesResponse,
  backupCodeVerifyBodySchema,
  bindMfaBodySchema,
  bindPasskeyBodySchema,
  totpSecretResponse,
  totpVerifyBodySchema,
} from './mfa.schemas.js';
import type { MfaService } from './mfa.service.js';

/** Logto's MFA routes of the Experience API: TOTP and backup codes, binding and skipping. */
export function registerMfaRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: {
    access: InteractionStateAccess;
    mfa: MfaService;
    bindMfa: (state: ExperienceState, type: MfaFactor, verificationId: string) => Promise<ExperienceState>;
  },
): void {
  const { access, mfa, bindMfa } = deps;
  const tags = ['Experience'];

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/totp/secret',
      summary: 'Create a TOTP secret to bind, with its QR code',
      tags,
      response: totpSecretResponse,
      status: 200,
      errors: [400, 422],
    },
    async ({ ctx }) => {
      return access.update(ctx, (state) => mfa.createTotpSecret(state));
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/totp/verify',
      summary: "Verify a TOTP code: the new secret's (with verificationId) or the user's bound one",
      tags,
      body: totpVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404, 422, 429],
    },
    async ({ body, ctx }) => {
      const verificationId = await access.update(ctx, (state) => mfa.verifyTotp(state, body.code, body.verificationId));
      return { verificationId };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/backup-code/generate',
      summary: 'Generate ten single-use backup codes to bind',
      tags,
      response: backupCodesResponse,
      status: 200,
      errors: [400],
    },
    async ({ ctx }) => {
      return access.update(ctx, (state) => mfa.generateBackupCodes(state));
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/backup-code/verify',
      summary: 'Verify (and use up) one of the backup codes of the identified user',
      tags,
      body: backupCodeVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404, 429],
    },
    async ({ body, ctx }) => {
      const verificationId = await access.update(ctx, (state) => mfa.verifyBackupCode(state, body.code));
      return { verificationId };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/profile/mfa',
      summary: 'Bind a verified new MFA factor (stored at submit); email and phone factors add the verified address',
      tags,
      body: bindMfaBodySchema,
      status: 204,
      errors: [400, 404, 422],
    },
    async ({ body, ctx }) => {
      await access.replace(ctx, (state) => bindMfa(state, body.type, body.verificationId));
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/profile/mfa/passkey',
      summary: 'Add a verified new passkey for passkey sign-in (stored at submit)',
      tags,
      body: bindPasskeyBodySchema,
      status: 204,
      errors: [400, 404],
    },
    async ({ body, ctx }) => {
      await access.replace(ctx, (state) => mfa.bindPasskey(state, body.verificationId));
      return undefined;
    },
  );

  // The user's answers to a prompt: no body, the state changes, remembered for the user at submit.
  const choices = [
    {
      path: '/profile/mfa/passkey-skipped',
      summary: 'Decline adding a passkey for sign-in (remembered for the user at sign-in)',
      step: async (state: ExperienceState) => mfa.skipPasskey(state),
      errors: [404],
    },
    {
      path: '/profile/mfa/mfa-enabled',
      summary: "Turn MFA on for the user (kept in the user's logto_config at submit)",
      step: async (state: ExperienceState) => mfa.enable(state),
      errors: [404],
    },
    {
      path: '/profile/mfa/mfa-skipped',
      summary: 'Skip setting up MFA when the policy makes it optional',
      step: (state: ExperienceState) => mfa.skip(state),
      errors: [422],
    },
  ];
  for (const { path, summary, step, errors } of choices)
    defineRoute(
      router,
      registry,
      { method: 'post', auth: 'interaction', path, summary, tags, status: 204, errors },
      async ({ ctx }) => {
        await access.replace(ctx, step);
        return undefined;
      },
    );
}
