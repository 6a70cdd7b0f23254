import type { Kysely, Migration } from 'kysely';

/**
 * 0014: Logto's `daily_active_users`: one row per user per UTC day they got tokens (`date` is the
 * day's start, epoch ms), counted by day for the dashboard; and `users.created_at`, which the
 * dashboard's new-user counts range over.
 */
export const dailyActiveUsersMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('daily_active_users')
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull())
      .addColumn('date', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('daily_active_users_pk', ['user_id', 'date'])
      .execute();
    await db.schema
      .createIndex('daily_active_users_date')
      .on('daily_active_users')
      .columns(['date', 'user_id'])
      .execute();
    await db.schema.createIndex('users_created_at').on('users').column('created_at').execute();
  },
};
