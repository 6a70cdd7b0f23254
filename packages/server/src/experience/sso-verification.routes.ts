import type Router from '@koa/router';
import { z } from 'zod';
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

/** As the social one, without `scope`: the connector's settings decide what is asked for. */
const ssoAuthorizationBody = socialAuthorizationBodySchema.omit({ scope: true });

/** Logto's enterprise SSO routes of the Experience API: find connectors by email, then authorize and verify. */
export function registerSsoVerificationRoutes(
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
      method: 'get',
      auth: 'public',
      path: '/sso-connectors',
      summary: "The enterprise SSO connectors for an email address's domain (none while single sign-on is off)",
      tags,
      query: z.object({ email: z.string().min(1).max(256) }),
      response: z.object({ connectorIds: z.array(z.string()) }),
      status: 200,
      errors: [400],
    },
    async ({ query }) => ({ connectorIds: await experience.ssoConnectorIds(query.email) }),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/sso/:connectorId/authorization-uri',
      summary: "Start an enterprise SSO verification: the URL to send the browser to at the company's provider",
      tags,
      params: connectorParams,
      body: ssoAuthorizationBody,
      response: socialAuthorizationResponse,
      status: 200,
      errors: [400, 422, 502],
    },
    async ({ params, body, ctx }) =>
      access.update(ctx, (state) => experience.ssoAuthorization(state, params.connectorId, body)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/verification/sso/:connectorId/verify',
      summary: 'Finish an enterprise SSO verification with what the provider sent to the redirect URI',
      tags,
      params: connectorParams,
      body: socialVerifyBodySchema,
      response: verificationIdResponse,
      status: 200,
      errors: [400, 401, 404, 422, 502],
    },
    async ({ params, body, ctx }) => {
      const verificationId = await access.update(ctx, (state) =>
        experience.verifySso(state, params.connectorId, body.connectorData, body.verificationId),
      );
      return { verificationId };
    },
  );
}
