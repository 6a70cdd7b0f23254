import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { VerificationRecordsTable } from '../storage/schema-verification-records.js';

export type VerificationRecordRow = Selectable<VerificationRecordsTable>;

/** Verification records: always read through their owner, and only while unexpired. */
export function createVerificationRecordsStore(db: Kysely<Database>) {
  return {
    async insert(row: VerificationRecordRow): Promise<void> {
      await db.insertInto('verification_records').values(row).execute();
    },
    findActive(userId: string, id: string, now: number): Promise<VerificationRecordRow | undefined> {
      return db
        .selectFrom('verification_records')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },
    /** Rewrites `data` only while it is still `expected`: two concurrent verifications can not both win. */
    async replaceData(id: string, expected: string, data: string): Promise<boolean> {
      const result = await db
        .updateTable('verification_records')
        .set({ data })
        .where('id', '=', id)
        .where('data', '=', expected)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Deletes the record; false when it was already gone (used by a concurrent request). */
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('verification_records').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    async prune(now: number): Promise<void> {
      await db.deleteFrom('verification_records').where('expires_at', '<=', now).execute();
    },
  };
}

export type VerificationRecordsStore = ReturnType<typeof createVerificationRecordsStore>;
