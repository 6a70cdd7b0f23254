import type { Application, ApplicationsService } from '../applications/index.js';
import { RequestError } from '../http/request-error.js';
import type { RoleType } from '../roles/index.js';
import { toUser, type User, type UserRow } from '../users/index.js';
import type { OrganizationMember } from './organization-grants.store.js';
import type { OrganizationRolesService } from './organization-roles.service.js';
import { toOrganizationRole } from './organization-roles.service.js';
import { toOrganizationScope } from './organization-scopes.service.js';
import type { OrganizationStores } from './organization-stores.js';
import type { OrganizationRole, OrganizationScope } from './organization-template.schemas.js';
import { mapWriteErrors, notFound } from './organizations.errors.js';
import type { RoleRef } from './organizations.schemas.js';
import { type OrganizationsService, rolesBy } from './organizations.service.js';
import type { RelationStore } from './relation.store.js';

type Page = { offset: number; limit: number };
type List<T> = Promise<{ items: T[]; total: number }>;

interface MemberKind<T> {
  kind: OrganizationMember['kind'];
  members: RelationStore<{ id: string }>;
  roles: OrganizationStores['userRoles'];
  roleType: RoleType;
  /** Refuses ids that cannot be members (unknown: 422 like a missing foreign key; wrong app type: 422). */
  check(ids: string[]): Promise<void>;
  load(rows: Array<{ id: string }>): Promise<T[]>;
}

/**
 * Members of organizations: users, and machine-to-machine apps (Logto RFC 0006), each with their
 * organization roles. Roles are held only while the membership lasts.
 */
export function createOrganizationMembersService(deps: {
  stores: Pick<
    OrganizationStores,
    'organizations' | 'users' | 'applications' | 'userRoles' | 'applicationRoles' | 'grants'
  >;
  organizations: OrganizationsService;
  roles: OrganizationRolesService;
  applications: ApplicationsService;
}) {
  const { stores } = deps;

  function operations<T>(member: MemberKind<T>) {
    async function requireMembership(organizationId: string, memberId: string): Promise<void> {
      await deps.organizations.findOrThrow(organizationId);
      if (!(await stores.grants.isMember(organizationId, { kind: member.kind, id: memberId })))
        throw new RequestError('organization.require_membership', 422);
    }
    const unique = (ids: string[]) => [...new Set(ids)];

    return {
      async list(
        organizationId: string,
        q: string | undefined,
        page: Page,
      ): List<T & { organizationRoles: RoleRef[] }> {
        await deps.organizations.findOrThrow(organizationId);
        const [rows, total] = await member.members.list([organizationId], page, q);
        const roles = await stores.organizations.memberRoles(
          organizationId,
          member.kind,
          rows.map((row) => row.id),
        );
        const rolesOf = rolesBy(roles, 'member_id');
        const items = await member.load(rows);
        return { items: items.map((item, i) => ({ ...item, organizationRoles: rolesOf(rows[i]!.id) })), total };
      },
      async add(organizationId: string, ids: string[]): Promise<void> {
        await deps.organizations.findOrThrow(organizationId);
        await member.check(unique(ids));
        await mapWriteErrors(() => member.members.add([organizationId], unique(ids)));
      },
      async replace(organizationId: string, ids: string[]): Promise<void> {
        await deps.organizations.findOrThrow(organizationId);
        await member.check(unique(ids));
        await mapWriteErrors(() => member.members.replace([organizationId], unique(ids)));
      },
      /** Their organization roles go with the membership (foreign-key cascade). */
      async remove(organizationId: string, memberId: string): Promise<void> {
        await deps.organizations.findOrThrow(organizationId);
        if (!(await member.members.remove([organizationId], memberId))) throw notFound();
      },
      /** Gives every one of these members every one of these roles; all must be members already. */
      async addRolesToMany(organizationId: string, memberIds: string[], roleIds: string[]): Promise<void> {
        await deps.organizations.findOrThrow(organizationId);
        const members = unique(memberIds);
        if ((await member.members.holding([organizationId], members)).length !== members.length)
          throw new RequestError('organization.require_membership', 422);
        await deps.roles.findAllOfType(roleIds, member.roleType);
        for (const memberId of members)
          await mapWriteErrors(() => member.roles.add([organizationId, memberId], unique(roleIds)));
      },
      async listRoles(organizationId: string, memberId: string, page?: Page): List<OrganizationRole> {
        await requireMembership(organizationId, memberId);
        const [rows, total] = await member.roles.list([organizationId, memberId], page);
        return { items: rows.map(toOrganizationRole), total };
      },
      async addRoles(organizationId: string, memberId: string, roleIds: string[]): Promise<string[]> {
        await requireMembership(organizationId, memberId);
        await deps.roles.findAllOfType(roleIds, member.roleType);
        await mapWriteErrors(() => member.roles.add([organizationId, memberId], unique(roleIds)));
        return unique(roleIds);
      },
      async replaceRoles(organizationId: string, memberId: string, roleIds: string[]): Promise<void> {
        await requireMembership(organizationId, memberId);
        await deps.roles.findAllOfType(roleIds, member.roleType);
        await mapWriteErrors(() => member.roles.replace([organizationId, memberId], unique(roleIds)));
      },
      async removeRole(organizationId: string, memberId: string, roleId: string): Promise<void> {
        await requireMembership(organizationId, memberId);
        if (!(await member.roles.remove([organizationId, memberId], roleId))) throw notFound();
      },
      async scopes(organizationId: string, memberId: string): Promise<OrganizationScope[]> {
        await requireMembership(organizationId, memberId);
        const rows = await stores.grants.scopes(organizationId, { kind: member.kind, id: memberId });
        return rows.map(toOrganizationScope);
      },
    };
  }

  const users = operations<User>({
    kind: 'user',
    members: stores.users,
    roles: stores.userRoles,
    roleType: 'User',
    check: async () => undefined,
    load: async (rows) => (rows as UserRow[]).map(toUser),
  });

  async function machineApp(id: string): Promise<Application> {
    const app = await deps.applications.get(id).catch(() => {
      throw new RequestError('entity.relation_foreign_key_not_found', 422, { data: { applicationId: id } });
    });
    if (app.type !== 'MachineToMachine')
      throw new RequestError('application.invalid_type', 422, {
        message: 'Only machine-to-machine applications can be organization members.',
        data: { applicationId: id },
      });
    return app;
  }

  const applications = operations<Application>({
    kind: 'application',
    members: stores.applications,
    roles: stores.applicationRoles,
    roleType: 'MachineToMachine',
    check: async (ids) => {
      for (const id of ids) await machineApp(id);
    },
    load: (rows) => Promise.all(rows.map((row) => deps.applications.get(row.id))),
  });

  return { users, applications };
}

export type OrganizationMembersService = ReturnType<typeof createOrganizationMembersService>;
