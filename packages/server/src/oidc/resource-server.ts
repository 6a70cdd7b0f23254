import type { KoaContextWithOIDC, ResourceServer } from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { OrganizationGrantsStore } from '../organizations/index.js';
import type { ResourcesStore } from '../resources/index.js';
import type { RolesStore } from '../roles/index.js';
import { isThirdPartyClient } from './client-metadata.js';
import { signingAlg } from './keys.js';
import {
  organizationContextOf,
  organizationResourceScopes,
  organizationResourceServer,
  organizationsResource,
} from './organization-resource.js';

type Client = NonNullable<KoaContextWithOIDC['oidc']['client']>;
type ConsentableType = 'resourceScopes' | 'organizationResourceScopes' | 'organizationScopes';
export type ConsentableScopes = (
  applicationId: string,
  type: ConsentableType,
  resourceId?: string,
) => Promise<string[]>;

/** The subject a token is being issued to: a user account, or the client itself. */
function subjectOf(ctx: KoaContextWithOIDC): { accountId?: string; clientCredentials: boolean } {
  const { oidc } = ctx;
  if (oidc.params?.grant_type === 'client_credentials') return { clientCredentials: true };
  const accountId =
    oidc.entities.RefreshToken?.accountId ??
    oidc.entities.AuthorizationCode?.accountId ??
    oidc.entities.Account?.accountId ??
    oidc.session?.accountId;
  return { accountId, clientCredentials: false };
}

/**
 * Resource indicators (RFC 8707). A token for an API resource is a JWT whose `aud` is the
 * resource and whose scopes are limited to what the user's (or the M2M app's) roles grant
 * right now, so removing a role takes effect at the next refresh. The provider then issues
 * requested ∩ granted at sign-in ∩ this. With an organization (organization-resource.ts), the
 * organization roles' permissions replace the global roles', and the reserved organizations
 * resource answers with organization permissions.
 */
export function createResourceIndicators({
  resources,
  roles,
  organizationGrants,
  consentableScopes,
}: {
  resources: ResourcesStore;
  roles: RolesStore;
  organizationGrants: OrganizationGrantsStore;
  /** A third-party app's scopes its users may consent to (names; of this resource when one is named). */
  consentableScopes?: ConsentableScopes;
}) {
  /** A third-party app gets nothing its users may not consent to. */
  async function consentable(client: Client, scopes: string[], type: ConsentableType, resourceId?: string) {
    if (!isThirdPartyClient(client)) return scopes;
    const allowed = new Set(consentableScopes ? await consentableScopes(client.clientId, type, resourceId) : []);
    return scopes.filter((scope) => allowed.has(scope));
  }

  return {
    enabled: true,
    async defaultResource(_ctx: KoaContextWithOIDC, _client: Client, oneOf?: readonly string[]) {
      if (oneOf) return oneOf;
      return (await resources.findDefault())?.indicator;
    },
    useGrantedResource: async () => false,
    async getResourceServerInfo(ctx: KoaContextWithOIDC, indicator: string, client: Client): Promise<ResourceServer> {
      const subject = subjectOf(ctx);
      const organization = organizationContextOf(ctx);
      const member = subject.clientCredentials
        ? { kind: 'application' as const, id: client.clientId }
        : subject.accountId
          ? { kind: 'user' as const, id: subject.accountId }
          : undefined;
      if (indicator === organizationsResource) {
        const server = await organizationResourceServer(organizationGrants, organization, member);
        const names = typeof server.scope === 'string' ? server.scope.split(' ').filter(Boolean) : [];
        return { ...server, scope: (await consentable(client, names, 'organizationScopes')).join(' ') };
      }
      // Stored indicators never hold a NUL byte, and PostgreSQL refuses one in a query.
      const resource = indicator.includes('\0') ? undefined : await resources.findByIndicator(indicator);
      if (!resource) throw new errors.InvalidTarget(`resource indicator ${indicator} is not registered`);
      let scopes: string[] = [];
      if (organization && member)
        scopes = await organizationResourceScopes(organizationGrants, organization, member, resource.id);
      else if (subject.clientCredentials) scopes = await roles.applicationScopeNames(client.clientId, resource.id);
      else if (subject.accountId) scopes = await roles.userScopeNames(subject.accountId, resource.id);
      scopes = await consentable(
        client,
        scopes,
        organization ? 'organizationResourceScopes' : 'resourceScopes',
        resource.id,
      );
      return {
        scope: scopes.join(' '),
        accessTokenFormat: 'jwt',
        accessTokenTTL: resource.access_token_ttl,
        jwt: { sign: { alg: signingAlg } },
      };
    },
  };
}
