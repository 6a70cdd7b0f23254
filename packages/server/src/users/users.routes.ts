import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate } from '../http/pagination.js';
import { idParam, jsonObject, text } from '../management/fields.js';
import { parseUserSearch } from './user-search.js';
import {
  createUserSchema,
  customDataBodySchema,
  hasPasswordSchema,
  listUsersQuery,
  passwordBodySchema,
  profileBodySchema,
  socialIdentityBodySchema,
  suspendBodySchema,
  updateUserSchema,
  userLogtoConfigBodySchema,
  userLogtoConfigSchema,
  userProfileSchema,
  userSchema,
} from './users.schemas.js';
import type { UsersService } from './users.service.js';

const tags = ['Users'];
const params = z.object({ userId: idParam });

/** Management API: user accounts in Logto's shape (never a password or its hash, only `hasPassword`). */
export function registerUserRoutes(router: Router, registry: RouteRegistry, users: UsersService) {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/users',
      summary: 'Create a user',
      tags,
      body: createUserSchema,
      response: userSchema,
      status: 200,
      errors: [400, 422],
    },
    ({ body }) => users.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users',
      summary: 'List or search users',
      tags,
      query: listUsersQuery,
      response: z.array(userSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) =>
      paginate(ctx, (page) =>
        users.list({ search: parseUserSearch(ctx.query, users.dialect), excludeRoleId: query.excludeRoleId }, page),
      ),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId',
      summary: 'Get a user',
      tags,
      params,
      response: userSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => users.get(params.userId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/users/:userId',
      summary: "Update a user's profile ('' or null clears a field)",
      tags,
      params,
      body: updateUserSchema,
      response: userSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => users.update(params.userId, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/users/:userId',
      summary: 'Delete a user',
      tags,
      params,
      status: 204,
      errors: [400, 404],
    },
    ({ params, ctx }) => users.remove(params.userId, (ctx.state.auth as { id?: string } | undefined)?.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/users/:userId/password',
      summary: "Set a user's password",
      tags,
      params,
      body: passwordBodySchema,
      response: userSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => users.setPassword(params.userId, body.password),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/users/:userId/is-suspended',
      summary: 'Suspend or reinstate a user',
      tags,
      params,
      body: suspendBodySchema,
      response: userSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => users.setSuspended(params.userId, body.isSuspended),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/has-password',
      summary: 'Whether a user has a password',
      tags,
      params,
      response: hasPasswordSchema,
      status: 200,
      errors: [404],
    },
    async ({ params }) => ({ hasPassword: (await users.get(params.userId)).hasPassword }),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/custom-data',
      summary: "Get a user's custom data",
      tags,
      params,
      response: jsonObject,
      status: 200,
      errors: [404],
    },
    ({ params }) => users.getCustomData(params.userId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/users/:userId/custom-data',
      summary: "Replace a user's custom data",
      tags,
      params,
      body: customDataBodySchema,
      response: jsonObject,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => users.setCustomData(params.userId, body.customData),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/users/:userId/identities/:target',
      summary: "Unlink a user's social identity (answers the identities left)",
      tags,
      params: z.object({ userId: idParam, target: text(128).min(1) }),
      response: jsonObject,
      status: 200,
      errors: [404],
    },
    ({ params }) => users.unlinkSocialIdentity(params.userId, params.target),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path: '/users/:userId/identities/:target',
      summary: "Set a user's social identity directly (200 when replaced, 201 when new; answers every identity)",
      tags,
      params: z.object({ userId: idParam, target: text(128).min(1) }),
      body: socialIdentityBodySchema,
      response: jsonObject,
      status: 200,
      errors: [400, 404, 422],
    },
    async ({ params, body, ctx }) => {
      const { created, identities } = await users.setSocialIdentity(params.userId, params.target, body);
      if (created) ctx.status = 201;
      return identities;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/users/:userId/profile',
      summary: "Update a user's OIDC profile claims (the claims given replace theirs; answers the profile)",
      tags,
      params,
      body: profileBodySchema,
      response: userProfileSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => users.updateProfile(params.userId, body.profile),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/users/:userId/password/verify',
      summary: "Check a password against the user's (204 when it matches, 422 when not)",
      tags,
      params,
      body: passwordBodySchema,
      status: 204,
      errors: [400, 404, 422],
    },
    ({ params, body }) => users.verifyPassword(params.userId, body.password),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/users/:userId/logto-configs',
      summary: "Get the exposed part of a user's Logto config (the MFA skip state)",
      tags,
      params,
      response: userLogtoConfigSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => users.exposedLogtoConfig(params.userId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/users/:userId/logto-configs',
      summary: "Update the exposed part of a user's Logto config (the MFA skip state)",
      tags,
      params,
      body: userLogtoConfigBodySchema,
      response: userLogtoConfigSchema,
      status: 200,
      errors: [400, 404],
    },
    async ({ params, body }) => {
      await users.findOrThrow(params.userId);
      await users.updateMfaConfig(params.userId, { skipped: body.mfa.skipped });
      return users.exposedLogtoConfig(params.userId);
    },
  );
}
