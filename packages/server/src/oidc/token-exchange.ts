import type Provider from 'oidc-provider';
import { type Account, errors, type KoaContextWithOIDC, type ResourceServer } from 'oidc-provider';
import providerInternals from 'oidc-provider/lib/helpers/weak_cache.js';
import type { SubjectTokenRefusal, SubjectTokens } from '../subject-tokens/index.js';
import { type AppAccessCheck, assertAppAccess } from './app-access.js';
import { type GrantContext, refuseNulBytes } from './grant-steps.js';

export const tokenExchangeGrantType = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const personalAccessTokenType = 'urn:logto:token-type:personal_access_token';
export const impersonationTokenType = 'urn:logto:token-type:impersonation_token';
const accessTokenType = 'urn:ietf:params:oauth:token-type:access_token';
const subjectTypes = [accessTokenType, impersonationTokenType, personalAccessTokenType];

/** The `act` claim of tokens issued for an actor (RFC 8693 §4.1), by token: extraTokenClaims reads it. */
export type ActorClaims = WeakMap<object, { sub: string }>;

export interface TokenExchangeDeps {
  verifyPersonalAccessToken?: (value: string) => Promise<string | undefined>;
  subjectTokens?: Pick<SubjectTokens, 'peek' | 'consume'>;
  actorClaims: ActorClaims;
  appAccess?: AppAccessCheck;
}

const refusals: Record<SubjectTokenRefusal, string> = {
  not_found: 'subject token not found',
  expired: 'subject token expired',
  consumed: 'subject token already consumed',
};

type ResourceIndicators = {
  getResourceServerInfo(ctx: KoaContextWithOIDC, indicator: string, client: unknown): Promise<ResourceServer>;
};

/**
 * Logto's token exchange (RFC 8693): a client allowed to (`customClientMetadata.allowTokenExchange`,
 * interactive apps only; client-metadata.ts) trades a user's live personal access token, or an
 * impersonation subject token (`sub_…` from `POST /api/subject-tokens`, used up by the exchange),
 * for an access token of that user. With `resource`, a JWT for the API holding the user's role
 * scopes (∩ `scope` when given); without, an opaque token with the OpenID scopes asked for. An
 * `actor_token` (an opaque access token with `openid`) adds `act: { sub }`. Access token only,
 * never a refresh token. An app with access control refuses a user no rule allows (app-access.ts).
 */
export function registerTokenExchange(provider: Provider, deps: TokenExchangeDeps): void {
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
      const subjectType = String(params.subject_token_type ?? '');
      if (!subjectTypes.includes(subjectType))
        throw new errors.InvalidRequest(`unsupported subject_token_type; use one of ${subjectTypes.join(', ')}`);
      const subject = await resolveSubject(deps, subjectType, params.subject_token);
      const accountId = subject.accountId;
      const act = await resolveActor(provider, params.actor_token, params.actor_token_type);
      const account = await configuration.findAccount(ctx, accountId);
      if (!account) throw new errors.InvalidGrant('invalid subject token');
      // Before the subject token is used up: a refused user's impersonation token stays usable.
      await assertAppAccess(deps.appAccess, client, accountId);
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
      // The last check: a refused request leaves an impersonation token usable.
      if (subject.consume && !(await subject.consume())) throw new errors.InvalidGrant(refusals.consumed);
      const grantId = await grant.save();
      const at = new provider.AccessToken({
        accountId,
        client,
        grantId,
        gty: tokenExchangeGrantType,
        scope: scopes.join(' '),
        ...(resourceServer && { resourceServer }),
      });
      if (act) deps.actorClaims.set(at, act);
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

/** The user a subject token stands for; an impersonation token also says how to use it up. */
async function resolveSubject(
  deps: TokenExchangeDeps,
  type: string,
  value: string,
): Promise<{ accountId: string; consume?: () => Promise<boolean> }> {
  if (type === personalAccessTokenType) {
    const accountId = await deps.verifyPersonalAccessToken?.(value);
    if (!accountId) throw new errors.InvalidGrant('invalid subject token');
    return { accountId };
  }
  // Logto's impersonation tokens: its own type, or (legacy) an access token type with a `sub_` value.
  if (!deps.subjectTokens || (type === accessTokenType && !value.startsWith('sub_')))
    throw new errors.InvalidGrant('invalid subject token');
  const { subjectTokens } = deps;
  const found = await subjectTokens.peek(value);
  if ('refusal' in found) throw new errors.InvalidGrant(refusals[found.refusal]);
  return { accountId: found.userId, consume: () => subjectTokens.consume(value) };
}

/** `act: { sub }` from an actor token: a live opaque access token of ours that holds `openid`. */
async function resolveActor(provider: Provider, token: unknown, type: unknown): Promise<{ sub: string } | undefined> {
  if (token === undefined) return undefined;
  if (typeof token !== 'string' || token === '') throw new errors.InvalidRequest('invalid actor_token');
  if (type !== accessTokenType) throw new errors.InvalidRequest(`unsupported actor_token_type; use ${accessTokenType}`);
  const found = await provider.AccessToken.find(token);
  if (!found?.accountId || !found.scopes.has('openid')) throw new errors.InvalidGrant('invalid actor token');
  return { sub: found.accountId };
}
