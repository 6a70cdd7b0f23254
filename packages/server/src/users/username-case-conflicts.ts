import type Router from '@koa/router';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import type { Database } from '../storage/schema.js';

const lowered = sql<string>`lower(username)`;

/**
 * Usernames that differ only by case (`Alice` and `alice`): they block a case-insensitive
 * username policy. Answers how many such groups there are and the first `limit` of them.
 */
export async function findUsernameCaseConflicts(db: Kysely<Database>, limit: number) {
  const groups = await db
    .selectFrom('users')
    .select(lowered.as('lowered'))
    .where('username', 'is not', null)
    .groupBy(lowered)
    .having(sql`count(*)`, '>', 1)
    .orderBy(lowered)
    .execute();
  const sampled = groups.slice(0, limit).map((group) => group.lowered);
  const rows =
    sampled.length === 0
      ? []
      : await db
          .selectFrom('users')
          .select(['id', lowered.as('lowered')])
          .where(lowered, 'in', sampled)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
  return {
    totalConflicts: groups.length,
    samples: sampled.map((usernameLower) => ({
      usernameLower,
      userIds: rows.filter((row) => row.lowered === usernameLower).map((row) => row.id),
    })),
  };
}

const conflictsSchema = z.object({
  totalConflicts: z.number().int(),
  samples: z.array(z.object({ usernameLower: z.string(), userIds: z.array(z.string()) })),
});

/** Management API: Logto's `GET /api/sign-in-exp/username-policy/case-sensitivity-conflicts`. */
export function registerUsernameConflictRoutes(router: Router, registry: RouteRegistry, db: Kysely<Database>) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/sign-in-exp/username-policy/case-sensitivity-conflicts',
      summary: 'Usernames that differ only by case: how many groups, and the users of the first `limit` (default 20)',
      tags: ['Sign-in experience'],
      query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
      response: conflictsSchema,
      status: 200,
      errors: [400],
    },
    ({ query }) => findUsernameCaseConflicts(db, query.limit),
  );
}
