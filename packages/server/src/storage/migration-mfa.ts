import type { Kysely, Migration } from 'kysely';

/** 0006: users' MFA factors (TOTP secrets sealed, backup codes hashed). */
export const mfaMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('user_mfa_verifications')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('type', 'varchar(32)', (c) => c.notNull())
      .addColumn('secret', 'text')
      .addColumn('codes', 'text')
      .addColumn('totp_last_step', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_used_at', 'bigint')
      .execute();
    await db.schema
      .createIndex('user_mfa_verifications_user_type')
      .on('user_mfa_verifications')
      .columns(['user_id', 'type'])
      .unique()
      .execute();
  },
};
