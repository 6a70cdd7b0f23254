import type { Kysely, Migration } from 'kysely';

/** 0015: personal access tokens, unique by (user, name), found by the hash of their value. */
export const personalAccessTokensMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('personal_access_tokens')
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'varchar(256)', (c) => c.notNull())
      .addColumn('value_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint')
      .addPrimaryKeyConstraint('personal_access_tokens_pkey', ['user_id', 'name'])
      .execute();
  },
};
