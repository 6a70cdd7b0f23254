import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate, paginateOptional } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import { scopeWithResourceSchema } from '../resources/index.js';
import {
  createRoleSchema,
  listRolesQuery,
  roleListItemSchema,
  roleSchema,
  roleSearchQuery,
  scopeIdsBodySchema,
  updateRoleSchema,
} from './roles.schemas.js';
import type { RolesService } from './roles.service.js';

const tags = ['Roles'];
const params = z.object({ id: idParam });

/** Management API: roles and the permissions they grant. */
export function registerRoleRoutes(router: Router, registry: RouteRegistry, roles: RolesService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/roles',
      summary: 'List roles, with how many users and apps hold each',
      tags,
      query: listRolesQuery,
      response: z.array(roleListItemSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) => paginate(ctx, (page) => roles.list(query, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/roles',
      summary: 'Create a role, optionally with permissions',
      tags,
      body: createRoleSchema,
      response: roleSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ body }) => roles.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/roles/:id',
      summary: 'Get a role',
      tags,
      params,
      response: roleSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => roles.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/roles/:id',
      summary: 'Update a role',
      tags,
      params,
      body: updateRoleSchema,
      response: roleSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => roles.update(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/roles/:id',
      summary: 'Delete a role and all its grants and assignments',
      tags,
      params,
      status: 204,
      errors: [400, 404],
    },
    ({ params }) => roles.remove(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/roles/:id/scopes',
      summary: 'List the permissions a role grants',
      tags,
      params,
      query: roleSearchQuery,
      response: z.array(scopeWithResourceSchema),
      status: 200,
      errors: [400, 404],
    },
    ({ params, query, ctx }) => paginateOptional(ctx, (page) => roles.listScopes(params.id, query.search, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/roles/:id/scopes',
      summary: 'Grant permissions to a role',
      tags,
      params,
      body: scopeIdsBodySchema,
      response: z.array(scopeWithResourceSchema),
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => roles.addScopes(params.id, body.scopeIds),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/roles/:id/scopes/:scopeId',
      summary: 'Take a permission away from a role',
      tags,
      params: z.object({ id: idParam, scopeId: idParam }),
      status: 204,
      errors: [400, 404],
    },
    ({ params }) => roles.removeScope(params.id, params.scopeId),
  );
}
