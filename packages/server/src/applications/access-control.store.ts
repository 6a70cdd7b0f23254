import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { AccessControl } from './access-control.schemas.js';

/** The app-level access control allow-lists of applications (SQL only). */
export function createAccessControlStore(db: Kysely<Database>) {
  const idsIn = async <T extends 'users' | 'roles' | 'organizations' | 'organization_roles'>(
    table: T,
    ids: string[],
  ): Promise<Array<{ id: string; type: string | null }>> => {
    if (ids.length === 0) return [];
    const query = db.selectFrom(table as 'roles').where('id', 'in', ids);
    if (table === 'roles' || table === 'organization_roles') return query.select(['id', 'type']).execute();
    return (await query.select('id').execute()).map(({ id }) => ({ id, type: null }));
  };

  return {
    async read(applicationId: string): Promise<AccessControl> {
      const [users, roles, organizations, organizationRoles] = await Promise.all([
        db
          .selectFrom('application_access_users')
          .select('user_id')
          .where('application_id', '=', applicationId)
          .orderBy('user_id')
          .execute(),
        db
          .selectFrom('application_access_user_roles')
          .select('role_id')
          .where('application_id', '=', applicationId)
          .orderBy('role_id')
          .execute(),
        db
          .selectFrom('application_access_organizations')
          .select('organization_id')
          .where('application_id', '=', applicationId)
          .orderBy('organization_id')
          .execute(),
        db
          .selectFrom('application_access_organization_roles')
          .select(['organization_id', 'organization_role_id'])
          .where('application_id', '=', applicationId)
          .orderBy('organization_id')
          .orderBy('organization_role_id')
          .execute(),
      ]);
      const byOrganization = new Map<string, string[]>();
      for (const row of organizationRoles)
        byOrganization.set(row.organization_id, [
          ...(byOrganization.get(row.organization_id) ?? []),
          row.organization_role_id,
        ]);
      return {
        userIds: users.map((row) => row.user_id),
        userRoleIds: roles.map((row) => row.role_id),
        organizationIds: organizations.map((row) => row.organization_id),
        organizationRoleRules: [...byOrganization].map(([organizationId, organizationRoleIds]) => ({
          organizationId,
          organizationRoleIds,
        })),
      };
    },

    replace: (applicationId: string, rules: AccessControl) =>
      db.transaction().execute(async (trx) => {
        const application_id = applicationId;
        for (const table of [
          'application_access_users',
          'application_access_user_roles',
          'application_access_organizations',
          'application_access_organization_roles',
        ] as const)
          await trx.deleteFrom(table).where('application_id', '=', applicationId).execute();
        if (rules.userIds.length > 0)
          await trx
            .insertInto('application_access_users')
            .values(rules.userIds.map((user_id) => ({ application_id, user_id })))
            .execute();
        if (rules.userRoleIds.length > 0)
          await trx
            .insertInto('application_access_user_roles')
            .values(rules.userRoleIds.map((role_id) => ({ application_id, role_id })))
            .execute();
        if (rules.organizationIds.length > 0)
          await trx
            .insertInto('application_access_organizations')
            .values(rules.organizationIds.map((organization_id) => ({ application_id, organization_id })))
            .execute();
        const organizationRoles = rules.organizationRoleRules.flatMap(({ organizationId, organizationRoleIds }) =>
          organizationRoleIds.map((organization_role_id) => ({
            application_id,
            organization_id: organizationId,
            organization_role_id,
          })),
        );
        if (organizationRoles.length > 0)
          await trx.insertInto('application_access_organization_roles').values(organizationRoles).execute();
      }),

    /** Which of these ids exist (with the role's type for roles), to refuse rules naming nothing. */
    existing: idsIn,

    /**
     * Whether the user matches any rule of the application: named, holding a named role, a member
     * of a named organization, or holding a named organization role in its organization. One query.
     */
    async allows(applicationId: string, userId: string): Promise<boolean> {
      const row = await db
        .selectFrom('applications as a')
        .select('a.id')
        .where('a.id', '=', applicationId)
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('application_access_users as r')
                .select('r.user_id')
                .whereRef('r.application_id', '=', 'a.id')
                .where('r.user_id', '=', userId),
            ),
            eb.exists(
              eb
                .selectFrom('application_access_user_roles as r')
                .innerJoin('users_roles as ur', 'ur.role_id', 'r.role_id')
                .select('r.role_id')
                .whereRef('r.application_id', '=', 'a.id')
                .where('ur.user_id', '=', userId),
            ),
            eb.exists(
              eb
                .selectFrom('application_access_organizations as r')
                .innerJoin('organization_user_relations as m', 'm.organization_id', 'r.organization_id')
                .select('r.organization_id')
                .whereRef('r.application_id', '=', 'a.id')
                .where('m.user_id', '=', userId),
            ),
            eb.exists(
              eb
                .selectFrom('application_access_organization_roles as r')
                .innerJoin('organization_role_user_relations as m', (join) =>
                  join
                    .onRef('m.organization_id', '=', 'r.organization_id')
                    .onRef('m.organization_role_id', '=', 'r.organization_role_id'),
                )
                .select('r.organization_id')
                .whereRef('r.application_id', '=', 'a.id')
                .where('m.user_id', '=', userId),
            ),
          ]),
        )
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type AccessControlStore = ReturnType<typeof createAccessControlStore>;
