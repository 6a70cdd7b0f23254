import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import type { OrganizationMembersService } from './organization-members.service.js';
import { organizationRoleSchema, organizationScopeSchema } from './organization-template.schemas.js';
import {
  applicationIdsBody,
  applicationIdsReplaceBody,
  applicationsRolesBody,
  applicationWithOrganizationRolesSchema,
  organizationRoleIdsBody,
  organizationRoleIdsReplaceBody,
  userIdsBody,
  userIdsReplaceBody,
  usersRolesBody,
  userWithOrganizationRolesSchema,
} from './organizations.schemas.js';
import { defineRelationRoutes } from './relation.routes.js';

const tags = ['Organizations'];
const organization = z.object({ id: idParam });

/**
 * Management API: members of an organization (users, and machine-to-machine apps) and their
 * organization roles.
 */
export function registerOrganizationMemberRoutes(
  router: Router,
  registry: RouteRegistry,
  service: OrganizationMembersService,
) {
  const kinds = [
    {
      segment: 'users',
      memberParam: 'userId',
      key: 'userIds',
      noun: 'users',
      item: userWithOrganizationRolesSchema,
      addBody: userIdsBody,
      replaceBody: userIdsReplaceBody,
      rolesBody: usersRolesBody,
      ops: service.users,
    },
    {
      segment: 'applications',
      memberParam: 'applicationId',
      key: 'applicationIds',
      noun: 'machine-to-machine applications',
      item: applicationWithOrganizationRolesSchema,
      addBody: applicationIdsBody,
      replaceBody: applicationIdsReplaceBody,
      rolesBody: applicationsRolesBody,
      ops: service.applications,
    },
  ] as const;

  for (const kind of kinds) {
    const { ops, memberParam } = kind;
    defineRelationRoutes(router, registry, {
      path: `/organizations/:id/${kind.segment}`,
      params: organization,
      memberParam,
      key: kind.key,
      noun: `member ${kind.noun}`,
      owner: 'an organization',
      tags,
      item: kind.item as z.ZodType,
      addBody: kind.addBody,
      replaceBody: kind.replaceBody,
      list: (p, page, q) => ops.list(p.id as string, q, page ?? { offset: 0, limit: 20 }),
      add: (p, ids) => ops.add(p.id as string, ids),
      replace: (p, ids) => ops.replace(p.id as string, ids),
      remove: (p, memberId) => ops.remove(p.id as string, memberId),
    });

    defineRoute(
      router,
      registry,
      {
        method: 'post',
        auth: 'management',
        path: `/organizations/:id/${kind.segment}/roles`,
        summary: `Give several member ${kind.noun} several organization roles`,
        tags,
        params: organization,
        body: kind.rolesBody,
        // Logto answers an empty 201; echoing what was assigned keeps the API all-JSON.
        response: z.object({ [kind.key]: z.array(z.string()), organizationRoleIds: z.array(z.string()) }),
        status: 201,
        errors: [400, 404, 422],
      },
      async ({ params, body }) => {
        const memberIds = 'userIds' in body ? body.userIds : body.applicationIds;
        await ops.addRolesToMany(params.id, memberIds, body.organizationRoleIds);
        return { [kind.key]: [...new Set(memberIds)], organizationRoleIds: [...new Set(body.organizationRoleIds)] };
      },
    );

    const member = organization.extend({ [memberParam]: idParam });
    defineRelationRoutes(router, registry, {
      path: `/organizations/:id/${kind.segment}/:${memberParam}/roles`,
      params: member,
      memberParam: 'organizationRoleId',
      key: 'organizationRoleIds',
      noun: 'organization roles',
      owner: `a member of the organization (${kind.noun})`,
      tags,
      item: organizationRoleSchema,
      addBody: organizationRoleIdsBody,
      replaceBody: organizationRoleIdsReplaceBody,
      optionalPagination: true,
      list: (p, page) => ops.listRoles(p.id as string, p[memberParam] as string, page),
      add: (p, ids) => ops.addRoles(p.id as string, p[memberParam] as string, ids),
      replace: (p, ids) => ops.replaceRoles(p.id as string, p[memberParam] as string, ids),
      remove: (p, roleId) => ops.removeRole(p.id as string, p[memberParam] as string, roleId),
    });
  }

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/organizations/:id/users/:userId/scopes',
      summary: 'List the organization permissions a member user holds through organization roles',
      tags,
      params: organization.extend({ userId: idParam }),
      response: z.array(organizationScopeSchema),
      status: 200,
      errors: [404, 422],
    },
    ({ params }) => service.users.scopes(params.id, params.userId),
  );
}
