import type Router from '@koa/router';
import { z } from 'zod';
import { createRouter, defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { myOrganizationSchema } from './organizations.schemas.js';
import type { OrganizationsService } from './organizations.service.js';

/**
 * The signed-in user's own organizations: `GET /api/my-account/organizations`, authorized by the
 * user's access token (see oidc/organization-account-auth.ts). Custom data stays an
 * administrator's: the answer holds id, name, description and the user's organization roles.
 */
export function createMyOrganizationsRouter(deps: {
  /** The scope the user's access token must carry (`urn:logto:scope:organizations`). */
  scope: string;
  organizations: OrganizationsService;
  isActiveUser: (userId: string) => Promise<boolean>;
  registry: RouteRegistry;
}): Router {
  const router = createRouter('/api/my-account');
  defineRoute(
    router,
    deps.registry,
    {
      method: 'get',
      auth: { accountToken: deps.scope },
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
