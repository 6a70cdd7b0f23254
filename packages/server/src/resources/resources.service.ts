import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import { isUniqueViolation } from '../storage/database.js';
import type {
  CreateResource,
  Resource,
  ResourceWithScopes,
  Scope,
  ScopeInput,
  UpdateResource,
} from './resources.schemas.js';
import type { ResourceRow, ResourcesStore, ScopeRow } from './resources.store.js';

type Page = { offset: number; limit: number };

export const toResource = (row: ResourceRow): Resource => ({
  id: row.id,
  name: row.name,
  indicator: row.indicator,
  isDefault: row.is_default === 1,
  accessTokenTtl: row.access_token_ttl,
});

export const toScope = (row: ScopeRow): Scope => ({
  id: row.id,
  resourceId: row.resource_id,
  name: row.name,
  description: row.description,
  createdAt: row.created_at,
});

const indicatorInUse = (indicator: string) => (error: unknown) => {
  if (isUniqueViolation(error))
    throw new RequestError('resource.resource_identifier_in_use', 422, { data: { indicator } });
  throw error;
};

const scopeNameInUse = (name: string) => (error: unknown) => {
  if (isUniqueViolation(error)) throw new RequestError('scope.name_exists', 422, { data: { name } });
  throw error;
};

/** Permission names are space-separated in `scope`, so a name may not hold whitespace. */
function checkScopeName(name: string | undefined): void {
  if (name !== undefined && /\s/.test(name)) throw new RequestError('scope.name_with_space', 400);
}

/**
 * API resources and their permissions. The Management API resource is fixed: changing it, its
 * `all` permission or its identifier could lock every administrator out.
 */
export function createResourcesService({
  resources,
  managementIndicator,
  clock,
}: {
  resources: ResourcesStore;
  managementIndicator: string;
  clock: () => number;
}) {
  async function findOrThrow(id: string): Promise<ResourceRow> {
    const row = await resources.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  async function findEditable(id: string): Promise<ResourceRow> {
    const row = await findOrThrow(id);
    if (row.indicator === managementIndicator) throw new RequestError('resource.cannot_modify_management_api', 400);
    return row;
  }

  async function findScopeOf(resourceId: string, scopeId: string): Promise<ScopeRow> {
    const scope = await resources.findScopeById(scopeId);
    if (scope?.resource_id !== resourceId) throw new RequestError('entity.not_found', 404);
    return scope;
  }

  async function withScopes(rows: ResourceRow[]): Promise<ResourceWithScopes[]> {
    const scopes = await resources.scopesOfResources(rows.map((row) => row.id));
    return rows.map((row) => ({
      ...toResource(row),
      scopes: scopes.filter((scope) => scope.resource_id === row.id).map(toScope),
    }));
  }

  return {
    async list(page: Page | undefined, includeScopes = false): Promise<{ items: ResourceWithScopes[]; total: number }> {
      const [rows, total] = await Promise.all([resources.list(page), resources.count()]);
      return { items: includeScopes ? await withScopes(rows) : rows.map(toResource), total };
    },

    async create(input: CreateResource): Promise<ResourceWithScopes> {
      const row: ResourceRow = {
        id: generateId(),
        name: input.name,
        indicator: input.indicator,
        is_default: 0,
        access_token_ttl: input.accessTokenTtl ?? 3600,
        created_at: clock(),
      };
      await resources.insert(row).catch(indicatorInUse(input.indicator));
      return { ...toResource(row), scopes: [] };
    },

    async get(id: string): Promise<Resource> {
      return toResource(await findOrThrow(id));
    },

    async update(id: string, input: UpdateResource): Promise<Resource> {
      const current = await findEditable(id);
      const changes: Partial<ResourceRow> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.indicator !== undefined) changes.indicator = input.indicator;
      if (input.accessTokenTtl !== undefined) changes.access_token_ttl = input.accessTokenTtl;
      if (Object.keys(changes).length === 0) return toResource(current);
      const row = await resources.update(id, changes).catch(indicatorInUse(input.indicator ?? ''));
      if (!row) throw new RequestError('entity.not_found', 404);
      return toResource(row);
    },

    async setDefault(id: string, isDefault: boolean): Promise<Resource> {
      await findOrThrow(id);
      const row = isDefault ? await resources.setDefault(id) : await resources.update(id, { is_default: 0 });
      if (!row) throw new RequestError('entity.not_found', 404);
      return toResource(row);
    },

    async remove(id: string): Promise<void> {
      const row = await findOrThrow(id);
      if (row.indicator === managementIndicator) throw new RequestError('resource.cannot_delete_management_api', 400);
      if (!(await resources.delete(id))) throw new RequestError('entity.not_found', 404);
    },

    async listScopes(
      resourceId: string,
      search: string | undefined,
      page: Page | undefined,
    ): Promise<{ items: Scope[]; total: number }> {
      await findOrThrow(resourceId);
      const [rows, total] = await Promise.all([
        resources.listScopes(resourceId, search, page),
        resources.countScopes(resourceId, search),
      ]);
      return { items: rows.map(toScope), total };
    },

    async createScope(resourceId: string, input: ScopeInput & { name: string }): Promise<Scope> {
      checkScopeName(input.name);
      await findEditable(resourceId);
      const row: ScopeRow = {
        id: generateId(),
        resource_id: resourceId,
        name: input.name,
        description: input.description ?? null,
        created_at: clock(),
      };
      await resources.insertScope(row).catch(scopeNameInUse(input.name));
      return toScope(row);
    },

    async updateScope(resourceId: string, scopeId: string, input: ScopeInput): Promise<Scope> {
      checkScopeName(input.name);
      await findEditable(resourceId);
      const current = await findScopeOf(resourceId, scopeId);
      const changes: Partial<ScopeRow> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (Object.keys(changes).length === 0) return toScope(current);
      const row = await resources.updateScope(scopeId, changes).catch(scopeNameInUse(input.name ?? ''));
      if (!row) throw new RequestError('entity.not_found', 404);
      return toScope(row);
    },

    async removeScope(resourceId: string, scopeId: string): Promise<void> {
      await findEditable(resourceId);
      await findScopeOf(resourceId, scopeId);
      if (!(await resources.deleteScope(scopeId))) throw new RequestError('entity.not_found', 404);
    },

    /** For role rules: the permissions asked for, each with its resource; any unknown id is a 404. */
    async findScopesWithResources(ids: string[]) {
      const unique = [...new Set(ids)];
      const scopes = await resources.findScopesByIds(unique);
      if (scopes.length !== unique.length) throw new RequestError('entity.not_found', 404);
      const owners = await resources.findByIds([...new Set(scopes.map((scope) => scope.resource_id))]);
      return scopes.map((scope) => ({
        scope: toScope(scope),
        resource: toResource(owners.find((owner) => owner.id === scope.resource_id) as ResourceRow),
      }));
    },

    isManagementApi: (resource: Resource) => resource.indicator === managementIndicator,
  };
}

export type ResourcesService = ReturnType<typeof createResourcesService>;
