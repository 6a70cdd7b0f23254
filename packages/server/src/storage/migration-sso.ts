import type { Kysely, Migration } from 'kysely';

/**
 * 0031: enterprise SSO connectors (config sealed), the identities users hold at them (one user
 * per issuer + subject, even when two first sign-ins race) and the organizations a connector's
 * users join just in time. Deleting a connector deletes its identities and JIT links.
 */
export const ssoMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('sso_connectors')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('provider_name', 'varchar(128)', (c) => c.notNull())
      .addColumn('connector_name', 'varchar(128)', (c) => c.notNull().unique())
      .addColumn('config', 'text', (c) => c.notNull())
      .addColumn('domains', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('branding', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('sync_profile', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('user_sso_identities')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('sso_connector_id', 'varchar(21)', (c) =>
        c.notNull().references('sso_connectors.id').onDelete('cascade'),
      )
      .addColumn('issuer', 'varchar(256)', (c) => c.notNull())
      .addColumn('identity_id', 'varchar(256)', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('user_sso_identities_issuer_identity', ['issuer', 'identity_id'])
      .execute();
    await db.schema.createIndex('user_sso_identities_user_id').on('user_sso_identities').column('user_id').execute();
    await db.schema
      .createIndex('user_sso_identities_connector_id')
      .on('user_sso_identities')
      .column('sso_connector_id')
      .execute();
    await db.schema
      .createTable('organization_jit_sso_connectors')
      .addColumn('organization_id', 'varchar(21)', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('sso_connector_id', 'varchar(21)', (c) =>
        c.notNull().references('sso_connectors.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('organization_jit_sso_connectors_pk', ['organization_id', 'sso_connector_id'])
      .execute();
    await db.schema
      .createIndex('organization_jit_sso_connectors_connector_id')
      .on('organization_jit_sso_connectors')
      .column('sso_connector_id')
      .execute();
  },
};
