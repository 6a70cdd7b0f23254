import type { Kysely, Migration } from 'kysely';

/**
 * 0029: `custom_ui_assets`, the zips of custom sign-in UIs (Logto's "bring your own UI"). The zip
 * is kept whole in the database, base64 in a text column as `user_assets` keeps images, so that
 * every node behind a load balancer serves the same UI without shared disks.
 */
export const customUiAssetsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('custom_ui_assets')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
