import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';

/**
 * Logto's `GET /api/systems/application`: the default domain of protected apps. Tessera has no
 * protected apps (Logto Cloud's hosted app proxy), so it answers 501 as a self-hosted Logto
 * without a protected app provider does.
 */
export function registerSystemRoutes(router: Router, registry: RouteRegistry) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/systems/application',
      summary: 'The default domain of protected apps: 501, Tessera has no protected apps',
      tags: ['Systems'],
      response: z.object({ protectedApps: z.object({ defaultDomain: z.string() }) }),
      status: 200,
      errors: [501],
    },
    () => {
      throw new RequestError('application.protected_app_not_configured', 501, {
        message: 'Protected apps are not available on this server.',
      });
    },
  );
}
