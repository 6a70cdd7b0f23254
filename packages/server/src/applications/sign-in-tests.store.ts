import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { ApplicationSignInTestsTable } from '../storage/schema-application-sign-in-tests.js';

export type SignInTestRow = Selectable<ApplicationSignInTestsTable>;

/** Console test sign-ins. SQL only. */
export function createSignInTestsStore(db: Kysely<Database>) {
  const table = 'application_sign_in_tests' as const;
  return {
    async insert(row: SignInTestRow): Promise<void> {
      await db.insertInto(table).values(row).execute();
    },
    find: (applicationId: string, id: string) =>
      db
        .selectFrom(table)
        .selectAll()
        .where('id', '=', id)
        .where('application_id', '=', applicationId)
        .executeTakeFirst(),
    findByStateHash: (stateHash: string) =>
      db.selectFrom(table).selectAll().where('state_hash', '=', stateHash).executeTakeFirst(),
    /**
     * Moves a pending, unexpired test to `redeeming` and returns it; undefined when it was not
     * (any more) pending, so one callback URL is redeemed once even when two arrive together.
     */
    claim: (stateHash: string, now: number) =>
      db
        .updateTable(table)
        .set({ status: 'redeeming' })
        .where('state_hash', '=', stateHash)
        .where('status', '=', 'pending')
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst(),
    async finish(id: string, status: 'succeeded' | 'failed', result: unknown): Promise<void> {
      await db
        .updateTable(table)
        .set({ status, result: JSON.stringify(result) })
        .where('id', '=', id)
        .execute();
    },
    async deleteExpiredBefore(cutoff: number): Promise<void> {
      await db.deleteFrom(table).where('expires_at', '<', cutoff).execute();
    },
  };
}

export type SignInTestsStore = ReturnType<typeof createSignInTestsStore>;
