import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { accountCenterSchema, updateAccountCenterSchema } from './account-center.schemas.js';
import type { AccountCenterStore } from './account-center.store.js';

const tags = ['Account center'];

/** Management API: GET/PATCH /api/account-center, the Account API's switches and field permissions. */
export function registerAccountCenterRoutes(router: Router, registry: RouteRegistry, store: AccountCenterStore): void {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/account-center',
      summary: 'Get the account center settings',
      tags,
      response: accountCenterSchema,
      status: 200,
    },
    () => store.get(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      auth: 'management',
      path: '/account-center',
      summary: 'Update the account center settings (`fields` replaces the stored field permissions)',
      tags,
      body: updateAccountCenterSchema,
      response: accountCenterSchema,
      status: 200,
    },
    ({ body }) => store.update(body),
  );
}
