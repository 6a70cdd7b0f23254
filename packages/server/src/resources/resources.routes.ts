import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginateOptional } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import {
  createResourceSchema,
  createScopeSchema,
  isDefaultBodySchema,
  listResourcesQuery,
  listScopesQuery,
  resourceSchema,
  resourceWithScopesSchema,
  scopeSchema,
  updateResourceSchema,
  updateScopeSchema,
} from './resources.schemas.js';
import type { ResourcesService } from './resources.service.js';

const tags = ['Resources'];
const params = z.object({ id: idParam });
const scopeParams = z.object({ resourceId: idParam, scopeId: idParam });

/** Management API: API resources and their permissions (scopes). */
export function registerResourceRoutes(router: Router, registry: RouteRegistry, resources: ResourcesService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/resources',
      summary: 'List API resources',
      tags,
      query: listResourcesQuery,
      response: z.array(resourceWithScopesSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) => paginateOptional(ctx, (page) => resources.list(page, query.includeScopes)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/resources',
      summary: 'Create an API resource',
      tags,
      body: createResourceSchema,
      response: resourceWithScopesSchema,
      status: 201,
      errors: [400, 422],
    },
    ({ body }) => resources.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/resources/:id',
      summary: 'Get an API resource',
      tags,
      params,
      response: resourceSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => resources.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/resources/:id',
      summary: 'Update an API resource (not the Management API)',
      tags,
      params,
      body: updateResourceSchema,
      response: resourceSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => resources.update(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/resources/:id',
      summary: 'Delete an API resource, its permissions and their role grants',
      tags,
      params,
      status: 204,
      errors: [400, 404],
    },
    ({ params }) => resources.remove(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/resources/:id/is-default',
      summary: 'Make an API resource the default one (at most one is)',
      tags,
      params,
      body: isDefaultBodySchema,
      response: resourceSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => resources.setDefault(params.id, body.isDefault),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/resources/:resourceId/scopes',
      summary: 'List the permissions of an API resource',
      tags,
      params: z.object({ resourceId: idParam }),
      query: listScopesQuery,
      response: z.array(scopeSchema),
      status: 200,
      errors: [400, 404],
    },
    ({ params, query, ctx }) =>
      paginateOptional(ctx, (page) => resources.listScopes(params.resourceId, query.search, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/resources/:resourceId/scopes',
      summary: 'Create a permission',
      tags,
      params: z.object({ resourceId: idParam }),
      body: createScopeSchema,
      response: scopeSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => resources.createScope(params.resourceId, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/resources/:resourceId/scopes/:scopeId',
      summary: 'Update a permission',
      tags,
      params: scopeParams,
      body: updateScopeSchema,
      response: scopeSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => resources.updateScope(params.resourceId, params.scopeId, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/resources/:resourceId/scopes/:scopeId',
      summary: 'Delete a permission and its role grants',
      tags,
      params: scopeParams,
      status: 204,
      errors: [400, 404],
    },
    ({ params }) => resources.removeScope(params.resourceId, params.scopeId),
  );
}
