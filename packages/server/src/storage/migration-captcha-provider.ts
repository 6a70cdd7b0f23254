import type { Kysely, Migration } from 'kysely';

/** 0024: the CAPTCHA provider (one row; its config, secret key included, sealed with the master key). */
export const captchaProviderMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('captcha_providers')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      // Always 1: a unique column, so two concurrent first writes can not leave two providers.
      .addColumn('singleton', 'integer', (c) => c.notNull().defaultTo(1).unique())
      .addColumn('config_sealed', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
