import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Rewrites one `configs` row in a transaction: `change` sees the stored value (or none) and may
 * throw to refuse. `updated_at` strictly increases, so it serves as the row's version and
 * running nodes notice every change. Answers whether the row was new.
 */
export function rewriteConfigRow(
  db: Kysely<Database>,
  key: string,
  change: (current: string | undefined) => string,
): Promise<{ created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('configs')
      .select(['value', 'updated_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    const value = change(row?.value);
    const updatedAt = Math.max(Date.now(), Number(row?.updated_at ?? 0) + 1);
    await trx
      .insertInto('configs')
      .values({ key, value, updated_at: updatedAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
      .execute();
    return { created: !row };
  });
}
