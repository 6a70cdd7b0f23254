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

export interface StoredConfigRow {
  /** The row's value (JSON). */
  value: string;
  /** The row's version: strictly increases on every write. */
  updatedAt: number;
}

/** SQL of `configs` rows under a fixed set of keys: find, rewrite, delete. */
export function createConfigRowStore<K extends string>(db: Kysely<Database>) {
  return {
    async find(key: K): Promise<StoredConfigRow | undefined> {
      const row = await db
        .selectFrom('configs')
        .select(['value', 'updated_at'])
        .where('key', '=', key)
        .executeTakeFirst();
      return row && { value: row.value, updatedAt: Number(row.updated_at) };
    },
    /** Writes the value; answers whether the row was new. `change` sees the stored value (or none). */
    upsert: (key: K, change: (current: string | undefined) => string) => rewriteConfigRow(db, key, change),
    async delete(key: K): Promise<boolean> {
      const result = await db.deleteFrom('configs').where('key', '=', key).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
