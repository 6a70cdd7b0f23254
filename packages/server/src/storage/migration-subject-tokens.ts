import type { Kysely, Migration } from 'kysely';

/**
 * 0020: impersonation subject tokens, found by the hash of their value, one use each; and the
 * Management API's verification codes (`POST /api/verification-codes`), one live code per address.
 */
export const subjectTokensMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('subject_tokens')
      .addColumn('value_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('context', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('creator_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('consumed_at', 'bigint')
      .execute();
    await db.schema.createIndex('subject_tokens_expires_at').on('subject_tokens').column('expires_at').execute();
    await db.schema
      .createTable('management_verification_codes')
      .addColumn('target', 'varchar(256)', (c) => c.primaryKey())
      .addColumn('salt', 'varchar(64)', (c) => c.notNull())
      .addColumn('code_hash', 'varchar(64)', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
