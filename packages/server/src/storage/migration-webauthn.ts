import type { Kysely, Migration } from 'kysely';

/**
 * 0007: WebAuthn credentials as MFA factors, in the same table as TOTP and backup codes so
 * "does this user have MFA" stays one query. A user may hold several passkeys, so the
 * one-per-user-and-type index becomes partial (every type but WebAuthn), and a credential id
 * is registered once across all users.
 */
export const webAuthnMigration: Migration = {
  async up(db: Kysely<any>) {
    const columns = [
      ['credential_id', 'varchar(1400)'],
      ['public_key', 'text'],
      ['counter', 'bigint'],
      ['transports', 'text'],
      ['agent', 'varchar(256)'],
      ['name', 'varchar(128)'],
    ] as const;
    // One statement per column: SQLite's ALTER TABLE adds a single column at a time.
    for (const [name, type] of columns)
      await db.schema.alterTable('user_mfa_verifications').addColumn(name, type).execute();
    await db.schema.dropIndex('user_mfa_verifications_user_type').execute();
    await db.schema
      .createIndex('user_mfa_verifications_user_type')
      .on('user_mfa_verifications')
      .columns(['user_id', 'type'])
      .unique()
      .where('type', '<>', 'WebAuthn')
      .execute();
    await db.schema
      .createIndex('user_mfa_verifications_credential_id')
      .on('user_mfa_verifications')
      .column('credential_id')
      .unique()
      .execute();
  },
};
