import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation } from '../storage/database.js';
import type { ConnectorsTable, Database } from '../storage/schema.js';

export type ConnectorRow = Selectable<ConnectorsTable>;

const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows) > 0;

export function createConnectorsStore(db: Kysely<Database>) {
  /** Removes whoever holds the slot and inserts the row, in one transaction. */
  const replaceOnce = (row: ConnectorRow) =>
    db.transaction().execute(async (trx) => {
      if (row.exclusive_key)
        await trx.deleteFrom('connectors').where('exclusive_key', '=', row.exclusive_key).execute();
      await trx.insertInto('connectors').values(row).execute();
    });

  return {
    list: () => db.selectFrom('connectors').selectAll().orderBy('created_at').orderBy('id').execute(),
    findById: (id: string) => db.selectFrom('connectors').selectAll().where('id', '=', id).executeTakeFirst(),
    findByFactory: (connectorId: string) =>
      db
        .selectFrom('connectors')
        .selectAll()
        .where('connector_id', '=', connectorId)
        .orderBy('created_at', 'desc')
        .execute(),
    findByExclusiveKey: (key: string) =>
      db.selectFrom('connectors').selectAll().where('exclusive_key', '=', key).executeTakeFirst(),
    /** Fails with a unique violation when the slot is taken (social connectors refuse a second one). */
    insert: (row: ConnectorRow) => db.insertInto('connectors').values(row).execute(),
    /**
     * Takes the slot over: the previous holder goes in the same transaction. Two concurrent
     * replacements collide on the unique key; the loser runs again and replaces the winner.
     */
    async insertReplacing(row: ConnectorRow): Promise<void> {
      try {
        await replaceOnce(row);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await replaceOnce(row);
      }
    },
    update: (id: string, changes: Partial<ConnectorRow>) =>
      db.updateTable('connectors').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    delete: async (id: string) => deleted(await db.deleteFrom('connectors').where('id', '=', id).executeTakeFirst()),
  };
}

export type ConnectorsStore = ReturnType<typeof createConnectorsStore>;
