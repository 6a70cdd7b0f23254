import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import { scopeSchema } from '../resources/index.js';
import type { OrganizationRolesService } from './organization-roles.service.js';
import {
  createOrganizationRoleSchema,
  organizationRoleSchema,
  organizationRoleWithScopesSchema,
  organizationScopeIdsBody,
  organizationScopeIdsReplaceBody,
  organizationScopeSchema,
  scopeIdsBody,
  scopeIdsReplaceBody,
  updateOrganizationRoleSchema,
} from './organization-template.schemas.js';
import { searchQuery } from './organizations.schemas.js';
import { defineRelationRoutes } from './relation.routes.js';

const tags = ['Organization roles'];
const params = z.object({ id: idParam });

/** Management API: organization roles of the organization template and the permissions they grant. */
export function registerOrganizationRoleRoutes(
  router: Router,
  registry: RouteRegistry,
  roles: OrganizationRolesService,
) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/organization-roles',
      summary: 'List organization roles with their permissions (search with q)',
      tags,
      query: searchQuery,
      response: z.array(organizationRoleWithScopesSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) => paginate(ctx, (page) => roles.list(query.q, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/organization-roles',
      summary: 'Create an organization role, optionally with organization and API permissions',
      tags,
      body: createOrganizationRoleSchema,
      response: organizationRoleSchema,
      status: 201,
      errors: [400, 422],
    },
    ({ body }) => roles.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/organization-roles/:id',
      summary: 'Get an organization role',
      tags,
      params,
      response: organizationRoleSchema,
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
      path: '/organization-roles/:id',
      summary: 'Update an organization role',
      tags,
      params,
      body: updateOrganizationRoleSchema,
      response: organizationRoleSchema,
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
      path: '/organization-roles/:id',
      summary: 'Delete an organization role; members holding it lose it',
      tags,
      params,
      status: 204,
      errors: [404],
    },
    ({ params }) => roles.remove(params.id),
  );

  defineRelationRoutes(router, registry, {
    path: '/organization-roles/:id/scopes',
    params,
    memberParam: 'organizationScopeId',
    key: 'organizationScopeIds',
    noun: 'organization permissions',
    owner: 'an organization role',
    tags,
    item: organizationScopeSchema,
    addBody: organizationScopeIdsBody,
    replaceBody: organizationScopeIdsReplaceBody,
    optionalPagination: true,
    list: (p, page, q) => roles.listScopes(p.id as string, page, q),
    add: (p, ids) => roles.addScopes(p.id as string, ids),
    replace: (p, ids) => roles.replaceScopes(p.id as string, ids),
    remove: (p, scopeId) => roles.removeScope(p.id as string, scopeId),
  });

  defineRelationRoutes(router, registry, {
    path: '/organization-roles/:id/resource-scopes',
    params,
    memberParam: 'scopeId',
    key: 'scopeIds',
    noun: 'API resource permissions',
    owner: 'an organization role',
    tags,
    item: scopeSchema,
    addBody: scopeIdsBody,
    replaceBody: scopeIdsReplaceBody,
    optionalPagination: true,
    list: (p, page, q) => roles.listResourceScopes(p.id as string, page, q),
    add: (p, ids) => roles.addResourceScopes(p.id as string, ids),
    replace: (p, ids) => roles.replaceResourceScopes(p.id as string, ids),
    remove: (p, scopeId) => roles.removeResourceScope(p.id as string, scopeId),
  });
}
