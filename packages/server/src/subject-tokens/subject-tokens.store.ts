import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { SubjectTokensTable } from '../storage/schema-subject-tokens.js';

export type SubjectTokenRow = Selectable<SubjectTokensTable>;

/** SQL for impersonation subject tokens; no rules here. */
export function createSubjectTokensStore(db: Kysely<Database>) {
  const table = 'subject_tokens' as const;
  return {
    insert: (row: SubjectTokenRow) => db.insertInto(table).values(row).execute(),
    find: (valueHash: string) =>
      db.selectFrom(table).selectAll().where('value_hash', '=', valueHash).executeTakeFirst(),
    /** Marks a live, unused token used; one caller wins a race. Answers whether this one did. */
    async consume(valueHash: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable(table)
        .set({ consumed_at: now })
        .where('value_hash', '=', valueHash)
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Drops tokens past their expiry (used or not). */
    prune: (before: number) => db.deleteFrom(table).where('expires_at', '<=', before).execute(),
  };
}
export type SubjectTokensStore = ReturnType<typeof createSubjectTokensStore>;
