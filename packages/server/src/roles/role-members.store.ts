import { type Kysely, sql } from 'kysely';
import type { Database } from '../storage/schema.js';

const featuredCount = 3;

/** Which users and machine-to-machine apps hold which roles (users_roles, applications_roles). */
export function createRoleMembersStore(db: Kysely<Database>) {
  const removed = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows) > 0;
  // users_roles and applications_roles have the same shape (holder column, role_id); typed as the first.
  const holderTables = {
    user: { table: 'users_roles', column: 'user_id' },
    application: { table: 'applications_roles', column: 'application_id' },
  } as const;
  const replaceRoles = (kind: keyof typeof holderTables, holderId: string, roleIds: string[]) => {
    const { table, column } = holderTables[kind] as (typeof holderTables)['user'];
    return db.transaction().execute(async (trx) => {
      let removal = trx.deleteFrom(table).where(column, '=', holderId);
      if (roleIds.length > 0) removal = removal.where('role_id', 'not in', roleIds);
      await removal.execute();
      if (roleIds.length > 0)
        await trx
          .insertInto(table)
          .values(roleIds.map((role_id) => ({ [column]: holderId, role_id }) as { user_id: string; role_id: string }))
          .onConflict((oc) => oc.doNothing())
          .execute();
    });
  };

  return {
    roleIdsOfUser: (userId: string) =>
      db
        .selectFrom('users_roles')
        .select('role_id')
        .where('user_id', '=', userId)
        .execute()
        .then((rows) => rows.map((row) => row.role_id)),
    roleIdsOfApplication: (applicationId: string) =>
      db
        .selectFrom('applications_roles')
        .select('role_id')
        .where('application_id', '=', applicationId)
        .execute()
        .then((rows) => rows.map((row) => row.role_id)),
    /** Of these users, the ones already holding the role. */
    usersHolding: (roleId: string, userIds: string[]) =>
      db
        .selectFrom('users_roles')
        .select('user_id')
        .where('role_id', '=', roleId)
        .where('user_id', 'in', userIds)
        .execute()
        .then((rows) => rows.map((row) => row.user_id)),
    applicationsHolding: (roleId: string, applicationIds: string[]) =>
      db
        .selectFrom('applications_roles')
        .select('application_id')
        .where('role_id', '=', roleId)
        .where('application_id', 'in', applicationIds)
        .execute()
        .then((rows) => rows.map((row) => row.application_id)),
    addUserRoles: async (pairs: Array<{ user_id: string; role_id: string }>) => {
      if (pairs.length > 0)
        await db
          .insertInto('users_roles')
          .values(pairs)
          .onConflict((oc) => oc.doNothing())
          .execute();
    },
    /** The user holds exactly these roles afterwards, in one transaction. */
    replaceUserRoles: (userId: string, roleIds: string[]) => replaceRoles('user', userId, roleIds),
    /** The application holds exactly these roles afterwards, in one transaction. */
    replaceApplicationRoles: (applicationId: string, roleIds: string[]) =>
      replaceRoles('application', applicationId, roleIds),
    addApplicationRoles: async (pairs: Array<{ application_id: string; role_id: string }>) => {
      if (pairs.length > 0)
        await db
          .insertInto('applications_roles')
          .values(pairs)
          .onConflict((oc) => oc.doNothing())
          .execute();
    },
    removeUserRole: async (userId: string, roleId: string) =>
      removed(
        await db
          .deleteFrom('users_roles')
          .where('user_id', '=', userId)
          .where('role_id', '=', roleId)
          .executeTakeFirst(),
      ),
    removeApplicationRole: async (applicationId: string, roleId: string) =>
      removed(
        await db
          .deleteFrom('applications_roles')
          .where('application_id', '=', applicationId)
          .where('role_id', '=', roleId)
          .executeTakeFirst(),
      ),
    /** How many users and apps hold each of these roles. */
    counts: async (roleIds: string[]) => {
      if (roleIds.length === 0) return { users: new Map<string, number>(), applications: new Map<string, number>() };
      const [users, applications] = await Promise.all([
        db
          .selectFrom('users_roles')
          .select((eb) => ['role_id', eb.fn.countAll<number>().as('count')])
          .where('role_id', 'in', roleIds)
          .groupBy('role_id')
          .execute(),
        db
          .selectFrom('applications_roles')
          .select((eb) => ['role_id', eb.fn.countAll<number>().as('count')])
          .where('role_id', 'in', roleIds)
          .groupBy('role_id')
          .execute(),
      ]);
      const toMap = (rows: Array<{ role_id: string; count: number }>) =>
        new Map(rows.map((row) => [row.role_id, Number(row.count)]));
      return { users: toMap(users), applications: toMap(applications) };
    },
    /** The newest three users holding each role (window functions run on SQLite and PostgreSQL alike). */
    featuredUsers: (roleIds: string[]) =>
      roleIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom(
              db
                .selectFrom('users_roles')
                .innerJoin('users', 'users.id', 'users_roles.user_id')
                .select([
                  'users_roles.role_id',
                  'users.id',
                  'users.name',
                  'users.avatar',
                  sql<number>`row_number() over (partition by users_roles.role_id order by users.created_at desc, users.id)`.as(
                    'rank',
                  ),
                ])
                .where('users_roles.role_id', 'in', roleIds)
                .as('ranked'),
            )
            .select(['role_id', 'id', 'name', 'avatar'])
            .where('rank', '<=', featuredCount)
            .execute(),
    featuredApplications: (roleIds: string[]) =>
      roleIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom(
              db
                .selectFrom('applications_roles')
                .innerJoin('applications', 'applications.id', 'applications_roles.application_id')
                .select([
                  'applications_roles.role_id',
                  'applications.id',
                  'applications.name',
                  'applications.type',
                  sql<number>`row_number() over (partition by applications_roles.role_id order by applications.created_at desc, applications.id)`.as(
                    'rank',
                  ),
                ])
                .where('applications_roles.role_id', 'in', roleIds)
                .as('ranked'),
            )
            .select(['role_id', 'id', 'name', 'type'])
            .where('rank', '<=', featuredCount)
            .execute(),
  };
}

export type RoleMembersStore = ReturnType<typeof createRoleMembersStore>;
