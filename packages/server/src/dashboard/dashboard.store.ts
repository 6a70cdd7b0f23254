import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

/** The dashboard's counts and the daily active user rows. SQL only; every range reads an index. */
export function createDashboardStore(db: Kysely<Database>) {
  return {
    async countUsers(range?: { after: number; atOrBefore: number }): Promise<number> {
      const row = await db
        .selectFrom('users')
        .$if(range !== undefined, (query) =>
          query
            .where('created_at', '>', (range as { after: number }).after)
            .where('created_at', '<=', (range as { atOrBefore: number }).atOrBefore),
        )
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    /** Distinct users active on any day from `from` to `to` (day starts, inclusive). */
    async countActiveUsers(from: number, to: number): Promise<number> {
      const row = await db
        .selectFrom('daily_active_users')
        .where('date', '>=', from)
        .where('date', '<=', to)
        .select((eb) => eb.fn.count<number>('user_id').distinct().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    /** Active users per day from `from` to `to` (day starts, inclusive); days with none are absent. */
    async countActiveUsersByDay(from: number, to: number): Promise<Map<number, number>> {
      const rows = await db
        .selectFrom('daily_active_users')
        .where('date', '>=', from)
        .where('date', '<=', to)
        .groupBy('date')
        .select((eb) => ['date', eb.fn.countAll<number>().as('count')])
        .execute();
      return new Map(rows.map((row) => [Number(row.date), Number(row.count)]));
    },
    /** Marks a user active on a day; a second mark of the same day changes nothing. */
    async markActive(userId: string, date: number, now: number): Promise<void> {
      await db
        .insertInto('daily_active_users')
        .values({ user_id: userId, date, created_at: now })
        .onConflict((conflict) => conflict.columns(['user_id', 'date']).doNothing())
        .execute();
    },
  };
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;
