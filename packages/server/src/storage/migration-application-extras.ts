import type { Kysely, Migration } from 'kysely';

/** 0018: per-application sign-in experience, third-party consent scopes and consented organizations. */
export const applicationExtrasMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('application_sign_in_experiences')
      .addColumn('application_id', 'varchar(21)', (c) =>
        c.primaryKey().references('applications.id').onDelete('cascade'),
      )
      .addColumn('color', 'text', (c) => c.notNull())
      .addColumn('branding', 'text', (c) => c.notNull())
      .addColumn('custom_css', 'text')
      .addColumn('display_name', 'varchar(256)')
      .addColumn('terms_of_use_url', 'varchar(2048)')
      .addColumn('privacy_policy_url', 'varchar(2048)')
      .execute();
    await db.schema
      .createTable('application_user_consent_scopes')
      .addColumn('application_id', 'varchar(21)', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('scope_type', 'varchar(32)', (c) => c.notNull())
      .addColumn('scope_id', 'varchar(256)', (c) => c.notNull())
      .addPrimaryKeyConstraint('application_user_consent_scopes_pkey', ['application_id', 'scope_type', 'scope_id'])
      .execute();
    await db.schema
      .createTable('application_user_consent_organizations')
      .addColumn('application_id', 'varchar(21)', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('organization_id', 'varchar(21)', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('application_user_consent_organizations_pkey', [
        'application_id',
        'user_id',
        'organization_id',
      ])
      .execute();
    await db.schema
      .createIndex('application_user_consent_organizations_user_id')
      .on('application_user_consent_organizations')
      .column('user_id')
      .execute();
  },
};
