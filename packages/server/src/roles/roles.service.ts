import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { ResourcesService, ScopeWithResource } from '../resources/index.js';
import { isUniqueViolation } from '../storage/database.js';
import type { RoleMembersStore } from './role-members.store.js';
import type { CreateRole, Role, RoleFilter, RoleListItem, RoleType, UpdateRole } from './roles.schemas.js';
import type { RoleRow, RolesStore } from './roles.store.js';

type Page = { offset: number; limit: number };

export const toRole = (row: RoleRow): Role => ({
  id: row.id,
  name: row.name,
  description: row.description,
  type: row.type as RoleType,
  isDefault: row.is_default === 1,
});

const nameInUse = (name: string) => (error: unknown) => {
  if (isUniqueViolation(error)) throw new RequestError('role.name_in_use', 422, { data: { name } });
  throw error;
};

/**
 * Roles and the permissions they grant. The seeded Management API role is how machine-to-machine
 * admins get in, so it can be neither renamed, deleted, nor stripped of Management API permissions.
 */
export function createRolesService(deps: {
  roles: RolesStore;
  members: RoleMembersStore;
  resources: ResourcesService;
  managementRoleId: string;
  clock: () => number;
}) {
  const { roles, members, resources, managementRoleId, clock } = deps;

  async function findOrThrow(id: string): Promise<RoleRow> {
    const row = await roles.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  /** Unknown permissions are a 404; Management API permissions only go to machine-to-machine roles. */
  async function checkScopes(type: RoleType, scopeIds: string[]): Promise<void> {
    const found = await resources.findScopesWithResources(scopeIds);
    if (type === 'User' && found.some(({ resource }) => resources.isManagementApi(resource)))
      throw new RequestError('role.management_api_scopes_not_assignable_to_user_role', 400);
  }

  async function scopesWithResources(ids: string[]): Promise<ScopeWithResource[]> {
    const found = await resources.findScopesWithResources(ids);
    return ids.flatMap((id) => {
      const match = found.find(({ scope }) => scope.id === id);
      return match ? [{ ...match.scope, resource: match.resource }] : [];
    });
  }

  return {
    async list(filter: RoleFilter, page: Page): Promise<{ items: RoleListItem[]; total: number }> {
      const [rows, total] = await Promise.all([roles.list(filter, page), roles.count(filter)]);
      const ids = rows.map((row) => row.id);
      const [counts, users, applications] = await Promise.all([
        members.counts(ids),
        members.featuredUsers(ids),
        members.featuredApplications(ids),
      ]);
      const items = rows.map((row) => ({
        ...toRole(row),
        usersCount: counts.users.get(row.id) ?? 0,
        featuredUsers: users.filter((user) => user.role_id === row.id).map(({ role_id: _, ...user }) => user),
        applicationsCount: counts.applications.get(row.id) ?? 0,
        featuredApplications: applications.filter((app) => app.role_id === row.id).map(({ role_id: _, ...app }) => app),
      }));
      return { items, total };
    },

    /** Roles by filter without the holder summary (a user's or an app's roles). */
    async listPlain(filter: RoleFilter, page: Page): Promise<{ items: Role[]; total: number }> {
      const [rows, total] = await Promise.all([roles.list(filter, page), roles.count(filter)]);
      return { items: rows.map(toRole), total };
    },

    async create(input: CreateRole): Promise<Role> {
      const scopeIds = [...new Set(input.scopeIds ?? [])];
      await checkScopes(input.type, scopeIds);
      const row: RoleRow = {
        id: generateId(),
        name: input.name,
        description: input.description,
        type: input.type,
        is_default: input.isDefault ? 1 : 0,
        created_at: clock(),
      };
      await roles.insertWithScopes(row, scopeIds).catch(nameInUse(input.name));
      return toRole(row);
    },

    get: async (id: string): Promise<Role> => toRole(await findOrThrow(id)),
    findOrThrow,

    async update(id: string, input: UpdateRole): Promise<Role> {
      const current = await findOrThrow(id);
      if (id === managementRoleId && input.name !== undefined && input.name !== current.name)
        throw new RequestError('role.management_role_protected', 400);
      const changes: Partial<RoleRow> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (input.isDefault !== undefined) changes.is_default = input.isDefault ? 1 : 0;
      if (Object.keys(changes).length === 0) return toRole(current);
      const row = await roles.update(id, changes).catch(nameInUse(input.name ?? ''));
      if (!row) throw new RequestError('entity.not_found', 404);
      return toRole(row);
    },

    async remove(id: string): Promise<void> {
      await findOrThrow(id);
      if (id === managementRoleId) throw new RequestError('role.management_role_protected', 400);
      if (!(await roles.delete(id))) throw new RequestError('entity.not_found', 404);
    },

    async listScopes(
      id: string,
      search: string | undefined,
      page: Page | undefined,
    ): Promise<{ items: ScopeWithResource[]; total: number }> {
      await findOrThrow(id);
      const [rows, total] = await roles.listScopes(id, search, page);
      return { items: await scopesWithResources(rows.map((row) => row.id)), total };
    },

    /** Adds permissions and answers with all the role's permissions, as Logto does. */
    async addScopes(id: string, scopeIds: string[]): Promise<ScopeWithResource[]> {
      const role = await findOrThrow(id);
      const unique = [...new Set(scopeIds)];
      const held = new Set(await roles.scopeIds(id));
      const already = unique.find((scopeId) => held.has(scopeId));
      if (already) throw new RequestError('role.scope_exists', 422, { data: { scopeId: already } });
      await checkScopes(role.type as RoleType, unique);
      await roles.addScopes(id, unique);
      return scopesWithResources(await roles.scopeIds(id));
    },

    async removeScope(id: string, scopeId: string): Promise<void> {
      await findOrThrow(id);
      if (id === managementRoleId) {
        const [found] = await resources.findScopesWithResources([scopeId]).catch(() => []);
        if (found && resources.isManagementApi(found.resource))
          throw new RequestError('role.management_role_protected', 400);
      }
      if (!(await roles.removeScope(id, scopeId))) throw new RequestError('entity.not_found', 404);
    },

    /** Every role exists (404 otherwise) and has the type the holder needs (422 with `code` otherwise). */
    async findAllOfType(roleIds: string[], type: RoleType, code: string): Promise<RoleRow[]> {
      const unique = [...new Set(roleIds)];
      const rows = await roles.findByIds(unique);
      if (rows.length !== unique.length) throw new RequestError('entity.not_found', 404);
      const wrong = rows.find((row) => row.type !== type);
      if (wrong) throw new RequestError(code, 422, { data: { roleId: wrong.id } });
      return rows;
    },
  };
}

export type RolesService = ReturnType<typeof createRolesService>;
