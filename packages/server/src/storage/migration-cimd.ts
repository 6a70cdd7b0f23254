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
