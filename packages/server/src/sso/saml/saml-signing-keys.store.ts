import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { SsoSigningKeysTable } from './saml.tables.js';

export type SsoSigningKeyRow = Selectable<SsoSigningKeysTable>;

const changed = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }) =>
  Number(result.numUpdatedRows ?? result.numDeletedRows ?? 0) > 0;

/** SP signing keys of SAML connectors. SQL only; private keys stay sealed here. */
export function createSsoSigningKeysStore(db: Kysely<Database>) {
  const keys = () => db.selectFrom('sso_connector_signing_keys').selectAll();
  return {
    list: (connectorId: string) =>
      keys().where('connector_id', '=', connectorId).orderBy('created_at', 'desc').orderBy('id').execute(),
    find: (connectorId: string, id: string) =>
      keys().where('connector_id', '=', connectorId).where('id', '=', id).executeTakeFirst(),
    active: (connectorId: string) =>
      keys().where('connector_id', '=', connectorId).where('active', '=', 1).executeTakeFirst(),

    /** Inserts a key; an active one replaces the active key in the same transaction. */
    insert: (row: SsoSigningKeyRow) =>
      db.transaction().execute(async (trx) => {
        if (row.active === 1)
          await trx
            .updateTable('sso_connector_signing_keys')
            .set({ active: 0 })
            .where('connector_id', '=', row.connector_id)
            .where('active', '=', 1)
            .execute();
        await trx.insertInto('sso_connector_signing_keys').values(row).execute();
      }),

    /** Makes this key the only active one, in one transaction (the partial unique index holds it to one). */
    activate: (connectorId: string, id: string) =>
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('sso_connector_signing_keys')
          .set({ active: 0 })
          .where('connector_id', '=', connectorId)
          .where('active', '=', 1)
          .where('id', '!=', id)
          .execute();
        await trx
          .updateTable('sso_connector_signing_keys')
          .set({ active: 1 })
          .where('connector_id', '=', connectorId)
          .where('id', '=', id)
          .execute();
      }),

    deactivate: async (connectorId: string, id: string) =>
      changed(
        await db
          .updateTable('sso_connector_signing_keys')
          .set({ active: 0 })
          .where('connector_id', '=', connectorId)
          .where('id', '=', id)
          .executeTakeFirst(),
      ),

    /** Deletes an inactive key; the active one stays (false). */
    deleteInactive: async (connectorId: string, id: string) =>
      changed(
        await db
          .deleteFrom('sso_connector_signing_keys')
          .where('connector_id', '=', connectorId)
          .where('id', '=', id)
          .where('active', '=', 0)
          .executeTakeFirst(),
      ),
  };
}

export type SsoSigningKeysStore = ReturnType<typeof createSsoSigningKeysStore>;
