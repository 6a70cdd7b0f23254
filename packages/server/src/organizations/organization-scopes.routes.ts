import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import type { OrganizationScopesService } from './organization-scopes.service.js';
import {
  createOrganizationScopeSchema,
  organizationScopeSchema,
  updateOrganizationScopeSchema,
} from './organization-template.schemas.js';
import { searchQuery } from './organizations.schemas.js';

const tags = ['Organization scopes'];
const params = z.object({ id: idParam });

/** Management API: organization permissions (organization scopes) of the organization template. */
export function registerOrganizationScopeRoutes(
  router: Router,
  registry: RouteRegistry,
  scopes: OrganizationScopesService,
) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/organization-scopes',
      summary: 'List organization permissions (search with q)',
      tags,
      query: searchQuery,
      response: z.array(organizationScopeSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) => paginate(ctx, (page) => scopes.list(query.q, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/organization-scopes',
      summary: 'Create an organization permission; names are unique and hold no spaces',
      tags,
      body: createOrganizationScopeSchema,
      response: organizationScopeSchema,
      status: 201,
      errors: [400, 422],
    },
    ({ body }) => scopes.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/organization-scopes/:id',
      summary: 'Get an organization permission',
      tags,
      params,
      response: organizationScopeSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => scopes.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/organization-scopes/:id',
      summary: 'Update an organization permission',
      tags,
      params,
      body: updateOrganizationScopeSchema,
      response: organizationScopeSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => scopes.update(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/organization-scopes/:id',
      summary: 'Delete an organization permission; roles stop granting it',
      tags,
      params,
      status: 204,
      errors: [404],
    },
    ({ params }) => scopes.remove(params.id),
  );
}
