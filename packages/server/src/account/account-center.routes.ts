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

/** Anonymous, as Logto's: what a hosted account page reads to know which fields it may show and change. */
export function registerPublicAccountCenterRoute(
  router: Router,
  registry: RouteRegistry,
  store: Pick<AccountCenterStore, 'get'>,
): void {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'public',
      path: '/.well-known/account-center',
      summary: 'The account center settings, public (what the account pages may show and change)',
      tags: ['Well-known'],
      response: accountCenterSchema,
      status: 200,
    },
    () => store.get(),
  );
}
