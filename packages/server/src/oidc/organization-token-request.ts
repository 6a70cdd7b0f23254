import { errors } from 'oidc-provider';
import type { OrganizationGrantsStore } from '../organizations/index.js';
import { isThirdPartyClient } from './client-metadata.js';
import type { GrantContext } from './grant-steps.js';
import { organizationsResource, organizationsScope, setOrganizationContext } from './organization-resource.js';

/** Logto answers these refusals with 403; oidc-provider's AccessDenied defaults to 400. */
function accessDenied(description: string) {
  const error = new errors.AccessDenied(description);
  error.status = 403;
  error.statusCode = 403;
  return error;
}

/**
 * The `organization_id` step of the refresh-token and client-credentials grants (see
 * organization-resource.ts). It runs inside the provider's token endpoint, after the client has
 * authenticated whichever way it chose, and before the grant itself: a refused organization token
 * never spends the refresh token (a rotating grant consumes it before resolving the resource), so
 * the user's session stays intact, as with Logto's forked grant.
 *
 * A refresh token that is not the client's own, or is expired or consumed, is left to the grant,
 * which refuses it (and treats a consumed one as reuse). The resource server answers from the
 * membership again in any case, so nothing is granted that the member does not hold.
 */
export function createOrganizationTokenSteps(deps: {
  grants: OrganizationGrantsStore;
  findResourceId: (indicator: string) => Promise<string | undefined>;
  /** Whether the user has bound a second factor (TOTP / backup codes). */
  hasMfa: (userId: string) => Promise<boolean>;
  /** The organizations a user let a third-party app act in (Logto's consent organizations). */
  consentedOrganizations?: (applicationId: string, userId: string) => Promise<string[]>;
}) {
  const { grants } = deps;

  /** The organization asked for, or undefined; also names it on the context for the resource server. */
  function organizationOf(ctx: GrantContext): string | undefined {
    const { params } = ctx.oidc;
    const organizationId = params.organization_id;
    if (organizationId === undefined) return undefined;
    if (typeof organizationId !== 'string' || organizationId === '' || organizationId.length > 64)
      throw new errors.InvalidRequest('`organization_id` must be one organization id');
    if (Array.isArray(params.resource))
      throw new errors.InvalidTarget('only one resource may be named with `organization_id`');
    setOrganizationContext(ctx, { organizationId });
    params.resource ??= organizationsResource;
    return organizationId;
  }

  return {
    async refreshToken(ctx: GrantContext): Promise<void> {
      const organizationId = organizationOf(ctx);
      if (!organizationId) return;
      const { params, client, provider } = ctx.oidc;
      const value = typeof params.refresh_token === 'string' ? params.refresh_token : undefined;
      const token = value ? await provider.RefreshToken.find(value) : undefined;
      if (!token || token.clientId !== client.clientId || token.isExpired || token.consumed || !token.accountId) return;
      if (!token.scopes.has(organizationsScope))
        throw new errors.InsufficientScope('refresh token missing required scope', organizationsScope);
      const organization = await grants.findOrganization(organizationId);
      if (!organization || !(await grants.isMember(organizationId, { kind: 'user', id: token.accountId })))
        throw accessDenied('user is not a member of the organization');
      if (
        isThirdPartyClient(client) &&
        !(await deps.consentedOrganizations?.(client.clientId, token.accountId))?.includes(organizationId)
      )
        throw accessDenied('the user has not granted this organization to the application');
      if (organization.is_mfa_required === 1 && !(await deps.hasMfa(token.accountId)))
        throw accessDenied('organization requires MFA but user has no MFA configured');
      if (!token.resourceIndicators.has(params.resource as string))
        throw new errors.InvalidTarget(
          params.resource === organizationsResource
            ? `the refresh token was not issued for ${organizationsResource}; request that resource at sign-in (Logto SDKs do when the organizations scope is configured)`
            : 'the refresh token was not issued for the requested resource',
        );
    },

    async clientCredentials(ctx: GrantContext): Promise<void> {
      const organizationId = organizationOf(ctx);
      if (!organizationId) return;
      const { params, client } = ctx.oidc;
      const member = { kind: 'application' as const, id: client.clientId };
      if (!(await grants.isMember(organizationId, member)))
        throw accessDenied('app has not associated with the organization');
      // No scope asked for: every permission the app holds there, as for API resources.
      if (params.scope) return;
      const resource = params.resource as string;
      let scopes: string[];
      if (resource === organizationsResource) scopes = await grants.scopeNames(organizationId, member);
      else {
        const resourceId = await deps.findResourceId(resource);
        scopes = resourceId ? await grants.resourceScopeNames(organizationId, member, resourceId) : [];
      }
      params.scope = scopes.join(' ');
    },
  };
}

export type OrganizationTokenSteps = ReturnType<typeof createOrganizationTokenSteps>;
