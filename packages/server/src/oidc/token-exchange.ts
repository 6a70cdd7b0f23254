import type Provider from 'oidc-provider';
import { type Account, errors, type KoaContextWithOIDC, type ResourceServer } from 'oidc-provider';
import providerInternals from 'oidc-provider/lib/helpers/weak_cache.js';
import { type GrantContext, refuseNulBytes } from './grant-steps.js';

export const tokenExchangeGrantType = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const personalAccessTokenType = 'urn:logto:token-type:personal_access_token';
const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';

type ResourceIndicators = {
  getResourceServerInfo(ctx: KoaContextWithOIDC, indicator: string, client: unknown): Promise<ResourceServer>;
};

/**
 * Logto's token exchange (RFC 8693) for personal access tokens: a client allowed to
 * (`customClientMetadata.allowTokenExchange`, interactive apps only; client-metadata.ts) trades a
 * user's live PAT for an access token of that user. With `resource`, a JWT for the API holding
 * the user's role scopes (∩ `scope` when given); without, an opaque token with the OpenID scopes
 * asked for. Access token only, never a refresh token. Other subject token types are refused.
 */
export function registerTokenExchange(
  provider: Provider,
  deps: { verifyPersonalAccessToken: (value: string) => Promise<string | undefined> },
): void {
  const { configuration } = providerInternals(provider) as unknown as {
    configuration: {
      features: { resourceIndicators: ResourceIndicators };
      scopes: Set<string>;
      findAccount: (ctx: KoaContextWithOIDC, id: string) => Promise<Account | undefined>;
    };
  };
  const { resourceIndicators } = configuration.features;
  const oidcScopes = configuration.scopes;

  provider.registerGrantType(
    tokenExchangeGrantType,
    async (ctx: GrantContext) => {
      refuseNulBytes(ctx);
      const { client, params } = ctx.oidc;
      if (!client) throw new errors.InvalidClient('client not found');
      if (typeof params.subject_token !== 'string' || params.subject_token === '')
        throw new errors.InvalidRequest('missing required parameter(s) (subject_token)');
      if (params.subject_token_type !== personalAccessTokenType)
        throw new errors.InvalidRequest(`unsupported subject_token_type; use ${personalAccessTokenType}`);
      if (params.actor_token !== undefined) throw new errors.InvalidRequest('actor_token is not supported');
      const accountId = await deps.verifyPersonalAccessToken(params.subject_token);
      if (!accountId) throw new errors.InvalidGrant('invalid subject token');
      const account = await configuration.findAccount(ctx, accountId);
      if (!account) throw new errors.InvalidGrant('invalid subject token');
      ctx.oidc.entity('Account', account);

      const requested = String(params.scope ?? '')
        .split(' ')
        .filter(Boolean);
      const resource = params.resource;
      if (Array.isArray(resource)) throw new errors.InvalidTarget('only one resource may be requested');
      const grant = new provider.Grant({ accountId, clientId: client.clientId });
      let resourceServer: InstanceType<Provider['ResourceServer']> | undefined;
      let scopes: string[];
      if (typeof resource === 'string') {
        resourceServer = new provider.ResourceServer(
          resource,
          await resourceIndicators.getResourceServerInfo(ctx, resource, client),
        );
        const granted = [...resourceServer.scopes];
        scopes = requested.length > 0 ? granted.filter((scope) => requested.includes(scope)) : granted;
        grant.addResourceScope(resource, scopes.join(' '));
      } else {
        scopes = requested.filter((scope) => oidcScopes.has(scope) && scope !== 'offline_access');
        grant.addOIDCScope(scopes.join(' '));
      }
      const grantId = await grant.save();
      const at = new provider.AccessToken({
        accountId,
        client,
        grantId,
        gty: tokenExchangeGrantType,
        scope: scopes.join(' '),
        ...(resourceServer && { resourceServer }),
      });
      ctx.oidc.entity('Grant', grant);
      ctx.oidc.entity('AccessToken', at);
      const accessToken = await at.save();
      ctx.body = {
        access_token: accessToken,
        issued_token_type: accessTokenType,
        token_type: at.tokenType,
        expires_in: at.expiration,
        ...(at.scope ? { scope: at.scope } : {}),
      };
    },
    ['subject_token', 'subject_token_type', 'actor_token', 'actor_token_type', 'scope', 'resource', 'organization_id'],
  );
}
