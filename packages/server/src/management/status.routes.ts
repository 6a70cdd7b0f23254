import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { text } from './fields.js';

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

/**
 * Logto's `GET /api/.well-known/endpoints/:tenantId` (which its console reads on the admin
 * tenant): where a tenant's users sign in. Tessera runs one tenant, `default`; others are 404.
 */
export function registerEndpointsRoute(router: Router, registry: RouteRegistry, endpoint: string) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/.well-known/endpoints/:tenantId',
      auth: 'public',
      summary: 'The endpoint of a tenant’s users (Tessera has one tenant, default)',
      tags: ['Well-known'],
      params: z.object({ tenantId: text(64).min(1) }),
      response: z.object({ user: z.string() }),
      status: 200,
      errors: [404],
    },
    ({ params }) => {
      if (params.tenantId !== 'default') throw new RequestError('entity.not_found', 404);
      return { user: new URL(endpoint).toString() };
    },
  );
}
