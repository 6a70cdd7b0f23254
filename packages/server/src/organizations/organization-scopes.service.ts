import { generateId } from '../crypto/ids.js';
import type { OrganizationStores } from './organization-stores.js';
import type { OrganizationScope, OrganizationScopeInput } from './organization-template.schemas.js';
import type { OrganizationScopeRow } from './organization-template.store.js';
import { checkPermissionName, mapWriteErrors, notFound } from './organizations.errors.js';

type Page = { offset: number; limit: number };

export const toOrganizationScope = (row: OrganizationScopeRow): OrganizationScope => ({
  id: row.id,
  name: row.name,
  description: row.description,
});

const what = 'organization permission';

/** Organization permissions (organization scopes): unique, space-free names shared by every organization. */
export function createOrganizationScopesService(deps: {
  stores: Pick<OrganizationStores, 'scopes'>;
  clock: () => number;
}) {
  const { scopes } = deps.stores;

  async function findOrThrow(id: string): Promise<OrganizationScopeRow> {
    const row = await scopes.findById(id);
    if (!row) throw notFound();
    return row;
  }

  return {
    async list(q: string | undefined, page: Page) {
      const [rows, total] = await Promise.all([scopes.list(q, page), scopes.count(q)]);
      return { items: rows.map(toOrganizationScope), total };
    },

    async create(input: OrganizationScopeInput & { name: string }): Promise<OrganizationScope> {
      checkPermissionName(input.name);
      const row: OrganizationScopeRow = {
        id: generateId(),
        name: input.name,
        description: input.description ?? null,
        created_at: deps.clock(),
      };
      await mapWriteErrors(() => scopes.insert(row), { what, name: input.name });
      return toOrganizationScope(row);
    },

    get: async (id: string) => toOrganizationScope(await findOrThrow(id)),

    async update(id: string, input: OrganizationScopeInput): Promise<OrganizationScope> {
      checkPermissionName(input.name);
      const current = await findOrThrow(id);
      const changes: Partial<OrganizationScopeRow> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (Object.keys(changes).length === 0) return toOrganizationScope(current);
      const row = await mapWriteErrors(() => scopes.update(id, changes), {
        what,
        name: input.name,
      });
      if (!row) throw notFound();
      return toOrganizationScope(row);
    },

    /** Every organization role loses it too (foreign-key cascade), so tokens stop carrying it. */
    async remove(id: string): Promise<void> {
      if (!(await scopes.delete(id))) throw notFound();
    },
  };
}

export type OrganizationScopesService = ReturnType<typeof createOrganizationScopesService>;
