import { type Kysely, type Migration, sql } from 'kysely';

/** 0034: SP signing keys of SAML enterprise SSO connectors (sso/saml/saml.tables.ts). */
export const ssoSigningKeysMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('sso_connector_signing_keys')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('connector_id', 'varchar(21)', (c) => c.notNull().references('sso_connectors.id').onDelete('cascade'))
      .addColumn('private_key_encrypted', 'text', (c) => c.notNull())
      .addColumn('certificate', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('sso_connector_signing_keys_connector_id')
      .on('sso_connector_signing_keys')
      .column('connector_id')
      .execute();
    // One active key per connector.
    await db.schema
      .createIndex('sso_connector_signing_keys_one_active')
      .on('sso_connector_signing_keys')
      .column('connector_id')
      .unique()
      .where(sql.ref('active'), '=', 1)
      .execute();
  },
};
