import type { KoaContextWithOIDC } from 'oidc-provider';
import type { TokenContextSources } from './token-claims.js';

interface ScopeRow {
  id: string;
  resource_id: string;
  name: string;
  description: string | null;
}

/** What the context builder reads; each a narrow function of an existing store or service. */
export interface TokenContextDeps {
  user: (id: string) => Promise<Record<string, unknown>>;
  rolesOfUser: (id: string) => Promise<Array<{ id: string; name: string; description: string }>>;
  roleScopes: (roleId: string) => Promise<ScopeRow[]>;
  resources: (ids: string[]) => Promise<Array<{ id: string; name: string; indicator: string }>>;
  organizationsOfUser: (
    id: string,
  ) => Promise<
    Array<{ id: string; name: string; description: string | null; organizationRoles: { id: string; name: string }[] }>
  >;
  mfaFactorTypes: (userId: string) => Promise<string[]>;
  application: (id: string) => Promise<Record<string, unknown> | undefined>;
  organization: (id: string) => Promise<{ id: string; name: string; description: string | null; customData: unknown }>;
  organizationIdOf: (ctx: KoaContextWithOIDC) => string | undefined;
}

/**
 * Logto's custom-claims context, read from the stores: the user's profile with `roles` (and their
 * scopes with the resource), `organizations`, `organizationRoles` and `mfaVerificationFactors`;
 * the application; the organization of an organization token.
 */
export function createTokenContextSources(deps: TokenContextDeps): TokenContextSources {
  return {
    async user(userId) {
      const [user, roles, organizations, mfaVerificationFactors] = await Promise.all([
        deps.user(userId),
        deps.rolesOfUser(userId),
        deps.organizationsOfUser(userId),
        deps.mfaFactorTypes(userId),
      ]);
      const scopesByRole = await Promise.all(roles.map((role) => deps.roleScopes(role.id)));
      const resourceIds = [...new Set(scopesByRole.flat().map((scope) => scope.resource_id))];
      const resources = new Map((await deps.resources(resourceIds)).map((resource) => [resource.id, resource]));
      return {
        ...user,
        ssoIdentities: [],
        mfaVerificationFactors,
        roles: roles.map((role, index) => ({
          id: role.id,
          name: role.name,
          description: role.description,
          scopes: (scopesByRole[index] ?? []).map((scope) => ({
            id: scope.id,
            name: scope.name,
            description: scope.description,
            resourceId: scope.resource_id,
            resource: resources.get(scope.resource_id),
          })),
        })),
        organizations: organizations.map(({ id, name, description }) => ({ id, name, description })),
        organizationRoles: organizations.flatMap((organization) =>
          organization.organizationRoles.map((role) => ({
            organizationId: organization.id,
            roleId: role.id,
            roleName: role.name,
          })),
        ),
      };
    },
    application: deps.application,
    async organization(organizationId) {
      const { id, name, description, customData } = await deps.organization(organizationId);
      return { id, name, description, customData };
    },
    organizationIdOf: (ctx) => deps.organizationIdOf(ctx),
  };
}
