import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import type { OrganizationGrantsStore } from '../organizations/index.js';
import { organizationsResource, organizationsScope, setOrganizationContext } from './organization-resource.js';

type Body = Record<string, string | string[] | undefined>;

export interface Refusal {
  status: number;
  error: string;
  description: string;
  scope?: string;
}

/**
 * The pre-grant step for `organization_id` on the token endpoint (see organization-resource.ts).
 * It runs before the provider so that a refusal never spends the refresh token: the upstream
 * grant rotates (consumes) it before resolving the resource, and a refused organization token
 * must leave the user's session intact, as Logto's forked grant does.
 *
 * The checks run only for a client that authenticated here (secret matched, or a public client)
 * and a refresh token that is its own, live and unconsumed; anything else is left to the provider,
 * which refuses it (and treats a consumed token as reuse). The resource server answers from the
 * membership again in any case, so nothing is granted that the member does not hold.
 */
export function createOrganizationTokenStep(deps: {
  getProvider: () => Provider;
  grants: OrganizationGrantsStore;
  findResourceId: (indicator: string) => Promise<string | undefined>;
  /** Whether the user has bound a second factor (TOTP / backup codes). */
  hasMfa: (userId: string) => Promise<boolean>;
}) {
  const { grants } = deps;

  async function refreshTokenChecks(
    body: Body,
    clientId: string,
    organizationId: string,
  ): Promise<Refusal | undefined> {
    const value = typeof body.refresh_token === 'string' ? body.refresh_token : undefined;
    const token = value ? await deps.getProvider().RefreshToken.find(value) : undefined;
    if (!token || token.clientId !== clientId || token.isExpired || token.consumed || !token.accountId)
      return undefined;
    if (!token.scopes.has(organizationsScope))
      return {
        status: 403,
        error: 'insufficient_scope',
        description: 'refresh token missing required scope',
        scope: organizationsScope,
      };
    const organization = await grants.findOrganization(organizationId);
    if (!organization || !(await grants.isMember(organizationId, { kind: 'user', id: token.accountId })))
      return { status: 403, error: 'access_denied', description: 'user is not a member of the organization' };
    if (organization.is_mfa_required === 1 && !(await deps.hasMfa(token.accountId)))
      return {
        status: 403,
        error: 'access_denied',
        description: 'organization requires MFA but user has no MFA configured',
      };
    const resources = token.resourceIndicators;
    const wanted = typeof body.resource === 'string' ? body.resource : organizationsResource;
    if (!resources.has(wanted))
      return {
        status: 400,
        error: 'invalid_target',
        description:
          wanted === organizationsResource
            ? `the refresh token was not issued for ${organizationsResource}; request that resource at sign-in (Logto SDKs do when the organizations scope is configured)`
            : 'the refresh token was not issued for the requested resource',
      };
    return undefined;
  }

  /** Returns a refusal to answer with, or undefined once the body is ready for the provider. */
  return async function organizationTokenStep(
    ctx: Context,
    body: Body,
    client: { id: string; authenticated: boolean } | undefined,
  ): Promise<Refusal | undefined> {
    const organizationId = body.organization_id;
    if (organizationId === undefined) return undefined;
    if (typeof organizationId !== 'string' || organizationId === '' || organizationId.length > 64)
      return { status: 400, error: 'invalid_request', description: '`organization_id` must be one organization id' };
    const grantType = body.grant_type;
    if (grantType !== 'refresh_token' && grantType !== 'client_credentials') return undefined;
    if (Array.isArray(body.resource))
      return {
        status: 400,
        error: 'invalid_target',
        description: 'only one resource may be named with `organization_id`',
      };

    if (client?.authenticated) {
      if (grantType === 'refresh_token') {
        const refusal = await refreshTokenChecks(body, client.id, organizationId);
        if (refusal) return refusal;
      } else if (!(await grants.isMember(organizationId, { kind: 'application', id: client.id }))) {
        return { status: 403, error: 'access_denied', description: 'app has not associated with the organization' };
      }
    }

    setOrganizationContext(ctx, { organizationId });
    body.resource ??= organizationsResource;
    // Client credentials without a scope get every permission the app holds there, as for API resources.
    if (grantType === 'client_credentials' && !body.scope && client) {
      const member = { kind: 'application' as const, id: client.id };
      let scopes: string[];
      if (body.resource === organizationsResource) scopes = await grants.scopeNames(organizationId, member);
      else {
        const resourceId = await deps.findResourceId(body.resource);
        scopes = resourceId ? await grants.resourceScopeNames(organizationId, member, resourceId) : [];
      }
      body.scope = scopes.join(' ');
    }
    delete body.organization_id;
    return undefined;
  };
}
