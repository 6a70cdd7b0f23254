import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginateOptional } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import {
  emailDomain,
  emailDomainBody,
  emailDomainSchema,
  emailDomainsReplaceBody,
} from './organization-jit.schemas.js';
import type { OrganizationJitService } from './organization-jit.service.js';
import { organizationRoleSchema } from './organization-template.schemas.js';
import { organizationRoleIdsBody, organizationRoleIdsReplaceBody, searchQuery } from './organizations.schemas.js';
import { defineRelationRoutes } from './relation.routes.js';

const tags = ['Organizations'];
const params = z.object({ id: idParam });

/** Management API: just-in-time provisioning by verified email domain, and the roles it gives. */
export function registerOrganizationJitRoutes(router: Router, registry: RouteRegistry, jit: OrganizationJitService) {
  const path = '/organizations/:id/jit/email-domains';

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path,
      summary: 'List the email domains whose users join the organization just in time',
      tags,
      params,
      query: searchQuery,
      response: z.array(emailDomainSchema),
      status: 200,
      errors: [400, 404],
    },
    ({ params, ctx }) => paginateOptional(ctx, (page) => jit.listDomains(params.id, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path,
      summary: 'Add a just-in-time email domain',
      tags,
      params,
      body: emailDomainBody,
      response: emailDomainSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => jit.addDomain(params.id, body.emailDomain),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path,
      summary: 'Replace the just-in-time email domains',
      tags,
      params,
      body: emailDomainsReplaceBody,
      status: 204,
      errors: [400, 404],
    },
    ({ params, body }) => jit.replaceDomains(params.id, body.emailDomains),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: `${path}/:emailDomain`,
      summary: 'Remove a just-in-time email domain',
      tags,
      params: params.extend({ emailDomain }),
      status: 204,
      errors: [400, 404],
    },
    ({ params }) => jit.removeDomain(params.id, params.emailDomain),
  );

  defineRelationRoutes(router, registry, {
    path: '/organizations/:id/jit/roles',
    params,
    memberParam: 'organizationRoleId',
    key: 'organizationRoleIds',
    noun: 'default roles given just in time',
    owner: 'an organization',
    tags,
    item: organizationRoleSchema,
    addBody: organizationRoleIdsBody,
    replaceBody: organizationRoleIdsReplaceBody,
    optionalPagination: true,
    list: (p, page) => jit.listRoles(p.id as string, page),
    add: (p, ids) => jit.addRoles(p.id as string, ids),
    replace: (p, ids) => jit.replaceRoles(p.id as string, ids),
    remove: (p, roleId) => jit.removeRole(p.id as string, roleId),
  });
}
