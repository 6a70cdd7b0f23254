import Router from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { myOrganizationSchema } from './organizations.schemas.js';
import type { OrganizationsService } from './organizations.service.js';

/**
 * The signed-in user's own organizations: `GET /api/my-account/organizations`, authorized by the
 * user's access token (see oidc/organization-account-auth.ts). Custom data stays an
 * administrator's: the answer holds id, name, description and the user's organization roles.
 */
export function createMyOrganizationsRouter(deps: {
  auth: Middleware;
  organizations: OrganizationsService;
  isActiveUser: (userId: string) => Promise<boolean>;
  registry: RouteRegistry;
}): Router {
  const router = new Router({ prefix: '/api/my-account' });
  router.use('/organizations', deps.auth);
  defineRoute(
    router,
    deps.registry,
    {
      method: 'get',
      path: '/organizations',
      summary: "The signed-in user's organizations and their organization roles there",
      tags: ['My account'],
      response: z.array(myOrganizationSchema),
      status: 200,
      errors: [401, 403],
    },
    async ({ ctx }) => {
      const userId = ctx.state.accountId as string;
      if (!(await deps.isActiveUser(userId))) throw new RequestError('auth.unauthorized', 401);
      const organizations = await deps.organizations.ofUser(userId);
      return organizations.map(({ id, name, description, organizationRoles }) => ({
        id,
        name,
        description,
        organizationRoles,
      }));
    },
  );
  return router;
}
