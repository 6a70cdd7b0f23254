import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { ResourcesStore } from '../resources/index.js';
import type { RolesStore } from '../roles/index.js';
import { type AppAccessCheck, appAccessGrantStep } from './app-access.js';
import { type GrantContext, runBeforeGrant, splitResources } from './grant-steps.js';
import type { OrganizationTokenSteps } from './organization-token-request.js';

/**
 * Logto's token-request rules, each run inside the provider after it has parsed the request and
 * authenticated the client (grant-steps.ts): `resource=a,b`, app-level access control, organization
 * tokens, and the client-credentials defaults. A request with a wrong secret therefore gets `invalid_client`
 * before any of these rules is looked at.
 */
export function extendTokenGrants(
  provider: Provider,
  deps: {
    resources: ResourcesStore;
    roles: RolesStore;
    organizations: OrganizationTokenSteps;
    appAccess?: AppAccessCheck;
  },
): void {
  const { resources, roles, organizations, appAccess } = deps;
  const noCheck = async () => undefined;
  const codeAccess = appAccess ? appAccessGrantStep(appAccess, 'AuthorizationCode') : noCheck;
  const refreshAccess = appAccess ? appAccessGrantStep(appAccess, 'RefreshToken') : noCheck;

  /** Client credentials name a resource (else the default one), and no scope means all the app's roles hold there. */
  async function clientCredentialsDefaults(ctx: GrantContext): Promise<void> {
    const { params, client } = ctx.oidc;
    if (params.resource === undefined) {
      const fallback = await resources.findDefault();
      if (!fallback) throw new errors.InvalidTarget('both `resource` and `organization_id` are not provided');
      params.resource = fallback.indicator;
    }
    if (params.scope || typeof params.resource !== 'string') return;
    const resource = await resources.findByIndicator(params.resource);
    if (resource) params.scope = (await roles.applicationScopeNames(client.clientId, resource.id)).join(' ');
  }

  runBeforeGrant(provider, 'authorization_code', [], async (ctx) => {
    splitResources(ctx);
    await codeAccess(ctx);
  });
  runBeforeGrant(provider, 'refresh_token', ['organization_id'], async (ctx) => {
    splitResources(ctx);
    await refreshAccess(ctx);
    await organizations.refreshToken(ctx);
  });
  runBeforeGrant(provider, 'client_credentials', ['organization_id'], async (ctx) => {
    splitResources(ctx);
    if (ctx.oidc.params.organization_id === undefined) await clientCredentialsDefaults(ctx);
    else await organizations.clientCredentials(ctx);
  });
}
