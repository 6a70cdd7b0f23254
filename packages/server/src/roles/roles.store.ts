import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import { createPreparedQueries } from '../storage/prepared.js';
import type { Database, RolesTable } from '../storage/schema.js';
import { matchesAny } from '../storage/text-search.js';
import type { RoleFilter } from './roles.schemas.js';

export type RoleRow = Selectable<RolesTable>;

type Page = { offset: number; limit: number };
type RolesQuery<O> = SelectQueryBuilder<Database, 'roles', O>;

function filtered<O>(query: RolesQuery<O>, filter: RoleFilter): RolesQuery<O> {
  let result = query;
  const { search, type } = filter;
  if (search) result = result.where((eb) => matchesAny(eb, ['id', 'name', 'description'], search));
  if (type) result = result.where('type', '=', type);
  const relations = [
    [filter.userId, 'in', 'users_roles', 'user_id'],
    [filter.excludeUserId, 'not in', 'users_roles', 'user_id'],
    [filter.applicationId, 'in', 'applications_roles', 'application_id'],
    [filter.excludeApplicationId, 'not in', 'applications_roles', 'application_id'],
  ] as const;
  for (const [holderId, op, table, column] of relations) {
    if (holderId === undefined) continue;
    result = result.where((eb) =>
      eb(
        'id',
        op,
        eb
          .selectFrom(table)
          .select('role_id')
          .where(column as 'user_id', '=', holderId),
      ),
    );
  }
  return result;
}

export function createRolesStore(db: Kysely<Database>) {
  const prepared = createPreparedQueries(db);
  return {
    findById: (id: string) => db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst(),
    findByName: (name: string) => db.selectFrom('roles').selectAll().where('name', '=', name).executeTakeFirst(),
    findByIds: (ids: string[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.selectFrom('roles').selectAll().where('id', 'in', ids).execute(),
    list: (filter: RoleFilter, page?: Page) => {
      let query = filtered(db.selectFrom('roles').selectAll(), filter).orderBy('created_at', 'desc').orderBy('id');
      if (page) query = query.offset(page.offset).limit(page.limit);
      return query.execute();
    },
    count: async (filter: RoleFilter) =>
      Number(
        (
          await filtered(
            db.selectFrom('roles').select((eb) => eb.fn.countAll<number>().as('count')),
            filter,
          ).executeTakeFirstOrThrow()
        ).count,
      ),
    insert: (row: RoleRow) => db.insertInto('roles').values(row).execute(),
    /** A role and its first permissions, in one transaction. */
    insertWithScopes: (row: RoleRow, scopeIds: string[]) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('roles').values(row).execute();
        if (scopeIds.length > 0)
          await trx
            .insertInto('roles_scopes')
            .values(scopeIds.map((scope_id) => ({ role_id: row.id, scope_id })))
            .execute();
      }),
    update: (id: string, changes: Partial<RoleRow>) =>
      db.updateTable('roles').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    /** Its permission grants and every user and app assignment go with it (foreign-key cascades). */
    delete: async (id: string) =>
      Number((await db.deleteFrom('roles').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0,
    scopeIds: (roleId: string) =>
      db
        .selectFrom('roles_scopes')
        .select('scope_id')
        .where('role_id', '=', roleId)
        .execute()
        .then((rows) => rows.map((row) => row.scope_id)),
    listScopes: (roleId: string, search?: string, page?: Page) => {
      let query = db
        .selectFrom('scopes')
        .innerJoin('roles_scopes', 'roles_scopes.scope_id', 'scopes.id')
        .selectAll('scopes')
        .where('roles_scopes.role_id', '=', roleId);
      if (search) query = query.where((eb) => matchesAny(eb, ['scopes.name', 'scopes.description'], search));
      const counted = query.clearSelect().select((eb) => eb.fn.countAll<number>().as('count'));
      let rows = query.orderBy('scopes.created_at').orderBy('scopes.id');
      if (page) rows = rows.offset(page.offset).limit(page.limit);
      return Promise.all([rows.execute(), counted.executeTakeFirstOrThrow().then((row) => Number(row.count))]);
    },
    removeScope: async (roleId: string, scopeId: string) =>
      Number(
        (
          await db
            .deleteFrom('roles_scopes')
            .where('role_id', '=', roleId)
            .where('scope_id', '=', scopeId)
            .executeTakeFirst()
        ).numDeletedRows,
      ) > 0,
    addScopes: (roleId: string, scopeIds: string[]) =>
      scopeIds.length === 0
        ? Promise.resolve()
        : db
            .insertInto('roles_scopes')
            .values(scopeIds.map((scope_id) => ({ role_id: roleId, scope_id })))
            .onConflict((oc) => oc.doNothing())
            .execute()
            .then(() => undefined),
    assignToApplication: (applicationId: string, roleId: string) =>
      db
        .insertInto('applications_roles')
        .values({ application_id: applicationId, role_id: roleId })
        .onConflict((oc) => oc.doNothing())
        .execute(),
    /** Permission names a user holds on one resource through their roles. */
    userScopeNames: (userId: string, resourceId: string) =>
      prepared(
        'roles.userScopeNames',
        () =>
          db
            .selectFrom('users_roles as ur')
            .innerJoin('roles_scopes as rs', 'rs.role_id', 'ur.role_id')
            .innerJoin('scopes as s', 's.id', 'rs.scope_id')
            .select('s.name')
            .distinct()
            .where('ur.user_id', '=', userId)
            .where('s.resource_id', '=', resourceId),
        [userId, resourceId],
      ).then((rows) => rows.map((row) => row.name)),
    /** Permission names a machine-to-machine app holds on one resource through its roles. */
    applicationScopeNames: (applicationId: string, resourceId: string) =>
      prepared(
        'roles.applicationScopeNames',
        () =>
          db
            .selectFrom('applications_roles as ar')
            .innerJoin('roles_scopes as rs', 'rs.role_id', 'ar.role_id')
            .innerJoin('scopes as s', 's.id', 'rs.scope_id')
            .select('s.name')
            .distinct()
            .where('ar.application_id', '=', applicationId)
            .where('s.resource_id', '=', resourceId),
        [applicationId, resourceId],
      ).then((rows) => rows.map((row) => row.name)),
    userRoleNames: (userId: string) =>
      db
        .selectFrom('users_roles as ur')
        .innerJoin('roles as r', 'r.id', 'ur.role_id')
        .select('r.name')
        .where('ur.user_id', '=', userId)
        .orderBy('r.name')
        .execute()
        .then((rows) => rows.map((row) => row.name)),
  };
}

export type RolesStore = ReturnType<typeof createRolesStore>;
