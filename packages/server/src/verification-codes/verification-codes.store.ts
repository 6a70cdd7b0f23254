import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { ManagementVerificationCodesTable } from '../storage/schema-subject-tokens.js';

export type VerificationCodeRow = Selectable<ManagementVerificationCodesTable>;

/** SQL of the Management API's verification codes; no rules here. */
export function createVerificationCodesStore(db: Kysely<Database>) {
  const table = 'management_verification_codes' as const;
  return {
    /** A new code replaces the address's previous one. */
    put: (row: VerificationCodeRow) =>
      db
        .insertInto(table)
        .values(row)
        .onConflict((oc) =>
          oc.column('target').doUpdateSet({
            salt: row.salt,
            code_hash: row.code_hash,
            attempts: 0,
            created_at: row.created_at,
            expires_at: row.expires_at,
          }),
        )
        .execute(),
    find: (target: string) => db.selectFrom(table).selectAll().where('target', '=', target).executeTakeFirst(),
    /** Counts one try while fewer than `max` were made; false when the code has none left. */
    async countTry(target: string, codeHash: string, max: number): Promise<boolean> {
      const result = await db
        .updateTable(table)
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('target', '=', target)
        .where('code_hash', '=', codeHash)
        .where('attempts', '<', max)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Uses the code up; false when a concurrent request did first. */
    async consume(target: string, codeHash: string): Promise<boolean> {
      const result = await db
        .deleteFrom(table)
        .where('target', '=', target)
        .where('code_hash', '=', codeHash)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    prune: (now: number) => db.deleteFrom(table).where('expires_at', '<=', now).execute(),
  };
}
export type VerificationCodesStore = ReturnType<typeof createVerificationCodesStore>;
