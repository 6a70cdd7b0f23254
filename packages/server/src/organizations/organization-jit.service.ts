import type { UsersService } from '../users/index.js';
import type { OrganizationRolesService } from './organization-roles.service.js';
import { toOrganizationRole } from './organization-roles.service.js';
import type { OrganizationStores } from './organization-stores.js';
import { mapWriteErrors, notFound } from './organizations.errors.js';
import type { OrganizationsService } from './organizations.service.js';

type Page = { offset: number; limit: number };

/**
 * Just-in-time provisioning (Logto's email-domain JIT): a user whose verified primary email is in
 * one of an organization's domains becomes a member with the organization's JIT roles when they
 * sign up or sign in. It happens once per user and organization: an administrator who removes the
 * member later is not overruled at the next sign-in.
 */
export function createOrganizationJitService(deps: {
  stores: Pick<OrganizationStores, 'jit' | 'jitRoles'>;
  organizations: OrganizationsService;
  roles: OrganizationRolesService;
  users: UsersService;
  clock: () => number;
}) {
  const { jit, jitRoles } = deps.stores;
  const exists = (id: string) => deps.organizations.findOrThrow(id);
  const unique = (values: string[]) => [...new Set(values)];

  return {
    async listDomains(organizationId: string, page?: Page) {
      await exists(organizationId);
      const [domains, total] = await jit.listDomains(organizationId, page);
      return { items: domains.map((emailDomain) => ({ organizationId, emailDomain })), total };
    },
    async addDomain(organizationId: string, emailDomain: string) {
      await exists(organizationId);
      const domain = emailDomain.toLowerCase();
      await mapWriteErrors(() => jit.addDomain(organizationId, domain));
      return { organizationId, emailDomain: domain };
    },
    async replaceDomains(organizationId: string, emailDomains: string[]): Promise<void> {
      await exists(organizationId);
      await jit.replaceDomains(organizationId, unique(emailDomains.map((domain) => domain.toLowerCase())));
    },
    async removeDomain(organizationId: string, emailDomain: string): Promise<void> {
      await exists(organizationId);
      if (!(await jit.removeDomain(organizationId, emailDomain.toLowerCase()))) throw notFound();
    },

    async listRoles(organizationId: string, page?: Page) {
      await exists(organizationId);
      const [rows, total] = await jitRoles.list([organizationId], page);
      return { items: rows.map(toOrganizationRole), total };
    },
    /** JIT roles are given to users, so they must be User roles. */
    async addRoles(organizationId: string, roleIds: string[]): Promise<void> {
      await exists(organizationId);
      await deps.roles.findAllOfType(roleIds, 'User');
      await mapWriteErrors(() => jitRoles.add([organizationId], unique(roleIds)));
    },
    async replaceRoles(organizationId: string, roleIds: string[]): Promise<void> {
      await exists(organizationId);
      await deps.roles.findAllOfType(roleIds, 'User');
      await mapWriteErrors(() => jitRoles.replace([organizationId], unique(roleIds)));
    },
    async removeRole(organizationId: string, roleId: string): Promise<void> {
      await exists(organizationId);
      if (!(await jitRoles.remove([organizationId], roleId))) throw notFound();
    },

    /** Called once a sign-up or sign-in identified the user; returns the organizations joined. */
    async provisionUser(userId: string): Promise<string[]> {
      const user = await deps.users.findOrThrow(userId);
      const domain = user.primary_email?.split('@').pop()?.toLowerCase();
      if (!domain) return [];
      const joined: string[] = [];
      for (const organizationId of await jit.pendingForUser(domain, userId)) {
        if (await jit.provision(organizationId, userId, deps.clock())) joined.push(organizationId);
      }
      return joined;
    },

    /**
     * A one-time token's `jitOrganizationIds`: the user joins each organization that exists, with
     * its JIT roles (once per user and organization, as email-domain JIT); unknown ids are skipped.
     */
    async provisionInto(userId: string, organizationIds: string[]): Promise<string[]> {
      const joined: string[] = [];
      for (const organizationId of unique(organizationIds)) {
        const found = await exists(organizationId).then(
          () => true,
          () => false,
        );
        if (found && (await jit.provision(organizationId, userId, deps.clock()))) joined.push(organizationId);
      }
      return joined;
    },
  };
}

export type OrganizationJitService = ReturnType<typeof createOrganizationJitService>;
