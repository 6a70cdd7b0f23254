import type { Kysely, Migration } from 'kysely';

/** 0025: the realm-wide consent scope ceiling of Client ID Metadata Document clients. */
export const cimdMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('cimd_user_consent_scopes')
      .addColumn('scope_type', 'varchar(32)', (c) => c.notNull())
      .addColumn('scope_id', 'varchar(256)', (c) => c.notNull())
      .addPrimaryKeyConstraint('cimd_user_consent_scopes_pkey', ['scope_type', 'scope_id'])
      .execute();
  },
};

/**
 * 0030: the organizations each user let a Client ID Metadata Document client act in. Such a
 * client is never registered (its id is a URL of up to 2048 characters), so it cannot share the
 * third-party applications' table, whose id references `applications`.
 */
export const cimdGrantsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('cimd_user_consent_organizations')
      .addColumn('client_id', 'varchar(2048)', (c) => c.notNull())
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('organization_id', 'varchar(21)', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('cimd_user_consent_organizations_pkey', ['user_id', 'client_id', 'organization_id'])
      .execute();
    await db.schema
      .createIndex('cimd_user_consent_organizations_organization_id')
      .on('cimd_user_consent_organizations')
      .column('organization_id')
      .execute();
  },
};
