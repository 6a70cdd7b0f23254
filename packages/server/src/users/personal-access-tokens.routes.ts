import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import type { PersonalAccessTokens } from './personal-access-tokens.js';
import {
  bodyRenamePersonalAccessTokenSchema,
  createdPersonalAccessTokenSchema,
  createPersonalAccessTokenSchema,
  personalAccessTokenParams,
  personalAccessTokenSchema,
  renamePersonalAccessTokenSchema,
} from './personal-access-tokens.schemas.js';

const tags = ['Users'];
const path = '/users/:userId/personal-access-tokens';

/** Management API: a user's personal access tokens, in Logto's shape (the value only at creation). */
export function registerPersonalAccessTokenRoutes(
  router: Router,
  registry: RouteRegistry,
  tokens: PersonalAccessTokens,
) {
  const user = z.object({ userId: idParam });
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path,
      summary: "List a user's personal access tokens (never their values)",
      tags,
      params: user,
      response: z.array(personalAccessTokenSchema),
      status: 200,
      errors: [404],
    },
    ({ params }) => tokens.list(params.userId),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path,
      summary: 'Create a personal access token (its value is shown this once)',
      tags,
      params: user,
      body: createPersonalAccessTokenSchema,
      response: createdPersonalAccessTokenSchema,
      status: 201,
      errors: [400, 404, 422],
    },
    ({ params, body }) => tokens.create(params.userId, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path,
      summary: 'Rename a personal access token named in the body (`currentName` to `name`)',
      tags,
      params: user,
      body: bodyRenamePersonalAccessTokenSchema,
      response: personalAccessTokenSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => tokens.rename(params.userId, body.currentName ?? body.name, body.name),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: `${path}/delete`,
      summary: 'Delete a personal access token named in the body',
      tags,
      params: user,
      body: renamePersonalAccessTokenSchema,
      status: 204,
      errors: [400, 404],
    },
    ({ params, body }) => tokens.remove(params.userId, body.name),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: `${path}/:name`,
      summary: 'Rename a personal access token',
      tags,
      params: personalAccessTokenParams,
      body: renamePersonalAccessTokenSchema,
      response: personalAccessTokenSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => tokens.rename(params.userId, params.name, body.name),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: `${path}/:name`,
      summary: 'Delete a personal access token',
      tags,
      params: personalAccessTokenParams,
      status: 204,
      errors: [404],
    },
    ({ params }) => tokens.remove(params.userId, params.name),
  );
}
