import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import { listLogsQuery, logSchema, userLogsQuery } from './logs.schemas.js';
import type { LogsService } from './logs.service.js';

const tags = ['Audit logs'];

type ListQuery = Omit<z.output<typeof listLogsQuery>, 'userId'> & { userId?: string };

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

  /** One page of a list's filters; a capped count says so in `Total-Number-Is-Capped`. */
  async function listPage(ctx: Context, query: ListQuery, page: { offset: number; limit: number }) {
    const filter = {
      userId: query.userId,
      applicationId: query.applicationId,
      key: query.logKey,
      after: query.start_time,
      before: query.end_time,
    };
    const { items, total, isCapped } = await logs.list(filter, page, { capped: query.enableCap === true });
    if (isCapped) ctx.set('Total-Number-Is-Capped', 'true');
    return { items, total };
  }

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
    ({ query, ctx }) => paginate(ctx, (page) => listPage(ctx, { ...query, userId: query.userId }, page)),
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
      return paginate(ctx, (page) => listPage(ctx, { ...query, userId: params.userId }, page));
    },
  );
}
