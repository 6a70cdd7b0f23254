import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { SecretsTable } from '../storage/schema-token-vault.js';

export type SecretRow = Selectable<SecretsTable>;

/** Foreign-key violations: the identity a token set would hang on is gone. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export function createTokenVaultStore(db: Kysely<Database>) {
  return {
    /** The user holding the social identity, if anyone does. */
    async identityHolder(target: string, identityId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('user_social_identities')
        .select('user_id')
        .where('target', '=', target)
        .where('identity_id', '=', identityId)
        .executeTakeFirst();
      return row?.user_id;
    },
    /** One token set per identity: a new sign-in replaces the tokens, keeps the id and creation time. */
    upsert: (row: SecretRow) =>
      db
        .insertInto('secrets')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['target', 'identity_id']).doUpdateSet({
            ciphertext: row.ciphertext,
            metadata: row.metadata,
            connector_id: row.connector_id,
            updated_at: row.updated_at,
          }),
        )
        .execute(),
    /** New tokens on an existing secret, unless it was deleted meanwhile. */
    update: (id: string, changes: Pick<SecretRow, 'ciphertext' | 'metadata' | 'updated_at'>) =>
      db.updateTable('secrets').set(changes).where('id', '=', id).execute(),
    findByUserAndTarget: (userId: string, target: string) =>
      db
        .selectFrom('secrets')
        .selectAll()
        .where('user_id', '=', userId)
        .where('target', '=', target)
        .executeTakeFirst(),
    listByUser: (userId: string) =>
      db.selectFrom('secrets').selectAll().where('user_id', '=', userId).orderBy('created_at').execute(),
    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('secrets').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type TokenVaultStore = ReturnType<typeof createTokenVaultStore>;
