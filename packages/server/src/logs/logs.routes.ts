import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import { listLogsQuery, logSchema, userLogsQuery } from './logs.schemas.js';
import type { LogsService } from './logs.service.js';

const tags = ['Audit logs'];

/**
 * Management API: Logto's audit log reads (`GET /api/logs`, `GET /api/logs/:id`), newest first,
 * and a user's own logs (`GET /api/users/:userId/logs`, which Logto 1.42 lacks).
 */
export function registerLogRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: { logs: LogsService; assertUserExists: (id: string) => Promise<unknown> },
) {
  const { logs } = deps;

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/logs',
      summary: 'List audit logs, newest first (filter by user, application or log key)',
      tags,
      auth: 'management:read',
      query: listLogsQuery,
      response: z.array(logSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) =>
      paginate(ctx, (page) =>
        logs.list({ userId: query.userId, applicationId: query.applicationId, key: query.logKey }, page),
      ),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/logs/:id',
      summary: 'Get an audit log entry',
      tags,
      auth: 'management:read',
      params: z.object({ id: idParam }),
      response: logSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => logs.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/users/:userId/logs',
      summary: "List a user's audit logs, newest first (filter by application or log key)",
      tags,
      auth: 'management:read',
      params: z.object({ userId: idParam }),
      query: userLogsQuery,
      response: z.array(logSchema),
      status: 200,
      errors: [400, 404],
    },
    async ({ params, query, ctx }) => {
      await deps.assertUserExists(params.userId);
      return paginate(ctx, (page) =>
        logs.list({ userId: params.userId, applicationId: query.applicationId, key: query.logKey }, page),
      );
    },
  );
}
