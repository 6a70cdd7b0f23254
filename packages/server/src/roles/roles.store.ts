import type { Kysely, Selectable } from 'kysely';
import type { Database, RolesTable } from '../storage/schema.js';

export type RoleRow = Selectable<RolesTable>;

export function createRolesStore(db: Kysely<Database>) {
  return {
    findById: (id: string) => db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst(),
    findByName: (name: string) => db.selectFrom('roles').selectAll().where('name', '=', name).executeTakeFirst(),
    insert: (row: RoleRow) => db.insertInto('roles').values(row).execute(),
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
      db
        .selectFrom('users_roles as ur')
        .innerJoin('roles_scopes as rs', 'rs.role_id', 'ur.role_id')
        .innerJoin('scopes as s', 's.id', 'rs.scope_id')
        .select('s.name')
        .distinct()
        .where('ur.user_id', '=', userId)
        .where('s.resource_id', '=', resourceId)
        .execute()
        .then((rows) => rows.map((row) => row.name)),
    /** Permission names a machine-to-machine app holds on one resource through its roles. */
    applicationScopeNames: (applicationId: string, resourceId: string) =>
      db
        .selectFrom('applications_roles as ar')
        .innerJoin('roles_scopes as rs', 'rs.role_id', 'ar.role_id')
        .innerJoin('scopes as s', 's.id', 'rs.scope_id')
        .select('s.name')
        .distinct()
        .where('ar.application_id', '=', applicationId)
        .where('s.resource_id', '=', resourceId)
        .execute()
        .then((rows) => rows.map((row) => row.name)),
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
