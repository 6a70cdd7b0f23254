import type { Kysely, Migration } from 'kysely';

/**
 * Fields of Logto's request schemas Tessera now stores (issue 14): an application's
 * `protectedAppMetadata` (JSON or null) and an organization's `color`, `branding` (JSON) and
 * `customCss`.
 */
export const logtoFieldsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('applications').addColumn('protected_app_metadata', 'text').execute();
    await db.schema
      .alterTable('organizations')
      .addColumn('color', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
    await db.schema
      .alterTable('organizations')
      .addColumn('branding', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
    await db.schema.alterTable('organizations').addColumn('custom_css', 'text').execute();
  },
};
