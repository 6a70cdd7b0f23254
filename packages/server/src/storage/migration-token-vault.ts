import type { Kysely, Migration } from 'kysely';

/**
 * 0026: social connectors' `enable_token_storage` switch, and the vault of provider token sets.
 * A token set belongs to one social identity (`user_social_identities`): unlinking or replacing
 * the identity, deleting the user or deleting the connector deletes it with the row it hangs on.
 */
export const tokenVaultMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('connectors')
      .addColumn('enable_token_storage', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('secrets')
      .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(21)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('type', 'varchar(64)', (c) => c.notNull())
      .addColumn('ciphertext', 'text', (c) => c.notNull())
      .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('connector_id', 'varchar(21)', (c) => c.notNull().references('connectors.id').onDelete('cascade'))
      .addColumn('target', 'varchar(128)', (c) => c.notNull())
      .addColumn('identity_id', 'varchar(256)', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('secrets_identity', ['target', 'identity_id'])
      .addForeignKeyConstraint(
        'secrets_identity_fk',
        ['target', 'identity_id'],
        'user_social_identities',
        ['target', 'identity_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex('secrets_user_id').on('secrets').columns(['user_id', 'target']).execute();
    await db.schema.createIndex('secrets_connector_id').on('secrets').column('connector_id').execute();
  },
};
