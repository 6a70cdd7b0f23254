import type Router from '@koa/router';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import {
  activeUserCountsSchema,
  activeUsersQuery,
  newUserCountsSchema,
  totalUserCountSchema,
} from './dashboard.schemas.js';
import type { DashboardService } from './dashboard.service.js';

const tags = ['Dashboard'];

/** Management API: Logto's dashboard numbers (`GET /api/dashboard/users/total|new|active`). */
export function registerDashboardRoutes(router: Router, registry: RouteRegistry, dashboard: DashboardService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/dashboard/users/total',
      summary: 'Get the total number of users',
      tags,
      auth: 'management:read',
      response: totalUserCountSchema,
      status: 200,
    },
    () => dashboard.totalUsers(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/dashboard/users/new',
      summary:
        'Get the number of users created in the last 24 hours and 7 days, with the change from the period before',
      tags,
      auth: 'management:read',
      response: newUserCountsSchema,
      status: 200,
    },
    () => dashboard.newUsers(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/dashboard/users/active',
      summary:
        'Get daily, weekly and monthly active users (users who got tokens) with their changes, and daily active users over 30 days',
      tags,
      auth: 'management:read',
      query: activeUsersQuery,
      response: activeUserCountsSchema,
      status: 200,
      errors: [400],
    },
    ({ query }) => dashboard.activeUsers(query.date),
  );
}
