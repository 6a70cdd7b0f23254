import type { Context } from 'koa';
import type { KoaContextWithOIDC, ResourceServer } from 'oidc-provider';
import type { OrganizationGrantsStore, OrganizationMember } from '../organizations/index.js';
import { signingAlg } from './keys.js';

/**
 * Organization tokens (Logto RFC 0001 for users, RFC 0006 for machine-to-machine apps).
 *
 * Logto forks oidc-provider's refresh-token and client-credentials grants; Tessera stays on the
 * upstream grants and uses the reserved resource indicator instead. A token request naming
 * `organization_id` and no `resource` is checked ahead of the grant, once the client has
 * authenticated (organization-token-request.ts): it asks for `urn:logto:resource:organizations`,
 * which the Logto SDKs always request at sign-in once the organizations scope is configured, so the
 * refresh token and its grant already hold it. The organization travels on the Koa context
 * (ctx.state) to `getResourceServerInfo`, which answers with the member's current organization
 * permissions and `aud` = `urn:logto:organization:<id>`. With `organization_id` and a `resource`,
 * the API resource's token carries the permissions of the member's organization roles there and
 * an `organization_id` claim.
 */
export const organizationsResource = 'urn:logto:resource:organizations';
export const organizationsScope = 'urn:logto:scope:organizations';
export const organizationRolesScope = 'urn:logto:scope:organization_roles';
export const organizationUrn = (organizationId: string) => `urn:logto:organization:${organizationId}`;

/** Organization tokens live one hour, as Logto's reserved-resource tokens do. */
const organizationTokenTtl = 3600;

interface OrganizationContext {
  organizationId: string;
}

const stateKey = 'tesseraOrganization';

export function setOrganizationContext(ctx: Context | KoaContextWithOIDC, context: OrganizationContext): void {
  ctx.state[stateKey] = context;
}

export function organizationContextOf(ctx: Context | KoaContextWithOIDC): OrganizationContext | undefined {
  return (ctx.state as Record<string, unknown>)[stateKey] as OrganizationContext | undefined;
}

/** The resource server for the reserved organizations resource: organization permissions, organization audience. */
export async function organizationResourceServer(
  grants: OrganizationGrantsStore,
  context: OrganizationContext | undefined,
  member: OrganizationMember | undefined,
): Promise<ResourceServer> {
  const base: Omit<ResourceServer, 'scope'> = {
    accessTokenFormat: 'jwt',
    accessTokenTTL: organizationTokenTtl,
    jwt: { sign: { alg: signingAlg } },
  };
  // Without an organization (e.g. at sign-in, when the SDK names the reserved resource), nothing is granted.
  if (!context || !member) return { ...base, scope: '' };
  const scopes = (await grants.isMember(context.organizationId, member))
    ? await grants.scopeNames(context.organizationId, member)
    : [];
  return { ...base, scope: scopes.join(' '), audience: organizationUrn(context.organizationId) };
}

/** API resource permissions the member holds through organization roles (organization-scoped API tokens). */
export async function organizationResourceScopes(
  grants: OrganizationGrantsStore,
  context: OrganizationContext,
  member: OrganizationMember,
  resourceId: string,
): Promise<string[]> {
  if (!(await grants.isMember(context.organizationId, member))) return [];
  return grants.resourceScopeNames(context.organizationId, member, resourceId);
}

/** `extraTokenClaims`: API resource tokens requested with `organization_id` name the organization. */
export async function organizationTokenClaims(
  ctx: KoaContextWithOIDC,
  token: { resourceServer?: { identifier(): string } },
): Promise<Record<string, unknown> | undefined> {
  const context = organizationContextOf(ctx);
  const resource = token.resourceServer?.identifier();
  if (!context || !resource || resource === organizationsResource) return undefined;
  return { organization_id: context.organizationId };
}
