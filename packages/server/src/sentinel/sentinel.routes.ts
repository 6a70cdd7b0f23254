import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { text } from '../management/fields.js';
import type { Sentinel } from './sentinel.js';

/** The counters an identifier value may have: sign-in and code tries by username, email or phone, MFA by user id. */
export function sentinelTargetsOf(values: string[]): string[] {
  const targets = new Set<string>();
  for (const value of values) {
    for (const spelling of new Set([value, value.toLowerCase()]))
      for (const type of ['username', 'email', 'phone']) targets.add(`${type}:${spelling}`);
    targets.add(`user:${value}`);
  }
  return [...targets];
}

/** Management API: Logto's `POST /api/sentinel-activities/delete`, lifting brute-force lockouts. */
export function registerSentinelRoutes(
  router: Router,
  registry: RouteRegistry,
  sentinel: Pick<Sentinel, 'clearTargets'>,
) {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/sentinel-activities/delete',
      summary:
        'Lift the lockouts of these identifiers (usernames, emails, phone numbers, or user ids for MFA): their failed tries are forgotten',
      tags: ['Sentinel activities'],
      body: z.object({ targets: z.array(text(256).min(1)).min(1).max(100) }).strict(),
      status: 204,
      errors: [400],
    },
    async ({ body }) => {
      await sentinel.clearTargets(sentinelTargetsOf(body.targets));
    },
  );
}
