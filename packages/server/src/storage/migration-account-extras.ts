import type { Kysely, Migration } from 'kysely';

/**
 * 0017: the Account API's extras. `users.is_password_expired` (Logto's column: an expired password
 * no longer signs in until it is reset) and `user_assets`, uploaded images (avatars) kept in the
 * database so that every node behind a load balancer serves the same file without shared disks.
 * The bytes are stored base64 in a text column: one column type for SQLite and PostgreSQL.
 */
export const accountExtrasMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('users')
      .addColumn('is_password_expired', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('user_assets')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(21)', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('content_type', 'varchar(64)', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('user_assets_user_id').on('user_assets').column('user_id').execute();
  },
};
