import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

/**
 * Brute-force protection: one counter per target (an identifier, an IP, a code) and action, in
 * the database so every node sees the same count. A window of `lockoutSeconds` opens at the first
 * attempt; the row keeps its own end, so counters of different policies share one table and one
 * cleanup, and the count starts again once the window is over.
 *
 * `attempt` counts first and answers from the value the same statement returns, so concurrent
 * requests can never all read "not blocked yet" before any of them records a failure: with a
 * limit of N, at most N attempts in a window are ever evaluated.
 */
export interface SentinelPolicy {
  maxAttempts: number;
  lockoutSeconds: number;
}

export function createSentinel(
  db: Kysely<Database>,
  /** The policy, or how to read it at each attempt (the sign-in experience's `sentinelPolicy` may change). */
  policyOf: SentinelPolicy | (() => Promise<SentinelPolicy>),
  clock: () => number,
  /** Told once per window, at the first attempt refused (Logto's `Identifier.Lockout` hook). */
  onLockout?: (target: string, action: string) => Promise<void>,
) {
  /** Adds one to the counter (a fresh window when the last one is over) and returns the new count. */
  const currentPolicy = () => (typeof policyOf === 'function' ? policyOf() : Promise.resolve(policyOf));

  async function increment(target: string, action: string, policy: SentinelPolicy): Promise<number> {
    const now = clock();
    const end = now + policy.lockoutSeconds * 1000;
    const row = await db
      .insertInto('sentinel_counters')
      .values({ target, action, count: 1, expires_at: end })
      .onConflict((conflict) =>
        conflict.columns(['target', 'action']).doUpdateSet((eb) => {
          const over = eb('sentinel_counters.expires_at', '<=', now);
          return {
            count: eb
              .case()
              .when(over)
              .then(1)
              .else(eb('sentinel_counters.count', '+', 1))
              .end(),
            expires_at: eb.case().when(over).then(end).else(eb.ref('sentinel_counters.expires_at')).end(),
          };
        }),
      )
      .returning('count')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  return {
    /**
     * Counts this attempt and says whether it may go on (the count is within `maxAttempts`).
     * Callers evaluate the password or code only when it may, and `reset` after a success.
     */
    async attempt(target: string, action: string, maxAttempts?: number): Promise<boolean> {
      const policy = await currentPolicy();
      const limit = maxAttempts ?? policy.maxAttempts;
      const count = await increment(target, action, policy);
      if (count === limit + 1) await onLockout?.(target, action);
      return count <= limit;
    },
    /** Gives back one counted attempt (one that succeeded or was never evaluated); never below zero. */
    async release(target: string, action: string): Promise<void> {
      await db
        .updateTable('sentinel_counters')
        .set((eb) => ({ count: eb('count', '-', 1) }))
        .where('target', '=', target)
        .where('action', '=', action)
        .where('count', '>', 0)
        .execute();
    },
    async reset(target: string, action: string): Promise<void> {
      await db.deleteFrom('sentinel_counters').where('target', '=', target).where('action', '=', action).execute();
    },
    /** Drops every counter of these targets, whatever the action (an administrator lifting lockouts). */
    async clearTargets(targets: string[]): Promise<void> {
      if (targets.length > 0) await db.deleteFrom('sentinel_counters').where('target', 'in', targets).execute();
    },
    /** Drops the counters whose window is over, whatever sentinel wrote them. */
    async prune(): Promise<void> {
      await db.deleteFrom('sentinel_counters').where('expires_at', '<=', clock()).execute();
    },
  };
}

export type Sentinel = ReturnType<typeof createSentinel>;
