import type { Kysely, Migration } from 'kysely';

/** 0011: console test sign-ins, found by the hash of their state and pruned by expiry. */
export const applicationSignInTestsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('application_sign_in_tests')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('application_id', 'varchar(21)', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('state_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('code_verifier_encrypted', 'text', (c) => c.notNull())
      .addColumn('nonce', 'varchar(64)', (c) => c.notNull())
      .addColumn('resource', 'varchar(2048)')
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('result', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('application_sign_in_tests_application_id')
      .on('application_sign_in_tests')
      .column('application_id')
      .execute();
    await db.schema
      .createIndex('application_sign_in_tests_expires_at')
      .on('application_sign_in_tests')
      .column('expires_at')
      .execute();
  },
};
