import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginateOptional } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import {
  createOneTimeTokenSchema,
  listOneTimeTokensQuery,
  oneTimeTokenSchema,
  oneTimeTokenStatusBody,
  verifyOneTimeTokenSchema,
} from './one-time-tokens.schemas.js';
import type { OneTimeTokensService } from './one-time-tokens.service.js';

const tags = ['One-time tokens'];
const params = z.object({ id: idParam });
const base = '/one-time-tokens';

/** Management API: Logto's one-time tokens, for magic links (`one_time_token` + `login_hint` at /oidc/auth). */
export function registerOneTimeTokenRoutes(router: Router, registry: RouteRegistry, tokens: OneTimeTokensService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: base,
      summary: 'List one-time tokens (filter by email or status); tokens themselves are never answered',
      tags,
      auth: 'management:read',
      query: listOneTimeTokensQuery,
      response: z.array(oneTimeTokenSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) =>
      paginateOptional(ctx, (page) => tokens.list({ email: query.email, status: query.status }, page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: base,
      summary: 'Create a one-time token for an email; the token is in this answer only',
      tags,
      auth: 'management',
      body: createOneTimeTokenSchema,
      response: oneTimeTokenSchema,
      status: 201,
      errors: [400],
    },
    ({ body }) => tokens.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: `${base}/verify`,
      summary: 'Verify and consume a one-time token for its email',
      tags,
      auth: 'management',
      body: verifyOneTimeTokenSchema,
      response: oneTimeTokenSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ body }) => tokens.consume(body.token, body.email),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: `${base}/:id`,
      summary: 'Get a one-time token',
      tags,
      auth: 'management:read',
      params,
      response: oneTimeTokenSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => tokens.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      path: `${base}/:id/status`,
      summary: 'Change the status of a one-time token (e.g. revoke it); never back to active',
      tags,
      auth: 'management',
      params,
      body: oneTimeTokenStatusBody,
      response: oneTimeTokenSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => tokens.setStatus(params.id, body.status),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path: `${base}/:id`,
      summary: 'Delete a one-time token',
      tags,
      auth: 'management',
      params,
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      await tokens.remove(params.id);
      return undefined;
    },
  );
}
