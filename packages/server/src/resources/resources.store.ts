import type { Kysely, Selectable } from 'kysely';
import type { Database, ResourcesTable, ScopesTable } from '../storage/schema.js';

export type ResourceRow = Selectable<ResourcesTable>;
export type ScopeRow = Selectable<ScopesTable>;

export function createResourcesStore(db: Kysely<Database>) {
  return {
    findById: (id: string) => db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst(),
    findByIndicator: (indicator: string) =>
      db.selectFrom('resources').selectAll().where('indicator', '=', indicator).executeTakeFirst(),
    findDefault: () => db.selectFrom('resources').selectAll().where('is_default', '=', 1).executeTakeFirst(),
    insert: (row: ResourceRow) => db.insertInto('resources').values(row).execute(),
    findScope: (resourceId: string, name: string) =>
      db
        .selectFrom('scopes')
        .selectAll()
        .where('resource_id', '=', resourceId)
        .where('name', '=', name)
        .executeTakeFirst(),
    insertScope: (row: ScopeRow) => db.insertInto('scopes').values(row).execute(),
  };
}

export type ResourcesStore = ReturnType<typeof createResourcesStore>;
