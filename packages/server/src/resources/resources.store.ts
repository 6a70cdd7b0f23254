import type { Kysely, Selectable } from 'kysely';
import { createPreparedQueries } from '../storage/prepared.js';
import type { Database, ResourcesTable, ScopesTable } from '../storage/schema.js';
import { matchesAny } from '../storage/text-search.js';

export type ResourceRow = Selectable<ResourcesTable>;
export type ScopeRow = Selectable<ScopesTable>;

type Page = { offset: number; limit: number };

const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows) > 0;

export function createResourcesStore(db: Kysely<Database>) {
  const prepared = createPreparedQueries(db);
  const scopesOf = (resourceId: string, search?: string) => {
    let query = db.selectFrom('scopes').where('resource_id', '=', resourceId);
    if (search) query = query.where((eb) => matchesAny(eb, ['name', 'description'], search));
    return query;
  };

  return {
    findById: (id: string) => db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst(),
    /** On every token request for an API resource: prepared. */
    findByIndicator: async (indicator: string) =>
      (
        await prepared(
          'resources.findByIndicator',
          () => db.selectFrom('resources').selectAll().where('indicator', '=', indicator),
          [indicator],
        )
      )[0],
    findDefault: () => db.selectFrom('resources').selectAll().where('is_default', '=', 1).executeTakeFirst(),
    list: (page?: Page) => {
      let query = db.selectFrom('resources').selectAll().orderBy('created_at').orderBy('id');
      if (page) query = query.offset(page.offset).limit(page.limit);
      return query.execute();
    },
    count: async () =>
      Number(
        (
          await db
            .selectFrom('resources')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      ),
    insert: (row: ResourceRow) => db.insertInto('resources').values(row).execute(),
    update: (id: string, changes: Partial<ResourceRow>) =>
      db.updateTable('resources').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    /** At most one default resource: clearing the others and setting this one is one transaction. */
    setDefault: (id: string) =>
      db.transaction().execute(async (trx) => {
        await trx.updateTable('resources').set({ is_default: 0 }).where('id', '!=', id).execute();
        return trx
          .updateTable('resources')
          .set({ is_default: 1 })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
      }),
    /** Its permissions and every role grant of them go with it (foreign-key cascades). */
    delete: async (id: string) => deleted(await db.deleteFrom('resources').where('id', '=', id).executeTakeFirst()),

    findScope: (resourceId: string, name: string) =>
      db
        .selectFrom('scopes')
        .selectAll()
        .where('resource_id', '=', resourceId)
        .where('name', '=', name)
        .executeTakeFirst(),
    findScopeById: (id: string) => db.selectFrom('scopes').selectAll().where('id', '=', id).executeTakeFirst(),
    findScopesByIds: (ids: string[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.selectFrom('scopes').selectAll().where('id', 'in', ids).execute(),
    findByIds: (ids: string[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.selectFrom('resources').selectAll().where('id', 'in', ids).execute(),
    scopesOfResources: (resourceIds: string[]) =>
      resourceIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('scopes')
            .selectAll()
            .where('resource_id', 'in', resourceIds)
            .orderBy('created_at')
            .orderBy('id')
            .execute(),
    listScopes: (resourceId: string, search?: string, page?: Page) => {
      let query = scopesOf(resourceId, search).selectAll().orderBy('created_at').orderBy('id');
      if (page) query = query.offset(page.offset).limit(page.limit);
      return query.execute();
    },
    countScopes: async (resourceId: string, search?: string) =>
      Number(
        (
          await scopesOf(resourceId, search)
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      ),
    insertScope: (row: ScopeRow) => db.insertInto('scopes').values(row).execute(),
    updateScope: (id: string, changes: Partial<ScopeRow>) =>
      db.updateTable('scopes').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    /** Role grants of the permission go with it (foreign-key cascade). */
    deleteScope: async (id: string) => deleted(await db.deleteFrom('scopes').where('id', '=', id).executeTakeFirst()),
  };
}

export type ResourcesStore = ReturnType<typeof createResourcesStore>;
