import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type {
  SamlApplicationConfigsTable,
  SamlApplicationSecretsTable,
  SamlApplicationSessionsTable,
} from './saml-applications.tables.js';

export type SamlConfigRow = Selectable<SamlApplicationConfigsTable>;
export type SamlSecretRow = Selectable<SamlApplicationSecretsTable>;
export type SamlSessionRow = Selectable<SamlApplicationSessionsTable>;

const affected = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }) =>
  Number(result.numUpdatedRows ?? result.numDeletedRows ?? 0) > 0;

export function createSamlApplicationsStore(db: Kysely<Database>) {
  return {
    findConfig: (applicationId: string) =>
      db
        .selectFrom('saml_application_configs')
        .selectAll()
        .where('application_id', '=', applicationId)
        .executeTakeFirst(),
    insertConfig: (row: SamlConfigRow) => db.insertInto('saml_application_configs').values(row).execute(),
    updateConfig: (applicationId: string, changes: Partial<SamlConfigRow>) =>
      db.updateTable('saml_application_configs').set(changes).where('application_id', '=', applicationId).execute(),

    secrets: (applicationId: string) =>
      db
        .selectFrom('saml_application_secrets')
        .selectAll()
        .where('application_id', '=', applicationId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute(),
    findSecret: (applicationId: string, id: string) =>
      db
        .selectFrom('saml_application_secrets')
        .selectAll()
        .where('application_id', '=', applicationId)
        .where('id', '=', id)
        .executeTakeFirst(),
    activeSecret: (applicationId: string) =>
      db
        .selectFrom('saml_application_secrets')
        .selectAll()
        .where('application_id', '=', applicationId)
        .where('active', '=', 1)
        .executeTakeFirst(),
    insertSecret: (row: SamlSecretRow) => db.insertInto('saml_application_secrets').values(row).execute(),
    /** Makes this certificate the only active one, in one transaction (the unique index holds it to one). */
    activateSecret: (applicationId: string, id: string) =>
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('saml_application_secrets')
          .set({ active: 0 })
          .where('application_id', '=', applicationId)
          .where('active', '=', 1)
          .execute();
        await trx
          .updateTable('saml_application_secrets')
          .set({ active: 1 })
          .where('application_id', '=', applicationId)
          .where('id', '=', id)
          .execute();
      }),
    deactivateSecret: async (applicationId: string, id: string) =>
      affected(
        await db
          .updateTable('saml_application_secrets')
          .set({ active: 0 })
          .where('application_id', '=', applicationId)
          .where('id', '=', id)
          .executeTakeFirst(),
      ),
    /** Deletes an inactive certificate; an active one stays (false). */
    deleteInactiveSecret: async (applicationId: string, id: string) =>
      affected(
        await db
          .deleteFrom('saml_application_secrets')
          .where('application_id', '=', applicationId)
          .where('id', '=', id)
          .where('active', '=', 0)
          .executeTakeFirst(),
      ),

    insertSession: (row: SamlSessionRow) => db.insertInto('saml_application_sessions').values(row).execute(),
    /**
     * Claims a sign-in in flight once: the row whose state hash and cookie id match, not yet
     * used and not expired, marked used in the same statement. Two callbacks racing get one row.
     */
    claimSession: (id: string, stateHash: string, applicationId: string, now: number) =>
      db
        .updateTable('saml_application_sessions')
        .set({ consumed_at: now })
        .where('id', '=', id)
        .where('oidc_state_hash', '=', stateHash)
        .where('application_id', '=', applicationId)
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst(),
    deleteExpiredSessions: async (before: number) =>
      Number(
        (await db.deleteFrom('saml_application_sessions').where('expires_at', '<=', before).executeTakeFirst())
          .numDeletedRows,
      ),
  };
}

export type SamlApplicationsStore = ReturnType<typeof createSamlApplicationsStore>;
