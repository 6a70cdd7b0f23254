import type Provider from 'oidc-provider';
import type { FindAccount } from 'oidc-provider';

/** The account lookup each provider was built with (createProvider registers it). */
const accountFinders = new WeakMap<Provider, FindAccount>();

export function registerAccountFinder(provider: Provider, findAccount: FindAccount): void {
  accountFinders.set(provider, findAccount);
}

/**
 * What the provider's user info endpoint answers to a plain bearer token (a header, no DPoP, no
 * client certificate, no `scope` or `claims` parameter), from the same models, in the same order
 * of checks: the access token (found, not expired, `openid`, no audience), its client, its
 * account, its grant (not expired, same client and account). Undefined whenever the endpoint
 * would do anything else (refuse, sign or encrypt the answer, filter by requested claims): the
 * caller then lets the provider itself answer, so every refusal and every rarer case keeps one
 * implementation.
 */
export async function plainUserinfoClaims(
  provider: Provider,
  token: string,
): Promise<Record<string, unknown> | undefined> {
  const findAccount = accountFinders.get(provider);
  const accessToken = await provider.AccessToken.find(token);
  if (!findAccount || !accessToken?.scopes.has('openid') || accessToken.aud !== undefined) return undefined;
  if (accessToken.jkt !== undefined || accessToken['x5t#S256'] !== undefined) return undefined;
  const requested = accessToken.claims?.userinfo;
  if (requested && Object.keys(requested).length > 0) return undefined;
  const { clientId, accountId, grantId } = accessToken;
  if (!clientId || !accountId || !grantId) return undefined;
  const client = await provider.Client.find(clientId);
  if (!client || client.userinfoSignedResponseAlg || client.userinfoEncryptedResponseAlg) return undefined;
  if (client.subjectType === 'pairwise') return undefined;
  const account = await findAccount(undefined as never, accountId, accessToken);
  if (!account) return undefined;
  const grant = await provider.Grant.find(grantId, { ignoreExpiration: true });
  if (!grant || grant.isExpired || grant.clientId !== clientId || grant.accountId !== accountId) return undefined;
  const rejected = grant.getRejectedOIDCClaims();
  const scope = grant.getOIDCScopeFiltered(new Set(accessToken.scope?.split(' ')));
  const claims = new provider.Claims(
    { ...(await account.claims('userinfo', scope, {}, rejected)), sub: account.accountId },
    { client },
  );
  claims.scope(scope);
  claims.rejected(rejected);
  return claims.result();
}
