import type { Kysely, Migration } from 'kysely';

/** 0009: one-time tokens for magic links, found by the hash of the token and listed by email. */
export const oneTimeTokensMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('one_time_tokens')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('email', 'varchar(256)', (c) => c.notNull())
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('context', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('one_time_tokens_email').on('one_time_tokens').column('email').execute();
  },
};
