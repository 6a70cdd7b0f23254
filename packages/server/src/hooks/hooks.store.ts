import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { HookDeliveriesTable, HooksTable } from '../storage/schema-hooks.js';

export type HookRow = HooksTable;
export type DeliveryRow = HookDeliveriesTable;
/** The database or an open transaction: outbox rows go in the caller's transaction. */
export type Executor = Kysely<Database>;

/** SQL of hooks and their delivery outbox; no rules here. */
export function createHooksStore(db: Kysely<Database>) {
  return {
    list: () => db.selectFrom('hooks').selectAll().orderBy('created_at', 'asc').execute(),
    findById: (id: string) => db.selectFrom('hooks').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: HookRow) => db.insertInto('hooks').values(row).execute(),
    update: async (id: string, changes: Partial<HookRow>) =>
      Number((await db.updateTable('hooks').set(changes).where('id', '=', id).executeTakeFirst()).numUpdatedRows) > 0,
    delete: async (id: string) =>
      Number((await db.deleteFrom('hooks').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0,
    /** Enabled hooks, in the caller's transaction (their events are filtered by the service). */
    enabled: (executor: Executor = db) =>
      executor.selectFrom('hooks').select(['id', 'events', 'event']).where('enabled', '=', 1).execute(),
    /** In chunks: a batch of imported users can mean thousands of rows (SQL has a bound-values limit). */
    insertDeliveries: async (rows: DeliveryRow[], executor: Executor = db) => {
      for (let start = 0; start < rows.length; start += 1000)
        await executor
          .insertInto('hook_deliveries')
          .values(rows.slice(start, start + 1000))
          .execute();
    },

    /**
     * Claims up to `limit` due deliveries for `claimUntil` in one atomic UPDATE (the outer WHERE
     * repeats the conditions so PostgreSQL re-checks them on a row another node changed
     * meanwhile), then reads back the rows this claim token holds. Works on both dialects.
     */
    async claimDue(now: number, claimUntil: number, token: string, limit: number): Promise<DeliveryRow[]> {
      const due = (qb: typeof db) =>
        qb
          .selectFrom('hook_deliveries')
          .select('id')
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
          .orderBy('next_attempt_at', 'asc')
          .limit(limit);
      await db
        .updateTable('hook_deliveries')
        .set({ claimed_until: claimUntil, claim_token: token })
        .where('id', 'in', due(db))
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .execute();
      return db.selectFrom('hook_deliveries').selectAll().where('claim_token', '=', token).execute();
    },
    /** Records an attempt's outcome, only while this node still holds the claim. */
    finish: (id: string, token: string, changes: Partial<DeliveryRow>) =>
      db
        .updateTable('hook_deliveries')
        .set({ ...changes, claimed_until: null, claim_token: null })
        .where('id', '=', id)
        .where('claim_token', '=', token)
        .execute(),
    /** Deliveries still to be made, and when the oldest of them was written (for metrics). */
    async backlog(): Promise<{ pending: number; oldestCreatedAt: number | undefined }> {
      const row = await db
        .selectFrom('hook_deliveries')
        .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('oldest')])
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      return { pending: Number(row.n), oldestCreatedAt: row.oldest === null ? undefined : Number(row.oldest) };
    },
    /** Removes finished deliveries (succeeded or failed) created before `before`. */
    prune: (before: number) =>
      db
        .deleteFrom('hook_deliveries')
        .where('status', 'in', ['succeeded', 'failed'])
        .where('created_at', '<', before)
        .execute(),
    async listDeliveries(hookId: string, since: number, page: { offset: number; limit: number }) {
      const base = db.selectFrom('hook_deliveries').where('hook_id', '=', hookId).where('created_at', '>=', since);
      const [items, count] = await Promise.all([
        base.selectAll().orderBy('created_at', 'desc').orderBy('id').offset(page.offset).limit(page.limit).execute(),
        base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
    /** Per hook, deliveries since `since` that were attempted at least once, and how many succeeded. */
    executionStats: (since: number) =>
      db
        .selectFrom('hook_deliveries')
        .select((eb) => [
          'hook_id',
          eb.fn.countAll<number | string>().as('requests'),
          eb.fn.sum<number | string>(eb.case().when('status', '=', 'succeeded').then(1).else(0).end()).as('successes'),
        ])
        .where('created_at', '>=', since)
        .where('attempts', '>', 0)
        .groupBy('hook_id')
        .execute(),
  };
}

export type HooksStore = ReturnType<typeof createHooksStore>;
