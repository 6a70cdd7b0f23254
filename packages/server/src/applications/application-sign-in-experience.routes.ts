import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import {
  type ApplicationSignInExperienceService,
  applicationSignInExperienceBody,
  applicationSignInExperienceSchema,
} from './application-sign-in-experience.js';

/** Management API: a third-party application's own branding and terms links (Logto's shape). */
export function registerApplicationSignInExperienceRoutes(
  router: Router,
  registry: RouteRegistry,
  service: ApplicationSignInExperienceService,
) {
  const params = z.object({ applicationId: idParam });
  const path = '/applications/:applicationId/sign-in-experience';
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path,
      summary: "Get a third-party application's own sign-in experience",
      tags: ['Applications'],
      params,
      response: applicationSignInExperienceSchema,
      status: 200,
      errors: [404, 422],
    },
    ({ params }) => service.get(params.applicationId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path,
      summary: "Set a third-party application's own branding and terms links (201 when first set)",
      tags: ['Applications'],
      params,
      body: applicationSignInExperienceBody,
      response: applicationSignInExperienceSchema,
      status: 200,
      errors: [201, 400, 404, 422],
    },
    async ({ params, body, ctx }) => {
      const { created, value } = await service.put(params.applicationId, body);
      if (created) ctx.status = 201;
      return value;
    },
  );
}
