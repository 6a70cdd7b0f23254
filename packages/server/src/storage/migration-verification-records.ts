import type { Kysely, Migration } from 'kysely';

/** 0015: the Account API's verification records, each bound to the user who made it. */
export const verificationRecordsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('verification_records')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('type', 'varchar(32)', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('verification_records_user').on('verification_records').column('user_id').execute();
  },
};
