import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';

/**
 * Logto's `GET /api/status`, anonymous: 204 while the server can serve, i.e. while its database
 * answers; 503 otherwise, so a load balancer takes the node out instead of sending sign-ins to it.
 */
export function registerStatusRoute(router: Router, registry: RouteRegistry, databaseAnswers: () => Promise<boolean>) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/status',
      auth: 'public',
      summary: 'Health check: 204 while the database answers, else 503',
      tags: ['Status'],
      status: 204,
      errors: [503],
    },
    async ({ ctx }) => {
      ctx.set('Cache-Control', 'no-store');
      if (!(await databaseAnswers())) throw new RequestError('status.database_unavailable', 503);
      return undefined;
    },
  );
}
