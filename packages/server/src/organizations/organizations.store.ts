import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { OrganizationsTable } from '../storage/schema-organizations.js';
import { matchesAny } from '../storage/text-search.js';

export type OrganizationRow = Selectable<OrganizationsTable>;

type Page = { offset: number; limit: number };

const featuredCount = 3;

export type MemberKind = 'user' | 'application';
const memberTables = {
  user: {
    members: 'organization_user_relations',
    roles: 'organization_role_user_relations',
    column: 'user_id',
  },
  application: {
    members: 'organization_application_relations',
    roles: 'organization_role_application_relations',
    column: 'application_id',
  },
} as const;
/**
 * Both member kinds have tables of the same shape (organization_id, <member column>, …), so the
 * queries below are typed against the user tables and run on whichever kind was asked for.
 */
const tablesOf = (kind: MemberKind) => memberTables[kind] as (typeof memberTables)['user'];

/** Organizations themselves: SQL only. */
export function createOrganizationsStore(db: Kysely<Database>) {
  const searched = (q?: string) => {
    let query = db.selectFrom('organizations');
    if (q) query = query.where((eb) => matchesAny(eb, ['id', 'name'], q));
    return query;
  };

  return {
    findById: (id: string) => db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst(),
    list: (q: string | undefined, page: Page) =>
      searched(q)
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .offset(page.offset)
        .limit(page.limit)
        .execute(),
    count: async (q?: string) =>
      Number(
        (
          await searched(q)
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      ),
    insert: (row: OrganizationRow) => db.insertInto('organizations').values(row).execute(),
    update: (id: string, changes: Partial<OrganizationRow>) =>
      db.updateTable('organizations').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    /** Members, their roles, JIT rules and invitations go with it (foreign-key cascades). */
    delete: async (id: string) =>
      Number((await db.deleteFrom('organizations').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0,

    /** How many users each organization has, and its newest three (the Console's "featured" members). */
    async featuredUsers(organizationIds: string[]) {
      if (organizationIds.length === 0) return { counts: new Map<string, number>(), users: [] };
      const [counts, users] = await Promise.all([
        db
          .selectFrom('organization_user_relations')
          .select((eb) => ['organization_id', eb.fn.countAll<number>().as('count')])
          .where('organization_id', 'in', organizationIds)
          .groupBy('organization_id')
          .execute(),
        db
          .selectFrom(
            db
              .selectFrom('organization_user_relations as r')
              .innerJoin('users as u', 'u.id', 'r.user_id')
              .select([
                'r.organization_id',
                'u.id',
                'u.name',
                'u.avatar',
                sql<number>`row_number() over (partition by r.organization_id order by u.created_at desc, u.id)`.as(
                  'rank',
                ),
              ])
              .where('r.organization_id', 'in', organizationIds)
              .as('ranked'),
          )
          .select(['organization_id', 'id', 'name', 'avatar'])
          .where('rank', '<=', featuredCount)
          .execute(),
      ]);
      return { counts: new Map(counts.map((row) => [row.organization_id, Number(row.count)])), users };
    },

    /** Organization roles of some members of one organization (users or machine-to-machine apps). */
    memberRoles: (organizationId: string, kind: 'user' | 'application', memberIds: string[]) =>
      memberIds.length === 0
        ? Promise.resolve([])
        : kind === 'user'
          ? db
              .selectFrom('organization_role_user_relations as r')
              .innerJoin('organization_roles as role', 'role.id', 'r.organization_role_id')
              .select(['r.user_id as member_id', 'role.id', 'role.name'])
              .where('r.organization_id', '=', organizationId)
              .where('r.user_id', 'in', memberIds)
              .orderBy('role.name')
              .execute()
          : db
              .selectFrom('organization_role_application_relations as r')
              .innerJoin('organization_roles as role', 'role.id', 'r.organization_role_id')
              .select(['r.application_id as member_id', 'role.id', 'role.name'])
              .where('r.organization_id', '=', organizationId)
              .where('r.application_id', 'in', memberIds)
              .orderBy('role.name')
              .execute(),

    /** The organization roles a user or a machine-to-machine app holds, in every organization. */
    rolesOfMember: (kind: MemberKind, memberId: string) =>
      db
        .selectFrom(`${tablesOf(kind).roles} as r`)
        .innerJoin('organization_roles as role', 'role.id', 'r.organization_role_id')
        .select(['r.organization_id', 'role.id', 'role.name'])
        .where(`r.${tablesOf(kind).column}`, '=', memberId)
        .orderBy('role.name')
        .execute(),

    /** The organizations a user or an app belongs to, by organization creation. */
    ofMember: (kind: MemberKind, memberId: string, page?: { offset: number; limit: number }) => {
      let query = db
        .selectFrom('organizations as o')
        .innerJoin(`${tablesOf(kind).members} as r`, 'r.organization_id', 'o.id')
        .selectAll('o')
        .where(`r.${tablesOf(kind).column}`, '=', memberId)
        .orderBy('o.created_at')
        .orderBy('o.id');
      if (page) query = query.offset(page.offset).limit(page.limit);
      return query.execute();
    },

    /** How many organizations a user or an app belongs to. */
    countOfMember: async (kind: MemberKind, memberId: string) =>
      Number(
        (
          await db
            .selectFrom(`${tablesOf(kind).members} as r`)
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where(`r.${tablesOf(kind).column}`, '=', memberId)
            .executeTakeFirstOrThrow()
        ).count,
      ),
  };
}

export type OrganizationsStore = ReturnType<typeof createOrganizationsStore>;
