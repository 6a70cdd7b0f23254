import { type Kysely, type Migration, sql } from 'kysely';

/** 0033: Tessera as a SAML identity provider (saml-applications/). */
export const samlApplicationsMigration: Migration = {
  async up(db: Kysely<any>) {
    const application = (c: any) => c.notNull().references('applications.id').onDelete('cascade');
    await db.schema
      .createTable('saml_application_configs')
      .addColumn('application_id', 'varchar(21)', (c) => application(c).primaryKey())
      .addColumn('attribute_mapping', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('entity_id', 'varchar(128)')
      .addColumn('acs_url', 'text')
      .addColumn('encryption', 'text')
      .addColumn('authn_request_config', 'text')
      .addColumn('name_id_format', 'varchar(128)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('saml_application_secrets')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('application_id', 'varchar(21)', application)
      .addColumn('private_key_encrypted', 'text', (c) => c.notNull())
      .addColumn('certificate', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('saml_application_secrets_application_id')
      .on('saml_application_secrets')
      .column('application_id')
      .execute();
    // One active certificate per application.
    await db.schema
      .createIndex('saml_application_secrets_one_active')
      .on('saml_application_secrets')
      .column('application_id')
      .unique()
      .where(sql.ref('active'), '=', 1)
      .execute();
    await db.schema
      .createTable('saml_application_sessions')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('application_id', 'varchar(21)', application)
      .addColumn('saml_request_id', 'varchar(256)')
      .addColumn('oidc_state_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('code_verifier_encrypted', 'text', (c) => c.notNull())
      .addColumn('nonce', 'varchar(64)', (c) => c.notNull())
      .addColumn('relay_state', 'varchar(1024)')
      .addColumn('raw_auth_request', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('consumed_at', 'bigint')
      .addUniqueConstraint('saml_application_sessions_request', ['application_id', 'saml_request_id'])
      .execute();
    await db.schema
      .createIndex('saml_application_sessions_expires_at')
      .on('saml_application_sessions')
      .column('expires_at')
      .execute();
  },
};
