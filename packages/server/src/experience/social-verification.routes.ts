import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import {
  connectorParams,
  socialAuthorizationBodySchema,
  socialAuthorizationResponse,
  socialVerifyBodySchema,
  verificationIdResponse,
} from './experience.schemas.js';
import type { ExperienceService } from './experience.service.js';
import type { InteractionStateAccess } from './interaction-state.js';

/** Logto's social verification routes: authorization URI, then the provider's callback data. */
export function registerSocialVerificationRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: { access: InteractionStateAccess; experience: ExperienceService },
): void {
  const { access, experience } = deps;
  const tags = ['Experience'];

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/social/:connectorId/authorization-uri',
      summary: 'Start a social verification: the URL to send the browser to at the provider',
      tags,
      params: connectorParams,
      body: socialAuthorizationBodySchema,
      response: socialAuthorizationResponse,
      status: 200,
      errors: [400, 422, 502],
    },
    async ({ params, body, ctx }) => {
      return access.update(ctx, (state) => experience.socialAuthorization(state, params.connectorId, body));
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/social/:connectorId/verify',
      summary: 'Finish a social verification with what the provider sent to the redirect URI',
      tags,
      params: connectorParams,
      body: socialVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 401, 404, 422, 502],
    },
    async ({ params, body, ctx }) => {
      const verificationId = await access.update(ctx, (state) =>
        experience.verifySocial(state, params.connectorId, body.connectorData, body.verificationId),
      );
      return { verificationId };
    },
  );
}
