import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import { type ResourcesService, type Scope, toScope } from '../resources/index.js';
import type { RoleType } from '../roles/index.js';
import { toOrganizationScope } from './organization-scopes.service.js';
import type { OrganizationStores } from './organization-stores.js';
import type {
  CreateOrganizationRole,
  OrganizationRole,
  OrganizationRoleWithScopes,
  OrganizationScope,
  UpdateOrganizationRole,
} from './organization-template.schemas.js';
import type { OrganizationRoleRow } from './organization-template.store.js';
import { mapWriteErrors, notFound, roleTypeMismatch } from './organizations.errors.js';

type Page = { offset: number; limit: number };
type List<T> = Promise<{ items: T[]; total: number }>;

export const toOrganizationRole = (row: OrganizationRoleRow): OrganizationRole => ({
  id: row.id,
  name: row.name,
  description: row.description,
  type: row.type as RoleType,
});

const what = 'organization role';

/**
 * Organization roles: unique names, typed User or MachineToMachine, granting organization
 * permissions and API resource permissions inside an organization.
 */
export function createOrganizationRolesService(deps: {
  stores: Pick<OrganizationStores, 'roles' | 'rolePermissions' | 'roleScopes' | 'roleResourceScopes' | 'scopes'>;
  resources: ResourcesService;
  clock: () => number;
}) {
  const { roles, rolePermissions, roleScopes, roleResourceScopes, scopes } = deps.stores;

  async function findOrThrow(id: string): Promise<OrganizationRoleRow> {
    const row = await roles.findById(id);
    if (!row) throw notFound();
    return row;
  }

  async function checkScopeIds(ids: string[]): Promise<void> {
    if ((await scopes.findByIds(ids)).length !== ids.length)
      throw new RequestError('organization.roles.invalid_scope_ids', 422);
  }

  /** Unknown ids are a 422; Management API permissions never go to User roles (members would administer). */
  async function checkResourceScopeIds(type: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await deps.resources.findScopesWithResources(ids).catch(() => {
      throw new RequestError('organization.roles.invalid_resource_scope_ids', 422);
    });
    if (type === 'User' && found.some(({ resource }) => deps.resources.isManagementApi(resource)))
      throw new RequestError('role.management_api_scopes_not_assignable_to_user_role', 400);
  }

  async function withScopes(rows: OrganizationRoleRow[]): Promise<OrganizationRoleWithScopes[]> {
    const ids = rows.map((row) => row.id);
    const [held, heldResource] = await Promise.all([
      rolePermissions.scopesOfRoles(ids),
      rolePermissions.resourceScopesOfRoles(ids),
    ]);
    return rows.map((row) => ({
      ...toOrganizationRole(row),
      scopes: held.filter((s) => s.organization_role_id === row.id).map(({ id, name }) => ({ id, name })),
      resourceScopes: heldResource
        .filter((s) => s.organization_role_id === row.id)
        .map((s) => ({ id: s.id, name: s.name, resource: { id: s.resource_id, name: s.resource_name } })),
    }));
  }

  return {
    findOrThrow,

    async list(q: string | undefined, page: Page): List<OrganizationRoleWithScopes> {
      const [rows, total] = await Promise.all([roles.list(q, page), roles.count(q)]);
      return { items: await withScopes(rows), total };
    },

    async create(input: CreateOrganizationRole): Promise<OrganizationRole> {
      const scopeIds = [...new Set(input.organizationScopeIds ?? [])];
      const resourceScopeIds = [...new Set(input.resourceScopeIds ?? [])];
      await checkScopeIds(scopeIds);
      await checkResourceScopeIds(input.type, resourceScopeIds);
      const row: OrganizationRoleRow = {
        id: generateId(),
        name: input.name,
        description: input.description ?? null,
        type: input.type,
        created_at: deps.clock(),
      };
      await mapWriteErrors(() => rolePermissions.insertRole(row, scopeIds, resourceScopeIds), {
        what,
        name: input.name,
      });
      return toOrganizationRole(row);
    },

    get: async (id: string) => toOrganizationRole(await findOrThrow(id)),

    async update(id: string, input: UpdateOrganizationRole): Promise<OrganizationRole> {
      const current = await findOrThrow(id);
      const changes: Partial<OrganizationRoleRow> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (input.type !== undefined && input.type !== current.type) {
        await checkResourceScopeIds(input.type, await roleResourceScopes.memberIds([id]));
        changes.type = input.type;
      }
      if (Object.keys(changes).length === 0) return toOrganizationRole(current);
      const row = await mapWriteErrors(() => roles.update(id, changes), { what, name: input.name });
      if (!row) throw notFound();
      return toOrganizationRole(row);
    },

    /** Members holding it lose it, and with it its permissions (foreign-key cascades). */
    async remove(id: string): Promise<void> {
      if (!(await roles.delete(id))) throw notFound();
    },

    async listScopes(id: string, page: Page | undefined, q?: string): List<OrganizationScope> {
      await findOrThrow(id);
      const [rows, total] = await roleScopes.list([id], page, q);
      return { items: rows.map(toOrganizationScope), total };
    },
    async addScopes(id: string, scopeIds: string[]): Promise<void> {
      await findOrThrow(id);
      await mapWriteErrors(() => roleScopes.add([id], [...new Set(scopeIds)]));
    },
    async replaceScopes(id: string, scopeIds: string[]): Promise<void> {
      await findOrThrow(id);
      await mapWriteErrors(() => roleScopes.replace([id], [...new Set(scopeIds)]));
    },
    async removeScope(id: string, scopeId: string): Promise<void> {
      await findOrThrow(id);
      if (!(await roleScopes.remove([id], scopeId))) throw notFound();
    },

    async listResourceScopes(id: string, page: Page | undefined, q?: string): List<Scope> {
      await findOrThrow(id);
      const [rows, total] = await roleResourceScopes.list([id], page, q);
      return { items: rows.map(toScope), total };
    },
    async addResourceScopes(id: string, scopeIds: string[]): Promise<void> {
      const role = await findOrThrow(id);
      const unique = [...new Set(scopeIds)];
      await checkResourceScopeIds(role.type, unique);
      await mapWriteErrors(() => roleResourceScopes.add([id], unique));
    },
    async replaceResourceScopes(id: string, scopeIds: string[]): Promise<void> {
      const role = await findOrThrow(id);
      const unique = [...new Set(scopeIds)];
      await checkResourceScopeIds(role.type, unique);
      await mapWriteErrors(() => roleResourceScopes.replace([id], unique));
    },
    async removeResourceScope(id: string, scopeId: string): Promise<void> {
      await findOrThrow(id);
      if (!(await roleResourceScopes.remove([id], scopeId))) throw notFound();
    },

    /** Every role exists (422 otherwise, as a missing foreign key) and has the type the holder needs. */
    async findAllOfType(roleIds: string[], type: RoleType): Promise<OrganizationRoleRow[]> {
      const unique = [...new Set(roleIds)];
      const rows = await roles.findByIds(unique);
      if (rows.length !== unique.length) throw new RequestError('entity.relation_foreign_key_not_found', 422);
      const wrong = rows.find((row) => row.type !== type);
      if (wrong) throw roleTypeMismatch(type, wrong.id);
      return rows;
    },
  };
}

export type OrganizationRolesService = ReturnType<typeof createOrganizationRolesService>;
