import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import type { TokenVault } from './token-vault.service.js';

/** Management API: Logto's `DELETE /api/secrets/:id` (a token set, by the id its token secret shows). */
export function registerSecretRoutes(router: Router, registry: RouteRegistry, vault: TokenVault): void {
  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: '/secrets/:id',
      summary: "Delete a stored secret (a social provider's token set of a user)",
      tags: ['Secrets'],
      params: z.object({ id: idParam }),
      status: 204,
      errors: [404],
    },
    ({ params }) => vault.remove(params.id),
  );
}
