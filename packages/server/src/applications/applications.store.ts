import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { ApplicationSecretsTable, ApplicationsTable, Database } from '../storage/schema.js';
import { matchesAny } from '../storage/text-search.js';
import type { ApplicationFilter } from './applications.schemas.js';

export type ApplicationRow = Selectable<ApplicationsTable>;
export type ApplicationSecretRow = Selectable<ApplicationSecretsTable>;

type ApplicationsQuery<O> = SelectQueryBuilder<Database, 'applications', O>;

function filtered<O>(query: ApplicationsQuery<O>, filter: ApplicationFilter): ApplicationsQuery<O> {
  let result = query;
  if (filter.types?.length) result = result.where('type', 'in', filter.types);
  if (filter.isThirdParty !== undefined) result = result.where('is_third_party', '=', filter.isThirdParty ? 1 : 0);
  if (filter.search) {
    const search = filter.search;
    result = result.where((eb) => matchesAny(eb, ['id', 'name', 'description'], search));
  }
  for (const [roleId, op] of [
    [filter.roleId, 'in'],
    [filter.excludeRoleId, 'not in'],
  ] as const) {
    if (roleId === undefined) continue;
    result = result.where((eb) =>
      eb('id', op, eb.selectFrom('applications_roles').select('application_id').where('role_id', '=', roleId)),
    );
  }
  if (filter.excludeOrganizationId !== undefined) {
    const organizationId = filter.excludeOrganizationId;
    result = result.where((eb) =>
      eb(
        'id',
        'not in',
        eb
          .selectFrom('organization_application_relations')
          .select('application_id')
          .where('organization_id', '=', organizationId),
      ),
    );
  }
  return result;
}

export function createApplicationsStore(db: Kysely<Database>) {
  return {
    findById: (id: string) => db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst(),
    list: (filter: ApplicationFilter, page?: { offset: number; limit: number }) => {
      let query = filtered(db.selectFrom('applications').selectAll(), filter)
        .orderBy('created_at', 'desc')
        .orderBy('id');
      if (page) query = query.offset(page.offset).limit(page.limit);
      return query.execute();
    },
    count: async (filter: ApplicationFilter) => {
      const query = filtered(
        db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('count')),
        filter,
      );
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
    renameSecret: (applicationId: string, name: string, newName: string) =>
      db
        .updateTable('application_secrets')
        .set({ name: newName })
        .where('application_id', '=', applicationId)
        .where('name', '=', name)
        .returningAll()
        .executeTakeFirst(),
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
