import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

type Member = { kind: 'user' | 'application'; id: string };

/**
 * What a member may do in an organization, computed from the current rows each time a token or
 * a claim is issued: membership, organization permissions and API permissions through
 * organization roles. SQL only.
 */
export function createOrganizationGrantsStore(db: Kysely<Database>) {
  const names = (rows: Array<{ name: string }>) => rows.map((row) => row.name);

  /** Role ids the member holds in the organization, as a subquery. */
  const roleIds = (organizationId: string, member: Member) =>
    member.kind === 'user'
      ? db
          .selectFrom('organization_role_user_relations')
          .select('organization_role_id')
          .where('organization_id', '=', organizationId)
          .where('user_id', '=', member.id)
      : db
          .selectFrom('organization_role_application_relations')
          .select('organization_role_id')
          .where('organization_id', '=', organizationId)
          .where('application_id', '=', member.id);

  return {
    async isMember(organizationId: string, member: Member): Promise<boolean> {
      const row =
        member.kind === 'user'
          ? await db
              .selectFrom('organization_user_relations')
              .select('user_id')
              .where('organization_id', '=', organizationId)
              .where('user_id', '=', member.id)
              .executeTakeFirst()
          : await db
              .selectFrom('organization_application_relations')
              .select('application_id')
              .where('organization_id', '=', organizationId)
              .where('application_id', '=', member.id)
              .executeTakeFirst();
      return row !== undefined;
    },

    findOrganization: (organizationId: string) =>
      db
        .selectFrom('organizations')
        .select(['id', 'is_mfa_required'])
        .where('id', '=', organizationId)
        .executeTakeFirst(),

    /** Organization permissions (rows) the member holds through their organization roles. */
    scopes: (organizationId: string, member: Member) =>
      db
        .selectFrom('organization_scopes as s')
        .innerJoin('organization_role_scope_relations as rs', 'rs.organization_scope_id', 's.id')
        .select(['s.id', 's.name', 's.description', 's.created_at'])
        .distinct()
        .where('rs.organization_role_id', 'in', roleIds(organizationId, member))
        .orderBy('s.name')
        .execute(),

    /** Organization permission names the member holds. */
    async scopeNames(organizationId: string, member: Member): Promise<string[]> {
      const rows = await db
        .selectFrom('organization_scopes as s')
        .innerJoin('organization_role_scope_relations as rs', 'rs.organization_scope_id', 's.id')
        .select('s.name')
        .distinct()
        .where('rs.organization_role_id', 'in', roleIds(organizationId, member))
        .execute();
      return names(rows);
    },

    /** API permission names on one resource the member holds through organization roles. */
    async resourceScopeNames(organizationId: string, member: Member, resourceId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('scopes as s')
        .innerJoin('organization_role_resource_scope_relations as rs', 'rs.scope_id', 's.id')
        .select('s.name')
        .distinct()
        .where('s.resource_id', '=', resourceId)
        .where('rs.organization_role_id', 'in', roleIds(organizationId, member))
        .execute();
      return names(rows);
    },

    /** For the `organizations` and `organization_data` claims. */
    organizationsOfUser: (userId: string) =>
      db
        .selectFrom('organizations as o')
        .innerJoin('organization_user_relations as r', 'r.organization_id', 'o.id')
        .select(['o.id', 'o.name', 'o.description'])
        .where('r.user_id', '=', userId)
        .orderBy('o.created_at')
        .orderBy('o.id')
        .execute(),

    /** For the `organization_roles` claim: `<organization id>:<role name>`. */
    async organizationRolesOfUser(userId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('organization_role_user_relations as r')
        .innerJoin('organization_roles as role', 'role.id', 'r.organization_role_id')
        .select(['r.organization_id', 'role.name'])
        .where('r.user_id', '=', userId)
        .orderBy('r.organization_id')
        .orderBy('role.name')
        .execute();
      return rows.map((row) => `${row.organization_id}:${row.name}`);
    },
  };
}

export type OrganizationGrantsStore = ReturnType<typeof createOrganizationGrantsStore>;
export type OrganizationMember = Member;
