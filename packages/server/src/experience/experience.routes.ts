import type Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { createRouter, defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import type { LogPayload } from '../logs/index.js';
import {
  eventBodySchema,
  type InteractionEvent,
  identificationBodySchema,
  interactionResponse,
  passwordVerificationBodySchema,
  redirectResponse,
  startBodySchema,
  verificationIdResponse,
} from './experience.schemas.js';
import { type ExperienceService, passwordResetDone } from './experience.service.js';
import { auditExperienceSteps } from './experience-audit.js';
import { interactionState } from './interaction-state.js';
import { registerMfaRoutes } from './mfa.routes.js';
import { registerOneTimeTokenVerificationRoute } from './one-time-token.routes.js';
import { registerSocialVerificationRoutes } from './social-verification.routes.js';
import { registerSsoVerificationRoutes } from './sso-verification.routes.js';
import { registerVerificationCodeRoutes } from './verification-code.routes.js';

/**
 * Logto's Experience API: anonymous, bound to the `_interaction` cookie the provider set
 * when the app sent the browser to /oidc/auth. Each handler loads the state, asks the
 * service, and saves the state back into the interaction.
 */
export interface SubmittedInteraction {
  event: InteractionEvent;
  userId: string;
  applicationId: string | undefined;
}

export function createExperienceRouter(deps: {
  getProvider: () => Provider;
  experience: ExperienceService;
  registry: RouteRegistry;
  /** The realm's base path: `/admin` serves `/admin/api/experience`. */
  basePath?: string;
  /** Where each step's audit entry goes (the realm's log writer). */
  audit: (payload: LogPayload) => void;
  /** Logto's interaction hook events, written to the webhook outbox once submit succeeded. */
  onSubmitted?: (submitted: SubmittedInteraction, ctx: Context) => Promise<void>;
  /** App-level access control: whether the user may sign in to the app (true for apps without it). */
  appAccess?: (applicationId: string, userId: string) => Promise<boolean>;
}): Router {
  const { experience, registry } = deps;
  const router = createRouter(`${deps.basePath ?? ''}/api/experience`);
  router.use(auditExperienceSteps(`${deps.basePath ?? ''}/api/experience`, deps.audit));
  const tags = ['Experience'];
  const access = interactionState(deps.getProvider);
  const { load, stateOf, save } = access;

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'interaction',
      path: '/',
      summary: 'Start an interaction with its event',
      tags,
      body: startBodySchema,
      status: 204,
      errors: [403, 422, 503],
    },
    async ({ body, ctx }) => {
      const interaction = await load(ctx);
      await save(interaction, await experience.start(body.interactionEvent, body.captchaToken, ctx.ip));
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'interaction',
      path: '/interaction-event',
      summary: 'Switch the interaction event',
      tags,
      body: eventBodySchema,
      status: 204,
    },
    async ({ body, ctx }) => {
      const interaction = await load(ctx);
      await save(interaction, await experience.switchEvent(stateOf(interaction), body.interactionEvent));
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'interaction',
      path: '/interaction',
      summary: 'Read the current interaction',
      tags,
      response: interactionResponse,
      status: 200,
    },
    async ({ ctx }) => {
      const interaction = await load(ctx);
      const state = stateOf(interaction);
      const params = Object.fromEntries(
        Object.entries(interaction.params).filter(([, v]) => typeof v === 'string'),
      ) as Record<string, string>;
      return {
        interactionEvent: state.event,
        userId: state.userId,
        profile: { username: state.profile?.username },
        verificationRecords: Object.values(state.verifications).map((v) =>
          v.type === 'Social' || v.type === 'EnterpriseSso'
            ? { id: v.id, type: v.type, connectorId: v.connectorId, verified: v.verified !== undefined }
            : v.type === 'Totp' || v.type === 'BackupCode'
              ? { id: v.id, type: v.type, verified: v.verified }
              : {
                  id: v.id,
                  type: v.type,
                  identifier: v.identifier,
                  verified: v.type === 'NewPasswordIdentity' ? undefined : v.verified,
                },
        ),
        applicationId: params.client_id,
        params,
      };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/password',
      summary: 'Verify a password for an identifier',
      tags,
      body: passwordVerificationBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [422, 429],
    },
    async ({ body, ctx }) => {
      const interaction = await load(ctx);
      const [state, verificationId] = await experience.verifyPassword(
        stateOf(interaction),
        body.identifier,
        body.password,
        ctx.ip,
      );
      await save(interaction, state);
      return { verificationId };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/new-password-identity',
      summary: 'Register a new identifier with a password',
      tags,
      body: passwordVerificationBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 422, 429],
    },
    async ({ body, ctx }) => {
      const interaction = await load(ctx);
      const [state, verificationId] = await experience.newPasswordIdentity(
        stateOf(interaction),
        body.identifier,
        body.password,
        { interactionId: interaction.uid, ip: ctx.ip },
      );
      await save(interaction, state);
      return { verificationId };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/identification',
      summary: 'Identify (or create) the user of the interaction',
      tags,
      body: identificationBodySchema,
      status: 204,
      errors: [201, 400, 401, 404, 422],
    },
    async ({ body, ctx }) => {
      const interaction = await load(ctx);
      const [state, created] = await experience.identify(
        stateOf(interaction),
        body.verificationId,
        body.linkSocialIdentity,
      );
      await save(interaction, state);
      ctx.status = created ? 201 : 204;
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/profile/mfa/mfa-suggestion-skipped',
      summary: 'Decline the suggestion to add another MFA factor (remembered for the user)',
      tags,
      status: 204,
      errors: [404],
    },
    async ({ ctx }) => {
      await access.replace(ctx, (state) => experience.skipMfaSuggestion(state));
      return undefined;
    },
  );

  registerSocialVerificationRoutes(router, registry, { access, experience });
  registerSsoVerificationRoutes(router, registry, { access, experience });
  registerVerificationCodeRoutes(router, registry, { access, experience });
  registerOneTimeTokenVerificationRoute(router, registry, { access, experience });
  registerMfaRoutes(router, registry, { access, mfa: experience.mfa, bindMfa: experience.bindMfa });

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/submit',
      summary: 'Finish the interaction and get the URL to continue at',
      tags,
      response: redirectResponse,
      status: 200,
      errors: [204, 400, 401, 403, 404, 422],
    },
    async ({ ctx }) => {
      const interaction = await load(ctx);
      const state = stateOf(interaction);
      const applicationId = String(interaction.params.client_id ?? '') || undefined;
      if (passwordResetDone(state)) {
        ctx.status = 204;
        if (state.userId) await deps.onSubmitted?.({ event: state.event, userId: state.userId, applicationId }, ctx);
        return undefined;
      }
      const accountId = await experience.accountToSubmit(state);
      if (applicationId && deps.appAccess && !(await deps.appAccess(applicationId, accountId)))
        throw new RequestError('oidc.access_denied', 400, {
          message: 'You do not have access to this application.',
        });
      const redirectTo = await deps
        .getProvider()
        .interactionResult(ctx.req, ctx.res, { login: { accountId } }, { mergeWithLastSubmission: false });
      await deps.onSubmitted?.({ event: state.event, userId: accountId, applicationId }, ctx);
      return { redirectTo };
    },
  );

  return router;
}
