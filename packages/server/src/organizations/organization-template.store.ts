import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { OrganizationRolesTable, OrganizationScopesTable } from '../storage/schema-organizations.js';
import { matchesAny } from '../storage/text-search.js';

export type OrganizationScopeRow = Selectable<OrganizationScopesTable>;
export type OrganizationRoleRow = Selectable<OrganizationRolesTable>;

type Page = { offset: number; limit: number };
type Table = 'organization_scopes' | 'organization_roles';
type RowOf<T extends Table> = T extends 'organization_scopes' ? OrganizationScopeRow : OrganizationRoleRow;

/**
 * The organization template shared by every organization: organization permissions and
 * organization roles, each with a unique name. SQL only.
 */
export function createTemplateStore<T extends Table>(database: Kysely<Database>, name: T) {
  // Both tables share id/name/description/created_at; the builder cannot type a table union.
  const db = database as unknown as Kysely<any>;
  const table: string = name;
  const searched = (q?: string, filter: Partial<RowOf<T>> = {}) => {
    let query = db.selectFrom(table);
    if (q) query = query.where((eb) => matchesAny(eb, ['id', 'name', 'description'], q));
    for (const [column, value] of Object.entries(filter)) query = query.where(column, '=', value);
    return query;
  };

  return {
    findById: async (id: string) =>
      (await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as RowOf<T> | undefined,
    findByIds: async (ids: string[]) =>
      (ids.length === 0 ? [] : await db.selectFrom(table).selectAll().where('id', 'in', ids).execute()) as RowOf<T>[],
    list: async (q: string | undefined, page: Page, filter?: Partial<RowOf<T>>) =>
      (await searched(q, filter)
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .offset(page.offset)
        .limit(page.limit)
        .execute()) as RowOf<T>[],
    count: async (q?: string, filter?: Partial<RowOf<T>>): Promise<number> =>
      Number(
        (
          await searched(q, filter)
            .select((eb) => eb.fn.countAll().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      ),
    insert: (row: RowOf<T>) => db.insertInto(table).values(row).execute(),
    update: async (id: string, changes: Partial<RowOf<T>>) =>
      (await db.updateTable(table).set(changes).where('id', '=', id).returningAll().executeTakeFirst()) as
        | RowOf<T>
        | undefined,
    /** Every relation to it goes too (foreign-key cascades). */
    delete: async (id: string): Promise<boolean> =>
      Number((await db.deleteFrom(table).where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0,
  };
}

export type TemplateStore<T extends Table> = ReturnType<typeof createTemplateStore<T>>;

/** The permissions of many organization roles at once, for role lists. */
export function createRolePermissionsStore(db: Kysely<Database>) {
  return {
    /** A role and its first permissions, in one transaction. */
    insertRole: (row: OrganizationRoleRow, scopeIds: string[], resourceScopeIds: string[]) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('organization_roles').values(row).execute();
        if (scopeIds.length > 0)
          await trx
            .insertInto('organization_role_scope_relations')
            .values(scopeIds.map((organization_scope_id) => ({ organization_role_id: row.id, organization_scope_id })))
            .execute();
        if (resourceScopeIds.length > 0)
          await trx
            .insertInto('organization_role_resource_scope_relations')
            .values(resourceScopeIds.map((scope_id) => ({ organization_role_id: row.id, scope_id })))
            .execute();
      }),
    scopesOfRoles: (roleIds: string[]) =>
      roleIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('organization_role_scope_relations as r')
            .innerJoin('organization_scopes as s', 's.id', 'r.organization_scope_id')
            .select(['r.organization_role_id', 's.id', 's.name'])
            .where('r.organization_role_id', 'in', roleIds)
            .orderBy('s.name')
            .execute(),
    resourceScopesOfRoles: (roleIds: string[]) =>
      roleIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('organization_role_resource_scope_relations as r')
            .innerJoin('scopes as s', 's.id', 'r.scope_id')
            .innerJoin('resources as res', 'res.id', 's.resource_id')
            .select(['r.organization_role_id', 's.id', 's.name', 'res.id as resource_id', 'res.name as resource_name'])
            .where('r.organization_role_id', 'in', roleIds)
            .orderBy('s.name')
            .execute(),
  };
}
