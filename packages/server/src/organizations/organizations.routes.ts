import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate, paginateOptional } from '../http/pagination.js';
import { idParam, paginationParams } from '../management/fields.js';
import {
  createOrganizationSchema,
  listOrganizationsQuery,
  organizationListItemSchema,
  organizationSchema,
  organizationWithRolesSchema,
  updateOrganizationSchema,
} from './organizations.schemas.js';
import type { OrganizationsService } from './organizations.service.js';

const tags = ['Organizations'];
const params = z.object({ id: idParam });

/** Management API: organizations themselves, and a user's organizations. */
export function registerOrganizationRoutes(
  router: Router,
  registry: RouteRegistry,
  organizations: OrganizationsService,
) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/organizations',
      summary: 'List organizations (search with q; showFeatured adds member counts)',
      tags,
      query: listOrganizationsQuery,
      response: z.array(organizationListItemSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) => paginate(ctx, (page) => organizations.list(query.q, page, query.showFeatured)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/organizations',
      summary: 'Create an organization',
      tags,
      body: createOrganizationSchema,
      response: organizationSchema,
      status: 201,
      errors: [400],
    },
    ({ body }) => organizations.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/organizations/:id',
      summary: 'Get an organization',
      tags,
      params,
      response: organizationSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => organizations.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/organizations/:id',
      summary: 'Update an organization',
      tags,
      params,
      body: updateOrganizationSchema,
      response: organizationSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => organizations.update(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/organizations/:id',
      summary: 'Delete an organization with its memberships, JIT rules and invitations',
      tags,
      params,
      status: 204,
      errors: [404],
    },
    ({ params }) => organizations.remove(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/organizations',
      summary: "List a user's organizations with the organization roles the user holds in each",
      tags: ['Users'],
      params: z.object({ userId: idParam }),
      response: z.array(organizationWithRolesSchema),
      status: 200,
      errors: [404],
    },
    ({ params }) => organizations.ofUser(params.userId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/applications/:id/organizations',
      summary:
        "List a machine-to-machine application's organizations with the organization roles it holds in each (pages optional)",
      tags: ['Applications'],
      params: z.object({ id: idParam }),
      query: z.object(paginationParams),
      response: z.array(organizationWithRolesSchema),
      status: 200,
      errors: [400, 404],
    },
    ({ params, ctx }) => paginateOptional(ctx, (page) => organizations.ofApplication(params.id, page)),
  );
}
