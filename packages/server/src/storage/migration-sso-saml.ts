import type { Kysely, Migration } from 'kysely';

/** 0032: SAML enterprise SSO: in-flight AuthnRequests and the assertion replay cache (sso/saml/saml.tables.ts). */
export const ssoSamlMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('saml_sso_requests')
      .addColumn('id', 'varchar(128)', (c) => c.primaryKey())
      .addColumn('connector_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('identity', 'text')
      .addColumn('redirect_uri', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('saml_sso_requests_expires_at').on('saml_sso_requests').column('expires_at').execute();
    await db.schema
      .createTable('saml_sso_assertions')
      .addColumn('connector_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('assertion_id', 'varchar(256)', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('saml_sso_assertions_pk', ['connector_id', 'assertion_id'])
      .execute();
    await db.schema
      .createIndex('saml_sso_assertions_expires_at')
      .on('saml_sso_assertions')
      .column('expires_at')
      .execute();
  },
};
