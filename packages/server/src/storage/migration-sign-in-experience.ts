import type { Kysely, Migration } from 'kysely';

/**
 * 0005: the sign-in experience settings, seeded with the 'default' row. Its document starts
 * empty: reads lay the stored fields over the current defaults, so a field added later gets its default.
 */
export const signInExperienceMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('sign_in_experiences')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.insertInto('sign_in_experiences').values({ id: 'default', data: '{}', updated_at: Date.now() }).execute();
  },
};
