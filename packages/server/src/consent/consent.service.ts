import {
  type ApplicationExtrasStore,
  type ApplicationsService,
  type ConsentOwner,
  type ConsentScopeType,
  cimdCeiling,
} from '../applications/index.js';
import { RequestError } from '../http/request-error.js';
import type { Organization, OrganizationsService } from '../organizations/index.js';
import type { UsersService } from '../users/index.js';
import type { ConsentScopes, ConsentScopesInput, ResourceScopeGroup } from './consent.schemas.js';

type ResourceScopeRow = Awaited<ReturnType<ApplicationExtrasStore['resourceScopesByIds']>>[number];

/** Scopes grouped by their resource, in the order the rows come (by resource name, then scope name). */
function byResource(rows: ResourceScopeRow[]): ResourceScopeGroup[] {
  const groups = new Map<string, ResourceScopeGroup>();
  for (const row of rows) {
    const group = groups.get(row.resource_id) ?? {
      resource: { id: row.resource_id, name: row.resource_name, indicator: row.indicator },
      scopes: [],
    };
    group.scopes.push({ id: row.id, name: row.name, description: row.description });
    groups.set(row.resource_id, group);
  }
  return [...groups.values()];
}

/**
 * Third-party applications (Logto's user consent scopes and consent organizations): what such an
 * app may ask its users for, and which organizations each user let it act in; and the same scopes
 * as one realm-wide ceiling for Client ID Metadata Document clients.
 */
export function createConsentService(deps: {
  applications: Pick<ApplicationsService, 'get' | 'invalidateClient'>;
  store: ApplicationExtrasStore;
  users: Pick<UsersService, 'get'>;
  organizations: Pick<OrganizationsService, 'ofUser'>;
  /** The Management API's indicator: its permissions are never for third-party apps. */
  managementApiIndicator: string;
}) {
  const { store } = deps;

  async function thirdPartyApp(id: string) {
    const app = await deps.applications.get(id);
    if (!app.isThirdParty) throw new RequestError('application.third_party_application_only', 422);
    return app;
  }

  /** The user's organizations among `ids`; refuses ids the user is no member of. */
  async function memberOrganizations(userId: string, ids: string[]): Promise<Organization[]> {
    const mine = new Map((await deps.organizations.ofUser(userId)).map((org) => [org.id, org]));
    const unique = [...new Set(ids)];
    const outside = unique.filter((id) => !mine.has(id));
    if (outside.length > 0)
      throw new RequestError('organization.require_membership', 422, {
        message: 'The user is not a member of every organization given.',
        data: { organizationIds: outside },
      });
    return unique.map((id) => mine.get(id) as Organization);
  }

  async function checkResourceScopes(ids: string[]) {
    const unique = [...new Set(ids)];
    const rows = await store.resourceScopesByIds(unique);
    if (rows.length !== unique.length) throw new RequestError('application.user_consent_scopes_not_found', 422);
    if (rows.some((row) => row.indicator === deps.managementApiIndicator))
      throw new RequestError('application.consent_management_api_scopes_not_allowed', 422);
  }

  async function listScopesOf(owner: ConsentOwner): Promise<ConsentScopes> {
    const rows = await store.consentScopeIds(owner);
    const of = (type: ConsentScopeType) => rows.filter((row) => row.scope_type === type).map((row) => row.scope_id);
    return {
      organizationScopes: await store.organizationScopesByIds(of('organizationScopes')),
      resourceScopes: byResource(await store.resourceScopesByIds(of('resourceScopes'))),
      organizationResourceScopes: byResource(await store.resourceScopesByIds(of('organizationResourceScopes'))),
      userScopes: of('userScopes'),
    };
  }

  async function addScopesTo(owner: ConsentOwner, input: ConsentScopesInput): Promise<void> {
    const organizationScopes = [...new Set(input.organizationScopes ?? [])];
    if ((await store.organizationScopesByIds(organizationScopes)).length !== organizationScopes.length)
      throw new RequestError('application.user_consent_scopes_not_found', 422);
    await checkResourceScopes(input.resourceScopes ?? []);
    await checkResourceScopes(input.organizationResourceScopes ?? []);
    const entries = (type: ConsentScopeType, ids: readonly string[] = []) =>
      [...new Set(ids)].map((id) => ({ type, id }));
    await store.addConsentScopes(owner, [
      ...entries('organizationScopes', organizationScopes),
      ...entries('resourceScopes', input.resourceScopes),
      ...entries('organizationResourceScopes', input.organizationResourceScopes),
      ...entries('userScopes', input.userScopes),
    ]);
  }

  async function removeScopeOf(owner: ConsentOwner, type: ConsentScopeType, scopeId: string): Promise<void> {
    if (!(await store.removeConsentScope(owner, type, scopeId))) throw new RequestError('entity.not_found', 404);
  }

  return {
    memberOrganizations,

    async listScopes(applicationId: string): Promise<ConsentScopes> {
      await thirdPartyApp(applicationId);
      return listScopesOf(applicationId);
    },

    async addScopes(applicationId: string, input: ConsentScopesInput): Promise<void> {
      await thirdPartyApp(applicationId);
      await addScopesTo(applicationId, input);
      deps.applications.invalidateClient(applicationId);
    },

    async removeScope(applicationId: string, type: ConsentScopeType, scopeId: string): Promise<void> {
      await thirdPartyApp(applicationId);
      await removeScopeOf(applicationId, type, scopeId);
      deps.applications.invalidateClient(applicationId);
    },

    /** The realm-wide ceiling of Client ID Metadata Document clients (read on every use of such a client). */
    listCimdScopes: () => listScopesOf(cimdCeiling),
    addCimdScopes: (input: ConsentScopesInput) => addScopesTo(cimdCeiling, input),
    removeCimdScope: (type: ConsentScopeType, scopeId: string) => removeScopeOf(cimdCeiling, type, scopeId),

    async listOrganizations(applicationId: string, userId: string): Promise<{ organizations: Organization[] }> {
      await thirdPartyApp(applicationId);
      await deps.users.get(userId);
      const granted = new Set(await store.consentOrganizationIds(applicationId, userId));
      const mine = await deps.organizations.ofUser(userId);
      return {
        organizations: mine
          .filter((org) => granted.has(org.id))
          .map(({ organizationRoles: _roles, ...organization }) => organization),
      };
    },

    async addOrganizations(applicationId: string, userId: string, ids: string[]): Promise<void> {
      await thirdPartyApp(applicationId);
      await deps.users.get(userId);
      const organizations = await memberOrganizations(userId, ids);
      await store.addConsentOrganizations(
        applicationId,
        userId,
        organizations.map((org) => org.id),
      );
    },

    async replaceOrganizations(applicationId: string, userId: string, ids: string[]): Promise<void> {
      await thirdPartyApp(applicationId);
      await deps.users.get(userId);
      const organizations = await memberOrganizations(userId, ids);
      await store.replaceConsentOrganizations(
        applicationId,
        userId,
        organizations.map((org) => org.id),
      );
    },

    async removeOrganization(applicationId: string, userId: string, organizationId: string): Promise<void> {
      await thirdPartyApp(applicationId);
      await deps.users.get(userId);
      if (!(await store.removeConsentOrganization(applicationId, userId, organizationId)))
        throw new RequestError('entity.not_found', 404);
    },
  };
}

export type ConsentService = ReturnType<typeof createConsentService>;
