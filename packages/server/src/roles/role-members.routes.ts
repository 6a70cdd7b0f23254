import type Router from '@koa/router';
import { z } from 'zod';
import { applicationSchema } from '../applications/index.js';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import { userSchema } from '../users/index.js';
import type { RoleMembersService } from './role-members.service.js';
import {
  addedApplicationsSchema,
  addedUsersSchema,
  applicationIdsBodySchema,
  assignedRolesSchema,
  roleIdsBodySchema,
  roleSchema,
  roleSearchQuery,
  userIdsBodySchema,
} from './roles.schemas.js';

/**
 * Management API: role assignments, seen from the role (/roles/:id/users, /roles/:id/applications)
 * and from the holder (/users/:userId/roles, /applications/:applicationId/roles).
 */
export function registerRoleMemberRoutes(router: Router, registry: RouteRegistry, service: RoleMembersService) {
  const roleTags = ['Roles'];
  const role = z.object({ id: idParam });
  const user = z.object({ userId: idParam });
  const app = z.object({ applicationId: idParam });
  const replaceRoleIdsBody = z.object({ roleIds: z.array(idParam).max(1000) }).strict();
  const replacedRoleIdsSchema = z.object({ roleIds: z.array(z.string()) });

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/roles/:id/users',
      summary: 'List the users holding a role',
      tags: roleTags,
      params: role,
      query: roleSearchQuery,
      response: z.array(userSchema),
      status: 200,
      errors: [400, 404],
    },
    ({ params, query, ctx }) => paginate(ctx, (page) => service.usersOfRole(params.id, query.search, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/roles/:id/users',
      summary: 'Assign a User role to users',
      tags: roleTags,
      params: role,
      body: userIdsBodySchema,
      response: addedUsersSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => service.addUsers(params.id, body.userIds),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/roles/:id/users/:userId',
      summary: 'Remove a role from a user',
      tags: roleTags,
      params: role.extend(user.shape),
      status: 204,
      errors: [404],
    },
    ({ params }) => service.removeUser(params.id, params.userId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/roles/:id/applications',
      summary: 'List the applications holding a role',
      tags: roleTags,
      params: role,
      query: roleSearchQuery,
      response: z.array(applicationSchema),
      status: 200,
      errors: [400, 404],
    },
    ({ params, query, ctx }) => paginate(ctx, (page) => service.applicationsOfRole(params.id, query.search, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/roles/:id/applications',
      summary: 'Assign a MachineToMachine role to machine-to-machine applications',
      tags: roleTags,
      params: role,
      body: applicationIdsBodySchema,
      response: addedApplicationsSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => service.addApplications(params.id, body.applicationIds),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/roles/:id/applications/:applicationId',
      summary: 'Remove a role from an application',
      tags: roleTags,
      params: role.extend(app.shape),
      status: 204,
      errors: [404],
    },
    ({ params }) => service.removeApplication(params.id, params.applicationId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/roles',
      summary: "List a user's roles",
      tags: ['Users'],
      params: user,
      query: roleSearchQuery,
      response: z.array(roleSchema),
      status: 200,
      errors: [400, 404],
    },
    ({ params, query, ctx }) => paginate(ctx, (page) => service.rolesOfUser(params.userId, query.search, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/users/:userId/roles',
      summary: 'Assign User roles to a user',
      tags: ['Users'],
      params: user,
      body: roleIdsBodySchema,
      response: assignedRolesSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => service.assignToUser(params.userId, body.roleIds),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path: '/users/:userId/roles',
      summary: "Replace a user's roles (the user holds exactly these User roles afterwards)",
      tags: ['Users'],
      params: user,
      body: replaceRoleIdsBody,
      response: replacedRoleIdsSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => service.replaceUserRoles(params.userId, body.roleIds),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/users/:userId/roles/:roleId',
      summary: 'Remove a role from a user',
      tags: ['Users'],
      params: user.extend({ roleId: idParam }),
      status: 204,
      errors: [404],
    },
    ({ params }) => service.unassignFromUser(params.userId, params.roleId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/applications/:applicationId/roles',
      summary: "List a machine-to-machine application's roles",
      tags: ['Applications'],
      params: app,
      query: roleSearchQuery,
      response: z.array(roleSchema),
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, query, ctx }) =>
      paginate(ctx, (page) => service.rolesOfApplication(params.applicationId, query.search, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/applications/:applicationId/roles',
      summary: 'Assign MachineToMachine roles to a machine-to-machine application',
      tags: ['Applications'],
      params: app,
      body: roleIdsBodySchema,
      response: assignedRolesSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => service.assignToApplication(params.applicationId, body.roleIds),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path: '/applications/:applicationId/roles',
      summary: "Replace a machine-to-machine application's roles (it holds exactly these afterwards)",
      tags: ['Applications'],
      params: app,
      body: replaceRoleIdsBody,
      response: replacedRoleIdsSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => service.replaceApplicationRoles(params.applicationId, body.roleIds),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/applications/:applicationId/roles/:roleId',
      summary: 'Remove a role from a machine-to-machine application',
      tags: ['Applications'],
      params: app.extend({ roleId: idParam }),
      status: 204,
      errors: [404, 422],
    },
    ({ params }) => service.unassignFromApplication(params.applicationId, params.roleId),
  );
}
