import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { oneTimeTokenVerifyBodySchema, verificationIdResponse } from './experience.schemas.js';
import type { ExperienceService } from './experience.service.js';
import type { InteractionStateAccess } from './interaction-state.js';

/** Logto's magic link verification: the one-time token of `one_time_token`, for the email of `login_hint`. */
export function registerOneTimeTokenVerificationRoute(
  router: Router,
  registry: RouteRegistry,
  deps: { access: InteractionStateAccess; experience: ExperienceService },
): void {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/verification/one-time-token/verify',
      summary: 'Verify (and consume) a one-time token for its email',
      tags: ['Experience'],
      auth: 'interaction',
      body: oneTimeTokenVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 404],
    },
    async ({ body, ctx }) => {
      const verificationId = await deps.access.update(ctx, (state) =>
        deps.experience.verifyOneTimeToken(state, body.identifier.value, body.token),
      );
      return { verificationId };
    },
  );
}
