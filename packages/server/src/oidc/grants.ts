import type { KoaContextWithOIDC } from 'oidc-provider';
import { isThirdPartyClient } from './client-metadata.js';

/**
 * First-party applications need no consent screen: the grant records every scope asked
 * for. Resource scopes are recorded as requested; what a token actually carries is cut
 * down to the subject's current permissions when it is issued (resource-server.ts).
 * A third-party application gets only what its user consented to on the consent page
 * (consent/consent.service.ts): its grant is never widened here, so anything missing asks again.
 */
export async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const client = oidc.client;
  const session = oidc.session;
  if (!client || !session?.accountId) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  if (grant && grant.accountId !== session.accountId) grant = undefined;
  if (isThirdPartyClient(client)) return grant;
  grant ??= new oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });

  const oidcScopes = [...oidc.requestParamOIDCScopes];
  if (oidcScopes.length > 0) grant.addOIDCScope(oidcScopes.join(' '));
  const claims = oidc.claims as { id_token?: Record<string, unknown>; userinfo?: Record<string, unknown> } | undefined;
  const requestedClaims = [...Object.keys(claims?.id_token ?? {}), ...Object.keys(claims?.userinfo ?? {})];
  if (requestedClaims.length > 0) grant.addOIDCClaims(requestedClaims);

  const resourceScopes = [...oidc.requestParamScopes].filter((scope) => !oidc.requestParamOIDCScopes.has(scope));
  for (const indicator of Object.keys(oidc.resourceServers ?? {})) {
    grant.addResourceScope(indicator, resourceScopes.join(' '));
  }
  await grant.save();
  return grant;
}
