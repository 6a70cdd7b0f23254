import type { Kysely, Selectable } from 'kysely';
import type { ApplicationSecretsTable, ApplicationsTable, Database } from '../storage/schema.js';

export type ApplicationRow = Selectable<ApplicationsTable>;
export type ApplicationSecretRow = Selectable<ApplicationSecretsTable>;

export function createApplicationsStore(db: Kysely<Database>) {
  return {
    findById: (id: string) => db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst(),
    list: (offset: number, limit: number, types?: string[]) => {
      let query = db.selectFrom('applications').selectAll();
      if (types?.length) query = query.where('type', 'in', types);
      return query.orderBy('created_at', 'desc').orderBy('id').offset(offset).limit(limit).execute();
    },
    count: async (types?: string[]) => {
      let query = db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('count'));
      if (types?.length) query = query.where('type', 'in', types);
      return Number((await query.executeTakeFirstOrThrow()).count);
    },
    insert: (row: ApplicationRow, secret?: ApplicationSecretRow) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('applications').values(row).execute();
        if (secret) await trx.insertInto('application_secrets').values(secret).execute();
      }),
    update: (id: string, changes: Partial<ApplicationRow>) =>
      db.updateTable('applications').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    delete: async (id: string) =>
      Number((await db.deleteFrom('applications').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0,
    secrets: (applicationId: string) =>
      db
        .selectFrom('application_secrets')
        .selectAll()
        .where('application_id', '=', applicationId)
        .orderBy('created_at', 'desc')
        .execute(),
    insertSecret: (row: ApplicationSecretRow) => db.insertInto('application_secrets').values(row).execute(),
    deleteSecret: async (applicationId: string, name: string) =>
      Number(
        (
          await db
            .deleteFrom('application_secrets')
            .where('application_id', '=', applicationId)
            .where('name', '=', name)
            .executeTakeFirst()
        ).numDeletedRows,
      ) > 0,
  };
}

export type ApplicationsStore = ReturnType<typeof createApplicationsStore>;
