import type { Kysely } from 'kysely';
import { generateId } from '../crypto/ids.js';
import type { Database } from '../storage/schema.js';

/**
 * Brute-force protection: counts failed attempts per target (an identifier, an IP) in a
 * sliding window stored in the database, so every node sees the same count.
 */
export interface SentinelPolicy {
  maxAttempts: number;
  lockoutSeconds: number;
}

export function createSentinel(db: Kysely<Database>, policy: SentinelPolicy, clock: () => number) {
  const windowStart = () => clock() - policy.lockoutSeconds * 1000;
  return {
    async isBlocked(target: string, action: string): Promise<boolean> {
      const row = await db
        .selectFrom('sentinel_activities')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('target', '=', target)
        .where('action', '=', action)
        .where('created_at', '>', windowStart())
        .executeTakeFirstOrThrow();
      return Number(row.count) >= policy.maxAttempts;
    },
    async recordFailure(target: string, action: string): Promise<void> {
      await db
        .insertInto('sentinel_activities')
        .values({ id: generateId(), target, action, created_at: clock() })
        .execute();
    },
    async reset(target: string, action: string): Promise<void> {
      await db.deleteFrom('sentinel_activities').where('target', '=', target).where('action', '=', action).execute();
    },
    async prune(): Promise<void> {
      await db.deleteFrom('sentinel_activities').where('created_at', '<=', windowStart()).execute();
    },
  };
}

export type Sentinel = ReturnType<typeof createSentinel>;
