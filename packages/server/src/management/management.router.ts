import Router from '@koa/router';
import type { Services } from '../app.js';
import type { RouteRegistry } from '../http/guard.js';
import { createManagementAuth } from './auth.js';

/** Every Management API route under /api, behind the Management API token check. */
export function createManagementRouter(services: Services, registry: RouteRegistry): Router {
  const router = new Router({ prefix: '/api' });
  router.use(
    createManagementAuth({
      issuer: services.config.issuer,
      audience: services.config.managementApiIndicator,
      getJwks: services.publicJwks,
    }),
  );
  void registry;
  return router;
}
