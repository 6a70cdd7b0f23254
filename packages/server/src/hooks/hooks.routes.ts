import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginate, paginateOptional } from '../http/pagination.js';
import { idParam, paginationParams, queryFlag } from '../management/fields.js';
import {
  createHookSchema,
  hookListItemSchema,
  hookLogSchema,
  hookSchema,
  testHookSchema,
  updateHookSchema,
} from './hooks.schemas.js';
import type { HooksService } from './hooks.service.js';

const tags = ['Hooks'];
const params = z.object({ id: idParam });
const listQuery = z.object({
  ...paginationParams,
  includeExecutionStats: queryFlag
    .optional()
    .meta({ description: 'With `true`, each hook has `executionStats` over the last 24 hours.' }),
});

/** Management API: Logto's webhooks. Every answer holds the signing key, so reads need `all`. */
export function registerHookRoutes(router: Router, registry: RouteRegistry, hooks: HooksService) {
  const route = { tags, auth: 'management' as const };
  defineRoute(
    router,
    registry,
    {
      ...route,
      method: 'get',
      path: '/hooks',
      summary: 'List webhooks',
      query: listQuery,
      response: z.array(hookListItemSchema),
      status: 200,
    },
    ({ ctx, query }) =>
      paginateOptional(ctx, async (page) => {
        const all = await hooks.list();
        const items = page ? all.slice(page.offset, page.offset + page.limit) : all;
        if (!query.includeExecutionStats) return { items, total: all.length };
        const stats = await hooks.executionStats();
        const none = { requestCount: 0, successCount: 0 };
        return {
          items: items.map((hook) => ({ ...hook, executionStats: stats.get(hook.id) ?? none })),
          total: all.length,
        };
      }),
  );
  defineRoute(
    router,
    registry,
    {
      ...route,
      method: 'post',
      path: '/hooks',
      summary: 'Create a webhook; the answer holds its signing key',
      body: createHookSchema,
      response: hookSchema,
      status: 201,
      errors: [400],
    },
    ({ body }) => hooks.create(body),
  );
  defineRoute(
    router,
    registry,
    {
      ...route,
      method: 'get',
      path: '/hooks/:id',
      summary: 'Get a webhook',
      params,
      response: hookSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => hooks.get(params.id),
  );
  defineRoute(
    router,
    registry,
    {
      ...route,
      method: 'patch',
      path: '/hooks/:id',
      summary: 'Update a webhook',
      params,
      body: updateHookSchema,
      response: hookSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => hooks.update(params.id, body),
  );
  defineRoute(
    router,
    registry,
    { ...route, method: 'delete', path: '/hooks/:id', summary: 'Delete a webhook', params, status: 204, errors: [404] },
    async ({ params }) => {
      await hooks.remove(params.id);
      return undefined;
    },
  );
  defineRoute(
    router,
    registry,
    {
      ...route,
      method: 'get',
      path: '/hooks/:id/recent-logs',
      summary: 'Deliveries of the last 24 hours, newest first (with their outbox state)',
      params,
      query: z.object(paginationParams),
      response: z.array(hookLogSchema),
      status: 200,
      errors: [404],
    },
    ({ params, ctx }) => paginate(ctx, (page) => hooks.recentLogs(params.id, page)),
  );
  defineRoute(
    router,
    registry,
    {
      ...route,
      method: 'patch',
      path: '/hooks/:id/signing-key',
      summary: 'Replace the signing key of a webhook',
      params,
      response: hookSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => hooks.rotateSigningKey(params.id),
  );
  defineRoute(
    router,
    registry,
    {
      ...route,
      method: 'post',
      path: '/hooks/:id/test',
      summary: 'Send a signed sample payload of each event to the given config now',
      params,
      body: testHookSchema,
      status: 204,
      errors: [400, 404, 422],
    },
    async ({ params, body }) => {
      await hooks.sendTest(params.id, body);
      return undefined;
    },
  );
}
